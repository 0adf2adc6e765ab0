package io.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.briefing.ArchiveCache;
import io.briefbot.format.BriefingReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.FixtureIssues;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /today <text>} takes any text: 200,000 different ones leave the archive cache within its bound, and the
 * answer for a publication that exists is still kept, answered from memory.
 */
@QuarkusTest
@TestProfile(TodayWithAnyTextTest.LongLivedCache.class)
class TodayWithAnyTextTest {

    private static final int TEXTS = 200_000;

    /** The cached answers outlive the flood, so that only the bound can take them away. */
    public static class LongLivedCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("briefbot.briefing.latest-cache-ttl", "1h");
        }
    }

    @Inject
    CommandRouter router;

    @Inject
    ArchiveCache cache;

    @Inject
    IssueIngestor ingestor;

    @Test
    void twoHundredThousandPublicationTextsStayWithinTheBound() throws Exception {
        String topic = FixtureIssues.uniqueTopic("Flood");
        ChatArchive.storeText(ingestor, FixtureIssues.text(topic, FixtureIssues.uniqueTitle("Still kept")), LocalDate.of(2026, 11, 2));
        ChatRequest real = console("/today " + topic + ".Table");
        Reply first = router.handle(real);
        assertThat(first).isInstanceOf(BriefingReply.class);
        assertThat(router.ready(real)).as("answered from memory").contains(first);

        for (int i = 0; i < TEXTS; i++) {
            String text = "no such publication " + i;
            assertThat(router.handle(console("/today " + text))).isInstanceOfSatisfying(NoticeReply.class,
                    notice -> assertThat(notice.text()).isEqualTo("No issue of " + text + " yet."));
            assertThat(cache.size()).as("answers kept after %d texts", i + 1).isLessThanOrEqualTo(ArchiveCache.MAX_ENTRIES);
        }
        assertThat(router.ready(real)).as("the real publication, still answered from memory").contains(first);
    }

    private static ChatRequest console(String text) {
        return new ChatRequest(Platform.CONSOLE, null, "console", "local", text);
    }
}
