package io.briefbot.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.format.slack.SlackMessage;
import io.briefbot.format.slack.SlackRenderer;
import io.briefbot.format.telegram.TelegramMessage;
import io.briefbot.format.telegram.TelegramRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated replies, plain and hostile, render within every limit of both platforms, and splitting loses nothing:
 * all messages together show every headline, lede, paragraph and tag (compared without white space and markers,
 * which splitting may move).
 */
class RenderingPropertyTest {

    private static final int PLAIN_REPLIES = 2000;
    private static final int HOSTILE_REPLIES = 100;

    private final TelegramRenderer telegram = new TelegramRenderer();
    private final SlackRenderer slack = new SlackRenderer();

    @Test
    void plainGeneratedRepliesRenderWithinLimitsAndKeepAllContent() {
        check(new Replies(new Random(20220708), false), PLAIN_REPLIES);
    }

    @Test
    void hostileRepliesRenderWithinLimitsAndKeepAllContent() {
        check(new Replies(new Random(4096), true), HOSTILE_REPLIES);
    }

    private void check(Replies replies, int count) {
        for (int i = 0; i < count; i++) {
            BriefingReply briefing = replies.briefing();
            checkBoth(briefing, briefingContent(briefing));
            ArticleReply article = replies.article();
            checkBoth(article, articleContent(article));
            ArticleListReply list = replies.articleList();
            checkBoth(list, list.items().stream().map(ArticleListReply.Item::snippet).toList());
            NoticeReply notice = replies.notice();
            checkBoth(notice, List.of(notice.text()));
            HelpReply help = replies.help();
            checkBoth(help, help.commands().stream().map(HelpReply.CommandHelp::description).toList());
            AnswerReply answer = replies.answer();
            checkBoth(answer, answerContent(answer));
            TagsReply tags = replies.tags();
            checkBoth(tags, tags.tags().stream().map(TagsReply.TagUse::tag).toList());
        }
    }

    private void checkBoth(Reply reply, List<String> content) {
        List<TelegramMessage> telegramMessages = telegram.render(reply);
        TelegramChecks.assertValid(telegramMessages);
        assertContains(TelegramChecks.allVisibleText(telegramMessages), content, reply);
        assertThat(telegramMessages.stream().flatMap(m -> m.keyboard().stream()).mapToLong(List::size).sum())
                .as("every action becomes a button").isEqualTo(ReplyLayout.actions(reply).size());

        List<SlackMessage> slackMessages = slack.render(reply);
        SlackChecks.assertValid(slackMessages);
        assertContains(SlackChecks.allVisibleText(slackMessages), content, reply);
    }

    private static void assertContains(String visible, List<String> content, Reply reply) {
        String all = comparable(visible);
        for (String text : content) {
            if (text != null) {
                assertThat(all).as("content of %s", reply.getClass().getSimpleName()).contains(comparable(text));
            }
        }
    }

    /** Without white space and the characters mrkdwn uses as markers around bold and italic text. */
    private static String comparable(String text) {
        return text.replaceAll("[\\s*_]", "");
    }

    private static List<String> briefingContent(BriefingReply reply) {
        List<String> content = new ArrayList<>(reply.headlines());
        content.add(reply.title());
        content.add(reply.editorialTeaser());
        reply.articles().forEach(article -> content.add(article.lede()));
        return content;
    }

    /** Every quote, its source's title, each related title and the question: nothing of an answer may get lost. */
    private static List<String> answerContent(AnswerReply reply) {
        List<String> content = new ArrayList<>();
        content.add(reply.question());
        content.add(reply.phrased());
        content.add(reply.window());
        reply.quotes().forEach(quote -> {
            content.add(quote.text());
            content.add(quote.source().title());
            content.add(quote.source().publication());
        });
        reply.related().forEach(source -> content.add(source.title()));
        return content;
    }

    private static List<String> articleContent(ArticleReply reply) {
        List<String> content = new ArrayList<>(reply.paragraphs());
        content.addAll(reply.tags());
        content.add(reply.lede());
        content.add(reply.title());
        return content;
    }

}
