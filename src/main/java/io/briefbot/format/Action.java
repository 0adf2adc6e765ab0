package io.briefbot.format;

/**
 * A button: its label, and the chat command it runs when pressed (e.g. "/article 42",
 * "/issue 2022-07-08", "/tag cyber 2"). Commands stay short so that they fit Telegram's
 * 64-byte callback data and keep working after a restart: they carry no server-side state.
 */
public record Action(String label, String command) {
}
