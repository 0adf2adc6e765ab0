package io.briefbot.format;

import java.util.List;

/** A short answer in words: nothing found, not allowed, try again. */
public record NoticeReply(Kind kind, String text, List<Action> actions) implements Reply {

    public enum Kind { INFO, NOT_FOUND, DENIED, ERROR }
}
