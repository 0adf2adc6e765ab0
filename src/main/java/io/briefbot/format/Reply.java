package io.briefbot.format;

/**
 * What briefbot answers, before any platform's markup: each renderer turns a reply into one or
 * more messages of its platform, within that platform's limits.
 */
public sealed interface Reply permits BriefingReply, AnswerReply, ArticleListReply, ArticleReply, TagsReply, HelpReply, NoticeReply,
        PictureReply, DigestReply {
}
