package io.briefbot.ingest.mailbox;

import io.briefbot.testing.Management;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.StoredMessage;
import io.briefbot.archive.Issue;
import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.mailbox.MailboxMessage.Status;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Await;
import io.briefbot.testing.CapturedLog;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.Fixtures;
import io.briefbot.testing.MailServer;
import io.briefbot.testing.StoredIssues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team's mailbox on a real IMAP server (GreenMail), read by the running application. */
@QuarkusTest
@QuarkusTestResource(value = LoopbackMailbox.class, restrictToAnnotatedClass = true)
class MailboxIngestTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String INBOX = "INBOX";
    /** GreenMail separates folder levels with '.': briefbot/processed is created as briefbot.processed. */
    private static final String PROCESSED = "briefbot.processed";
    private static final String FAILED = "briefbot.failed";
    private static final Pattern ATTEMPT = Pattern.compile("attempt (\\d+)");

    MailServer server;

    @Inject
    MailboxStartup startup;

    @Inject
    ReadMailbox reader;

    @Inject
    MeterRegistry meters;

    @Inject
    StopServerAfterStoring crashPoint;

    @BeforeEach
    void emptyArchiveAndRunningServer() {
        Archive.clear();
        server.startAgain();
    }

    @Test
    void aMultipartHtmlIssueIsStoredFromItsHtmlPartAndMovedToProcessed() {
        deliver("mailbox/html-issue.eml");

        awaitMoved("Climate.Table: Glacier loans + Heat pumps", PROCESSED);

        IssueJson issue = edition("Climate.Table", LocalDate.of(2025, 10, 14));
        assertThat(issue.title()).isEqualTo("Glacier loans + Heat pumps");
        assertThat(issue.headlines()).hasSize(3);
        assertThat(issue.editorial().author()).isEqualTo("Lotte Berglund");
        assertThat(issue.articles()).extracting(IssueJson.ArticleJson::title)
                .containsExactly("Alpine towns borrow against melting glaciers", "Heat pump sales recover in the north");
        // links exist only in the HTML part
        assertThat(issue.articles().get(0).url()).isEqualTo("https://briefings.example/climate/glacier-loans");
        StoredMessage moved = only(server.messagesIn(LoopbackMailbox.USER, PROCESSED), "Climate.Table: Glacier loans + Heat pumps");
        assertThat(stored(issue.id()).raw()).isEqualTo(MailServer.raw(moved));
        assertThat(stored(issue.id()).source()).isEqualTo("IMAP");
        assertThat(ledgerRow(issue.id()).status).isEqualTo(Status.STORED);
        // the folder shows the move before its row records it
        Await.until("the move is recorded", WITHIN, () -> ledgerRow(issue.id()).movedAt != null);
    }

    @Test
    void aPlainTextIssueIsStoredWithTheDateOfItsDateHeader() {
        deliver("mailbox/plain-issue.eml");

        awaitMoved("Europe.Table: Fishing quotas + Rail tolls", PROCESSED);

        IssueJson issue = edition("Europe.Table", LocalDate.of(2025, 10, 15));
        assertThat(issue.title()).isEqualTo("Fishing quotas + Rail tolls");
        assertThat(issue.editorial().author()).isEqualTo("Jonas Ærenfeldt");
        assertThat(issue.articles()).extracting(IssueJson.ArticleJson::title)
                .containsExactly("Ministers split over Baltic fishing quotas", "Rail freight tolls fall in three member states");
        assertThat(issue.articles().get(0).tags()).containsExactly("Fisheries", "Baltic Sea", "Environment");
    }

    @Test
    void aForwardedIssueIsStoredUnderItsOwnPublicationAndTitle() {
        deliver("mailbox/forwarded-issue.eml");

        awaitMoved("Fwd: China.Table: Salt lake lithium + Ferry timetable", PROCESSED);

        IssueJson issue = edition("China.Table", LocalDate.of(2025, 10, 16));
        assertThat(issue.title()).isEqualTo("Salt lake lithium + Ferry timetable");
        assertThat(issue.headlines()).containsExactly("Qinghai salt lakes double their lithium output",
                "Ferry operators publish the winter timetable", "Column: Ada Pfeffer on office tea rituals");
        assertThat(issue.editorial().author()).isEqualTo("Ruben Kestrel");
        assertThat(issue.editorial().paragraphs()).first().asString().startsWith("The salt lakes of Qinghai");
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.section()).isEqualTo("Feature");
            assertThat(article.title()).isEqualTo("Qinghai salt lakes double their lithium output");
            assertThat(article.lede()).startsWith("Lithium carbonate output");
            assertThat(article.tags()).containsExactly("Lithium", "Mining", "Qinghai");
        });
        assertThat(fields(issue)).as("the forward's own lines are in no field")
                .noneMatch(field -> field.contains("Forwarded message")
                || field.contains("Worth reading before") || field.contains("colleague@team.example")
                || field.matches("(?s).*(^|\\n)(From|Date|Subject|To): .*"));
    }

    @Test
    void anEmailThatIsNotAnIssueGoesToTheFailedFolderWithItsReason() {
        double refusedBefore = count("refused");
        try (CapturedLog log = CapturedLog.start()) {
            deliver("mailbox/out-of-office.eml");

            awaitMoved("Automatic reply: Weekly planning", FAILED);

            assertThat(log.containing("refused, moving it to the failed folder"))
                    .singleElement().satisfies(line -> assertThat(line.message()).contains("NOT_AN_ISSUE"));
        }
        assertThat(Archive.issueCount()).isZero();
        assertThat(count("refused")).isEqualTo(refusedBefore + 1);
        assertThat(lastRefused().reason).startsWith("NOT_AN_ISSUE: ");
        // the folder shows the move before its row records it
        Await.until("the move is recorded", WITHIN, () -> lastRefused().movedAt != null);
        assertThat(server.subjectsIn(LoopbackMailbox.USER, PROCESSED)).doesNotContain("Automatic reply: Weekly planning");
    }

    @Test
    void aMessageFromASenderNotAllowedIsLeftUntouchedAndCountedOnce() {
        double ignoredBefore = count("ignored");
        String strangerTitle = FixtureIssues.uniqueTitle("Unasked");
        // a real issue, but from an address the team did not allow
        server.deliver(LoopbackMailbox.USER, FixtureIssues.eml(FixtureIssues.uniqueTopic("Stranger"), LocalDate.of(2025, 9, 1),
                strangerTitle).getBytes(StandardCharsets.UTF_8));
        String first = deliverGenerated("Allowed first");
        awaitMoved(first, PROCESSED);
        String second = deliverGenerated("Allowed second");
        awaitMoved(second, PROCESSED);

        assertThat(server.subjectsIn(LoopbackMailbox.USER, INBOX)).contains(strangerTitle);
        StoredMessage stranger = only(server.messagesIn(LoopbackMailbox.USER, INBOX), strangerTitle);
        assertThat(stranger.getFlags().contains(Flags.Flag.SEEN)).as("left unread").isFalse();
        assertThat(StoredIssues.withArticleTitled(strangerTitle)).isZero();
        assertThat(count("ignored")).as("counted once, though looked at again").isEqualTo(ignoredBefore + 1);
    }

    @Test
    void aDroppedConnectionIsReportedAndTheMailboxReadAgainOnceTheServerIsBack() {
        server.stop();
        Await.until("the mailbox is reported unreachable", WITHIN, () -> "unreachable".equals(wellness().get("state")));
        given().get(Management.url("/q/health/ready")).then().statusCode(200);
        String title = deliverGenerated("Arrived during the outage");

        server.startAgain();

        awaitMoved(title, PROCESSED);
        assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
        Await.until("the mailbox is reported connected", WITHIN, () -> "connected".equals(wellness().get("state")));
        given().get(Management.url("/q/health/well")).then().statusCode(200);
    }

    @Test
    void aWrongPasswordIsReportedOncePerAttemptWhileTheServerStaysReady() {
        List<CapturedLog.Line> refusals;
        String health;
        java.util.logging.Logger mailLibrary = java.util.logging.Logger.getLogger("org.eclipse.angus.mail");
        try (CapturedLog log = CapturedLog.start()) {
            // the mail library's own messages too
            mailLibrary.setLevel(java.util.logging.Level.FINE);
            server.setPassword(LoopbackMailbox.USER, "rotated-" + UUID.randomUUID());
            server.stop();
            server.startAgain();

            Await.until("three refused logins", WITHIN, () -> log.containing("refused the login").size() >= 3);
            health = given().get(Management.url("/q/health/well")).then().statusCode(503).extract().asString();
            given().get(Management.url("/q/health/ready")).then().statusCode(200);
            refusals = log.containing("refused the login");
            assertThat(log.lines()).noneMatch(line -> line.message().contains(LoopbackMailbox.PASSWORD));
        } finally {
            mailLibrary.setLevel(null);
            server.setPassword(LoopbackMailbox.USER, LoopbackMailbox.PASSWORD);
        }
        assertThat(wellnessOf(health)).containsEntry("state", "login_refused");
        assertThat(health).contains("BRIEFBOT_IMAP_PASSWORD", "lastError", "nextAttempt").doesNotContain(LoopbackMailbox.PASSWORD);
        assertThat(refusals.get(0).message()).contains("BRIEFBOT_IMAP_PASSWORD", "app password");
        for (int i = 1; i < refusals.size(); i++) {
            Duration gap = Duration.between(refusals.get(i - 1).at(), refusals.get(i).at());
            Duration backoff = settings().backoff().after(attempt(refusals.get(i - 1)));
            assertThat(attempt(refusals.get(i))).isEqualTo(attempt(refusals.get(i - 1)) + 1);
            assertThat(gap).as("attempt %d waits out its backoff", attempt(refusals.get(i)))
                    .isGreaterThanOrEqualTo(backoff.multipliedBy(9).dividedBy(10));
        }

        String title = deliverGenerated("After the password was fixed");
        awaitMoved(title, PROCESSED);
        assertThat(wellness()).containsEntry("state", "connected");
    }

    @Test
    void aMessageTheDatabaseCannotStoreStaysInTheFolderAndIsStoredOnceItCan() {
        String title = FixtureIssues.uniqueTitle("Database outage");
        String trigger = "outage_" + UUID.randomUUID().toString().replace("-", "");
        // PostgreSQL refuses this one issue's article, as it would refuse every write while it is unavailable
        sql("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
                + " raise exception 'database unavailable'; end $$");
        sql("create trigger " + trigger + " before insert on article for each row when (new.title = '" + title + "')"
                + " execute function " + trigger + "()");
        try (CapturedLog log = CapturedLog.start()) {
            deliverIssueTitled(LoopbackMailbox.USER, title);
            // taken in the same batch: the one the database refuses holds it back no more than a look
            String healthy = deliverGenerated("Beside the outage");

            awaitMoved(healthy, PROCESSED);
            Await.until("a second look failed too", WITHIN, () -> log.containing("not stored, it stays in INBOX").size() >= 2);
            assertThat(server.subjectsIn(LoopbackMailbox.USER, INBOX)).contains(title);
            assertThat(server.subjectsIn(LoopbackMailbox.USER, FAILED)).doesNotContain(title);
        } finally {
            sql("drop trigger " + trigger + " on article");
            sql("drop function " + trigger + "()");
        }

        awaitMoved(title, PROCESSED);
        assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
    }

    @Test
    void aRestartBetweenStoringAndMovingStoresEachMessageOnce() throws InterruptedException {
        MailboxSettings mailbox = freshMailbox("restart");
        List<String> titles = deliverGenerated(mailbox.user(), 8);
        double createdBefore = count("created");
        double duplicatesBefore = count("duplicate");
        WatchMailbox crashing = new WatchMailbox(mailbox, reader);
        // the third stored issue is committed, then the process loses the server before it moves anything
        crashPoint.arm(3, server::stop);
        crashing.start();
        Await.until("the first run lost its server", WITHIN, () -> !server.isRunning());
        crashing.stop();

        // messages fetched before the server went away are stored too: at least three, none moved
        assertThat(titles.stream().filter(title -> StoredIssues.withArticleTitled(title) == 1).count()).isGreaterThanOrEqualTo(3);
        assertThat(server.messagesIn(mailbox.user(), PROCESSED)).as("stored, not moved").isEmpty();
        assertThat(server.messagesIn(mailbox.user(), INBOX)).hasSize(8);

        server.startAgain();
        WatchMailbox restarted = new WatchMailbox(mailbox, reader);
        restarted.start();
        try {
            Await.until("every message moved", WITHIN, () -> server.messagesIn(mailbox.user(), INBOX).isEmpty());
        } finally {
            restarted.stop();
        }

        assertStoredAndMovedOnce(mailbox, titles);
        assertThat(count("created")).isEqualTo(createdBefore + 8);
        assertThat(count("duplicate")).as("nothing ingested twice").isEqualTo(duplicatesBefore);
    }

    @Test
    void twoReadersOfOneMailboxStoreAndMoveEachMessageOnce() throws InterruptedException {
        MailboxSettings mailbox = freshMailbox("replicas");
        List<String> titles = deliverGenerated(mailbox.user(), 30);
        double createdBefore = count("created");
        double duplicatesBefore = count("duplicate");
        WatchMailbox one = new WatchMailbox(mailbox, reader);
        WatchMailbox two = new WatchMailbox(mailbox, reader);
        one.start();
        two.start();
        try {
            Await.until("every message moved", WITHIN, () -> server.messagesIn(mailbox.user(), INBOX).isEmpty()
                    && server.messagesIn(mailbox.user(), PROCESSED).size() >= titles.size());
        } finally {
            one.stop();
            two.stop();
        }

        assertStoredAndMovedOnce(mailbox, titles);
        assertThat(count("created")).isEqualTo(createdBefore + 30);
        assertThat(count("duplicate")).as("nothing ingested twice").isEqualTo(duplicatesBefore);
    }

    @Test
    void aServerThatNeverAnswersTheEndOfAnIdleIsCutOffReportedAndReadAgain() throws Exception {
        MailboxSettings direct = freshMailbox("silent");
        try (DoneSwallowingProxy silent = DoneSwallowingProxy.to(direct.port()); CapturedLog log = CapturedLog.start()) {
            MailboxSettings mailbox = new MailboxSettings(direct.secure(), direct.host(), silent.port(), direct.folder(), direct.user(),
                    direct.password(), direct.processed(), direct.failed(), direct.senders(), direct.pollInterval(), direct.backoff(),
                    direct.timeout());
            WatchMailbox watcher = new WatchMailbox(mailbox, reader);
            String title;
            watcher.start();
            try {
                Await.until("the reader waits with IDLE", WITHIN, () -> !log.containing(mailbox.user()).isEmpty());
                title = deliverGenerated(mailbox.user(), "Past a silent server");

                Await.until(title + " is moved", WITHIN, () -> server.subjectsIn(mailbox.user(), PROCESSED).contains(title));
                Await.until("the cut-off is reported", WITHIN, () -> !log.containing("did not end the IDLE").isEmpty());
            } finally {
                watcher.stop();
            }
            assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
            assertThat(silent.swallowed()).isPositive();
        }
    }

    private static int attempt(CapturedLog.Line line) {
        Matcher attempt = ATTEMPT.matcher(line.message());
        assertThat(attempt.find()).as(line.message()).isTrue();
        return Integer.parseInt(attempt.group(1));
    }

    private void assertStoredAndMovedOnce(MailboxSettings mailbox, List<String> titles) {
        for (String title : titles) {
            assertThat(StoredIssues.withArticleTitled(title)).as(title).isEqualTo(1);
        }
        assertThat(server.subjectsIn(mailbox.user(), PROCESSED)).containsExactlyInAnyOrderElementsOf(titles);
        assertThat(server.messagesIn(mailbox.user(), FAILED)).isEmpty();
    }

    /** Every text of an issue a reader sees: title, headlines, editorial, and each article's fields. */
    private static List<String> fields(IssueJson issue) {
        List<String> fields = new ArrayList<>(issue.headlines());
        fields.add(issue.title());
        fields.addAll(issue.editorial().paragraphs());
        fields.add(issue.editorial().author());
        for (IssueJson.ArticleJson article : issue.articles()) {
            fields.addAll(Arrays.asList(article.section(), article.title(), article.lede(), article.author()));
            fields.addAll(article.paragraphs());
            fields.addAll(article.tags());
        }
        fields.removeIf(Objects::isNull);
        return fields;
    }

    private void deliver(String fixture) {
        server.deliver(LoopbackMailbox.USER, Fixtures.resource(fixture));
    }

    /** An issue e-mail from an allowed sender; its subject is its article's title. */
    private String deliverGenerated(String prefix) {
        return deliverGenerated(LoopbackMailbox.USER, prefix);
    }

    private List<String> deliverGenerated(String user, int count) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            titles.add(deliverGenerated(user, "Message " + i));
        }
        return titles;
    }

    private String deliverGenerated(String user, String prefix) {
        return deliverIssueTitled(user, FixtureIssues.uniqueTitle(prefix));
    }

    private String deliverIssueTitled(String user, String title) {
        String mail = FixtureIssues.eml(FixtureIssues.uniqueTopic("Mailbox"), LocalDate.of(2025, 11, 3), title)
                .replace("briefing@example.invalid", "briefing@briefings.example");
        server.deliver(user, mail.getBytes(StandardCharsets.UTF_8));
        return title;
    }

    private void awaitMoved(String subject, String folder) {
        Await.until(subject + " is in " + folder, WITHIN, () -> server.subjectsIn(LoopbackMailbox.USER, folder).contains(subject));
        assertThat(server.subjectsIn(LoopbackMailbox.USER, INBOX)).doesNotContain(subject);
    }

    /** Another mailbox on the same server, for readers started by the test itself. */
    private MailboxSettings freshMailbox(String prefix) {
        String user = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        server.addUser(user, LoopbackMailbox.PASSWORD);
        MailboxSettings team = settings();
        return new MailboxSettings(team.secure(), team.host(), team.port(), team.folder(), user, team.password(),
                team.processed(), team.failed(), team.senders(), team.pollInterval(), team.backoff(), team.timeout());
    }

    private MailboxSettings settings() {
        return startup.watcher().orElseThrow().settings();
    }

    private double count(String outcome) {
        Counter counter = meters.find("briefbot_ingests_total").tags("source", "imap", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> Issue.getEntityManager().createNativeQuery(statement).executeUpdate());
    }

    private static IssueJson edition(String publication, LocalDate date) {
        return QuarkusTransaction.requiringNew().call(() -> IssueJson.of(
                Issue.findEdition(publication, date, Issue.WHOLE_ISSUE).orElseThrow(() -> new AssertionError(
                        "no " + publication + " of " + date + " stored"))));
    }

    private record Stored(byte[] raw, String source) {
    }

    private static Stored stored(long issueId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Issue issue = Issue.findById(issueId);
            return new Stored(issue.rawContent, issue.source);
        });
    }

    private static MailboxMessage ledgerRow(long issueId) {
        return QuarkusTransaction.requiringNew().call(() -> MailboxMessage.<MailboxMessage>find("issueId", issueId).singleResult());
    }

    private static StoredMessage only(List<StoredMessage> messages, String subject) {
        List<StoredMessage> matching = messages.stream().filter(message -> {
            try {
                return subject.equals(message.getMimeMessage().getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static Map<String, Object> wellness() {
        return wellnessOf(given().get(Management.url("/q/health/well")).then().extract().asString());
    }

    /** The data of the imap check in a health answer. */
    private static Map<String, Object> wellnessOf(String health) {
        List<Map<String, Object>> checks = JsonPath.from(health).getList("checks");
        return checks.stream().filter(check -> "imap".equals(check.get("name"))).findFirst()
                .map(check -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> data = (Map<String, Object>) check.get("data");
                    return data;
                })
                .orElseThrow(() -> new AssertionError("no imap check in " + health));
    }

    private MailboxMessage lastRefused() {
        return QuarkusTransaction.requiringNew().call(() -> MailboxMessage.<MailboxMessage>find(
                "mailbox = ?1 and status = ?2 order by id desc", settings().key(), Status.REFUSED).firstResult());
    }
}
