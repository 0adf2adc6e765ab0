package io.briefbot.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentRenderingsTest {

    @Test
    void rendersEachReplyOnceWhileItIsRecent() {
        RecentRenderings<List<String>> recent = new RecentRenderings<>();
        AtomicInteger renders = new AtomicInteger();
        NoticeReply hello = new NoticeReply(NoticeReply.Kind.INFO, "hello", List.of());

        List<String> first = recent.get(hello, reply -> List.of("rendered " + renders.incrementAndGet()));
        List<String> again = recent.get(new NoticeReply(NoticeReply.Kind.INFO, "hello", List.of()), reply -> List.of("never"));
        assertThat(again).isSameAs(first).containsExactly("rendered 1");

        for (int i = 0; i < 200; i++) {
            NoticeReply other = new NoticeReply(NoticeReply.Kind.INFO, "other " + i, List.of());
            recent.get(other, reply -> List.of("x"));
        }
        assertThat(recent.get(hello, reply -> List.of("rendered " + renders.incrementAndGet()))).containsExactly("rendered 2");
    }

    @Test
    void theSameReplyAgainAndAgainKeepsItsRenderingAndSwitchingBackFindsTheOther() {
        RecentRenderings<String> recent = new RecentRenderings<>();
        AtomicInteger renders = new AtomicInteger();
        NoticeReply today = new NoticeReply(NoticeReply.Kind.INFO, "today", List.of());
        NoticeReply help = new NoticeReply(NoticeReply.Kind.INFO, "help", List.of());

        String first = recent.get(today, reply -> "today " + renders.incrementAndGet());
        for (int i = 0; i < 3; i++) {
            assertThat(recent.get(today, reply -> "never")).isSameAs(first);
        }
        assertThat(recent.get(help, reply -> "help " + renders.incrementAndGet())).isEqualTo("help 2");
        assertThat(recent.get(today, reply -> "never")).isSameAs(first);
        assertThat(recent.get(new NoticeReply(NoticeReply.Kind.INFO, "help", List.of()), reply -> "never")).isEqualTo("help 2");
        assertThat(renders).hasValue(2);
    }
}
