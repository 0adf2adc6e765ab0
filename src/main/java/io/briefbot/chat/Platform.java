package io.briefbot.chat;

public enum Platform {
    SLACK, TELEGRAM, CONSOLE
}
