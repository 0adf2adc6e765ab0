package io.briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.format.AnswerReply;
import io.briefbot.format.ArticleListReply;
import io.briefbot.format.ArticleReply;
import io.briefbot.format.BriefingReply;
import io.briefbot.format.HelpReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.TagsReply;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who sees a reply in a channel: everyone for the channel's business, the person who asked for the rest. */
class SlackAnswerTest {

    static final LocalDate DAY = LocalDate.of(2022, 7, 8);

    @Test
    void briefingsArticlesAnswersAndListsAreForEveryone() {
        List<Reply> forEveryone = List.of(
                new BriefingReply(1, "China.Table", DAY, null, List.of("Headline"), null, null, List.of(), List.of()),
                new ArticleReply(2, "China.Table", DAY, "News", "Title", null, "Lede.", List.of(), List.of(), null, List.of()),
                new AnswerReply("Why?", null, null, List.of(), List.of(), null, List.of()),
                new ArticleListReply("Search “Didi”: 1 of 1", List.of(), List.of(), List.of(), List.of()),
                new TagsReply(30, List.of()));

        assertThat(forEveryone).allSatisfy(reply -> {
            assertThat(SlackAnswer.forEveryone(reply)).as(reply.getClass().getSimpleName()).isTrue();
            assertThat(new SlackAnswer(reply, List.of(), null).responseType()).isEqualTo("in_channel");
        });
    }

    @ParameterizedTest
    @EnumSource(NoticeReply.Kind.class)
    void everyNoticeIsForTheSenderAlone(NoticeReply.Kind kind) {
        NoticeReply notice = new NoticeReply(kind, "Please wait 3 seconds and try again.", List.of());

        assertThat(SlackAnswer.forEveryone(notice)).isFalse();
        assertThat(new SlackAnswer(notice, List.of(), null).responseType()).isEqualTo("ephemeral");
    }

    @Test
    void theHelpIsForTheSenderAlone() {
        assertThat(SlackAnswer.forEveryone(new HelpReply("I answer with the daily briefings.", List.of()))).isFalse();
    }
}
