package io.briefbot.format;

import java.util.List;

/** The most used tags of a period: /tags. */
public record TagsReply(int days, List<TagUse> tags) implements Reply {

    public record TagUse(String tag, long count) {
    }
}
