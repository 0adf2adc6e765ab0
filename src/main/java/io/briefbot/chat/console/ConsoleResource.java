package io.briefbot.chat.console;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Commands;
import io.briefbot.chat.DeclaredCommand;
import io.briefbot.chat.Platform;
import io.briefbot.common.LicensedContent;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The local console: the archive and a chat box that runs commands as Telegram and Slack would show them. */
@Path("/")
@LicensedContent
public class ConsoleResource {

    static final String CHAT_ID = "console";
    static final String USER_ID = "local";

    private final CommandRouter router;
    private final BothRenderings renderings;
    private final Commands commands;

    public ConsoleResource(CommandRouter router, BothRenderings renderings, Commands commands) {
        this.router = router;
        this.renderings = renderings;
        this.commands = commands;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance page(List<DeclaredCommand> commands);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return Templates.page(commands.listed()).render();
    }

    @POST
    @Path("/console/api/command")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConsoleAnswer command(ConsoleCommand command) {
        String text = command == null || command.text() == null ? "" : command.text();
        return renderings.of(router.handle(new ChatRequest(Platform.CONSOLE, null, CHAT_ID, USER_ID, text)));
    }
}
