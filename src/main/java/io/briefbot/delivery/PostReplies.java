package io.briefbot.delivery;

import io.briefbot.archive.Issue;
import io.briefbot.archive.IssueJson;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.format.Action;
import io.briefbot.format.IssueReplies;
import io.briefbot.format.Reply;
import io.briefbot.format.TextPieces;
import io.briefbot.qa.IndexedIssue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a ledger row posts: the issue at a glance with buttons to read its articles (a daily post), the whole
 * article (a tag alert), the parts of the issue the chat's watches match (a watch alert, see {@link WatchAlertReplies}),
 * or the week at a glance (a weekly digest, see {@link DigestReplies}). A fan-out posts the same reply to thousands of
 * chats, so replies are kept while their issue is unchanged; a correction changes the issue's updated_at and so its
 * replies.
 */
@ApplicationScoped
class PostReplies {

    private static final int LABEL_CHARS = 32;
    private static final int MAX_COMMAND_BYTES = 64;
    private static final int KEPT = 64;

    private final EntityManager entityManager;
    private final IssueReplies replies;
    private final WatchAlertReplies watchAlerts;
    private final DigestReplies digests;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    PostReplies(EntityManager entityManager, IssueReplies replies, WatchAlertReplies watchAlerts, DigestReplies digests) {
        this.entityManager = entityManager;
        this.replies = replies;
        this.watchAlerts = watchAlerts;
        this.digests = digests;
    }

    /** The reply, or none when its issue or article is no longer in the archive. */
    @Transactional
    Optional<Reply> of(Claimed row) {
        if (row.isDigest()) {
            return Optional.of(digests.of(row));
        }
        Optional<Object[]> issueVersion = row.articleId() != null
                ? first("select a.issue.id, a.issue.updatedAt from Article a where a.id = ?1", row.articleId())
                : first("select i.id, i.updatedAt from Issue i where i.id = ?1", row.issueId());
        if (issueVersion.isEmpty()) {
            return Optional.empty();
        }
        if (row.isWatchAlert()) {
            // one chat's own reply: nothing to keep for a fan-out
            return Issue.<Issue>findByIdOptional(row.issueId()).map(issue -> watchAlerts.of(IndexedIssue.of(issue),
                    ChatWatch.listFor(row.to()).stream().map(watch -> watch.words).toList(), issueButton(IssueJson.of(issue))));
        }
        long issueId = (Long) issueVersion.get()[0];
        Instant updatedAt = (Instant) issueVersion.get()[1];
        String key = row.articleId() != null ? "article:" + row.articleId() : "issue:" + issueId;
        Kept known = kept.get(key);
        if (known != null && known.updatedAt().equals(updatedAt)) {
            return Optional.of(known.reply());
        }
        Optional<Reply> reply = Issue.<Issue>findByIdOptional(issueId).map(IssueJson::of).flatMap(issue -> build(issue, row));
        reply.ifPresent(built -> keep(key, new Kept(updatedAt, built)));
        return reply;
    }

    private Optional<Reply> build(IssueJson issue, Claimed row) {
        if (row.articleId() == null) {
            List<Action> reads = issue.articles().stream()
                    .map(article -> read(article.id(), article.title()))
                    .toList();
            return Optional.of(replies.briefing(issue, reads));
        }
        return issue.articles().stream().filter(article -> row.articleId().equals(article.id())).findFirst()
                .map(article -> replies.article(issue, article, List.of(issueButton(issue))));
    }

    /** The button that opens an article, its title shortened to fit. */
    static Action read(long articleId, String title) {
        return new Action("Read " + TextPieces.shorten(title, LABEL_CHARS - 5, String::length), "/article " + articleId);
    }

    private static Action issueButton(IssueJson issue) {
        return new Action("Issue of " + BriefingCalendar.brief(issue.date()), issueCommand(issue.date(), issue.publication()));
    }

    /** "/issue 2022-07-08 China.Table", without the publication where a button's command would not hold it. */
    static String issueCommand(LocalDate date, String publication) {
        String command = "/issue " + date + " " + publication;
        return command.getBytes(StandardCharsets.UTF_8).length > MAX_COMMAND_BYTES ? "/issue " + date : command;
    }

    private Optional<Object[]> first(String query, long id) {
        return entityManager.createQuery(query, Object[].class).setParameter(1, id).getResultStream().findFirst();
    }

    private void keep(String key, Kept entry) {
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(key, entry);
    }

    private record Kept(Instant updatedAt, Reply reply) {
    }
}
