package io.briefbot.chat;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every chat command as declared ({@link Command}), in list order: what /help, menus and the Slack manifest show. */
@Singleton
public class Commands {

    /** Where the commands are: read from the class files when the application is not running, to build the Slack manifest. */
    static final String PACKAGE = "io.briefbot.chat.command";

    private final List<DeclaredCommand> all;

    @Inject
    Commands(Instance<ChatCommand> commands) {
        this(commands.handlesStream().map(command -> command.getBean().getBeanClass()));
    }

    private Commands(Stream<Class<?>> types) {
        this.all = types.map(DeclaredCommand::of).sorted(Comparator.comparingInt(DeclaredCommand::place)).toList();
    }

    /** The commands declared in the compiled classes on the class path, without starting the application. */
    public static Commands declared() {
        ClassLoader loader = Commands.class.getClassLoader();
        List<Class<?>> types = new ArrayList<>();
        try {
            for (URL folder : Collections.list(loader.getResources(PACKAGE.replace('.', '/')))) {
                if (!"file".equals(folder.getProtocol())) {
                    throw new IllegalStateException("Commands are read from compiled class folders, not from " + folder);
                }
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    for (Path file : files.filter(file -> file.toString().endsWith(".class")).toList()) {
                        String name = file.getFileName().toString();
                        Class<?> type = Class.forName(PACKAGE + "." + name.substring(0, name.length() - ".class".length()), false, loader);
                        if (type.isAnnotationPresent(Command.class)) {
                            types.add(type);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return new Commands(types.stream());
    }

    /** Whether the command with this word (any of its names) is acknowledged first and answered afterwards. */
    public boolean answeredLater(String word) {
        return all.stream().anyMatch(command -> command.answeredLater() && command.names().contains(word));
    }

    /** The commands lists show, everywhere. */
    public List<DeclaredCommand> listed() {
        return all.stream().filter(DeclaredCommand::listed).toList();
    }

    /** The commands lists show on one platform. */
    public List<DeclaredCommand> listed(Platform platform) {
        return listed().stream().filter(command -> command.worksOn(platform)).toList();
    }
}
