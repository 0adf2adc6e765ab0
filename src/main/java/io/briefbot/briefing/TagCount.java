package io.briefbot.briefing;

public record TagCount(String tag, long count) {
}
