package io.briefbot.chat;

import io.briefbot.format.Reply;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;

/**
 * A command whose backend is down, as any command's might be; only where {@link ChatTestProfile} asks for it.
 * Not an alternative: an enabled alternative would hide every other command from the router.
 */
@IfBuildProperty(name = FailingCommand.ENABLED, stringValue = "true")
@Command(names = FailingCommand.NAME, description = "A command whose backend is down.",
        example = "/" + FailingCommand.NAME, listed = false, place = 0)
@Singleton
public class FailingCommand implements ChatCommand {

    static final String ENABLED = "briefbot.test.failing-command";
    static final String NAME = "explode";

    @Override
    public Reply run(String arguments) {
        throw new IllegalStateException("simulated outage of the archive");
    }
}
