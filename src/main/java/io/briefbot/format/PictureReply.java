package io.briefbot.format;

/** A picture with its title: /trend's chart. */
public record PictureReply(String title, Picture picture) implements Reply {
}
