package io.briefbot.chat.console;

/** What the console's chat box sends. */
public record ConsoleCommand(String text) {
}
