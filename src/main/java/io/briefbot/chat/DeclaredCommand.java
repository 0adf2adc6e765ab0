package io.briefbot.chat;

import java.util.List;
import java.util.Set;

/** A chat command as its {@link Command} declares it. */
public record DeclaredCommand(List<String> names, String usage, String description, String example, Command.Audience audience,
                              Set<Platform> platforms, boolean listed, int place, boolean answeredLater) {

    public static DeclaredCommand of(Class<?> type) {
        Command declared = type.getAnnotation(Command.class);
        if (declared == null) {
            throw new IllegalStateException(type.getName() + " is a chat command without a @Command declaration");
        }
        return new DeclaredCommand(List.of(declared.names()), declared.usage(), declared.description(), declared.example(),
                declared.audience(), Set.of(declared.platforms()), declared.listed(), declared.place(), declared.answeredLater());
    }

    /** The command word lists show. */
    public String name() {
        return names.get(0);
    }

    public String slash() {
        return "/" + name();
    }

    public boolean worksOn(Platform platform) {
        return platforms.contains(platform);
    }
}
