package io.briefbot.chat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a chat command is, declared once on its class: /help, Telegram's command menu, the console's examples and the
 * Slack app manifest are all made from it ({@link Commands}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface Command {

    /** The command words, lower case, without the slash; the first is the one lists show, the others are aliases. */
    String[] names();

    /** What may follow the command word, as in "&lt;day&gt; [publication]"; empty when nothing does. */
    String usage() default "";

    /** One line on what it answers. */
    String description();

    /** A whole command line to try, starting with the command. */
    String example();

    Audience audience() default Audience.ANYONE;

    Platform[] platforms() default {Platform.SLACK, Platform.TELEGRAM, Platform.CONSOLE};

    /** False for a command that works but is listed nowhere. */
    boolean listed() default true;

    /** Where it stands in lists: lower first. */
    int place();

    /**
     * Slow (a question, a search), usually more than one message (an article), or a picture: where a platform wants an
     * acknowledgement within seconds (Slack), it is acknowledged at once and answered afterwards.
     */
    boolean answeredLater() default false;

    enum Audience {
        ANYONE,
        /** The chat's managers ({@link ChatPermissions}) and the users in BRIEFBOT_ADMINS. */
        CHAT_MANAGERS
    }
}
