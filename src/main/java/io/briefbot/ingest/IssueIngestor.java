package io.briefbot.ingest;

import io.briefbot.archive.Article;
import io.briefbot.archive.Issue;
import io.briefbot.archive.IssueJson;
import io.briefbot.archive.SearchKeys;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.ingest.parse.Format;
import io.briefbot.ingest.parse.IssueParser;
import io.briefbot.ingest.parse.IssueRejectedException;
import io.briefbot.ingest.parse.ParsedArticle;
import io.briefbot.ingest.parse.ParsedIssue;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Parses raw input and stores it as an issue: new content is created, the same content again is a
 * duplicate, and a different content for a stored edition (publication, date) corrects it in place.
 * Refused input throws {@link IssueRejectedException} before anything is written.
 */
@ApplicationScoped
public class IssueIngestor {

    private static final Logger LOG = Logger.getLogger(IssueIngestor.class);

    private final IssueParser parser;
    private final IngestConfig config;
    private final EntityManager entityManager;
    private final MeterRegistry meters;
    private final Clock clock;
    private final BriefingCalendar calendar;
    private final Event<IssueStored> stored;

    public IssueIngestor(IssueParser parser, IngestConfig config, EntityManager entityManager, MeterRegistry meters, Clock clock,
                         BriefingCalendar calendar, Event<IssueStored> stored) {
        this.stored = stored;
        this.parser = parser;
        this.config = config;
        this.entityManager = entityManager;
        this.meters = meters;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Parses without storing: what {@link #ingest} would store. */
    public IssueJson preview(IngestRequest request) {
        ParsedIssue parsed = parse(request);
        Edition edition = editionOf(parsed, request);
        Issue issue = new Issue();
        fill(issue, parsed, edition, request, hash(request.raw()));
        return IssueJson.of(issue);
    }

    /** A refusal writes nothing, so it leaves a caller's transaction to commit what else it holds. */
    @Transactional(dontRollbackOn = IssueRejectedException.class)
    public IngestResult ingest(IngestRequest request) {
        ParsedIssue parsed;
        Edition edition;
        try {
            parsed = parse(request);
            edition = editionOf(parsed, request);
        } catch (IssueRejectedException e) {
            count(request.source(), "refused");
            throw e;
        }
        String contentHash = hash(request.raw());
        lockEdition(edition);

        Optional<Issue> sameContent = Issue.findByContentHash(contentHash);
        if (sameContent.isPresent()) {
            return counted(request, IngestOutcome.DUPLICATE, sameContent.get());
        }
        Optional<Issue> stored = Issue.findEdition(edition.publication(), edition.date(), edition.key());
        if (stored.isPresent()) {
            Issue issue = stored.get();
            fill(issue, parsed, edition, request, contentHash);
            LOG.infof("Corrected issue %d (%s %s) from %s", issue.id, edition.publication(), edition.date(), request.source());
            return counted(request, IngestOutcome.UPDATED, issue);
        }
        Issue issue = new Issue();
        issue.ingestedAt = clock.instant();
        fill(issue, parsed, edition, request, contentHash);
        issue.persist();
        LOG.infof("Stored issue %d (%s %s, %d articles) from %s", issue.id, edition.publication(), edition.date(),
                issue.articles.size(), request.source());
        return counted(request, IngestOutcome.CREATED, issue);
    }

    private ParsedIssue parse(IngestRequest request) {
        try {
            return parser.parse(request.raw(), request.contentType(), request.publication());
        } catch (IssueRejectedException e) {
            meters.counter("briefbot_parse_refusals_total", "reason", e.reason().name().toLowerCase()).increment();
            throw e;
        }
    }

    private Edition editionOf(ParsedIssue parsed, IngestRequest request) {
        String publication = firstPresent(request.publication(), parsed.publication(), config.defaultPublication().orElse(null));
        if (publication == null) {
            throw new IssueRejectedException(IssueRejectedException.Reason.NOT_AN_ISSUE,
                    "the publication is not named in the text; pass it explicitly (e.g. ?publication=China.Table)");
        }
        LocalDate date = request.date() != null ? request.date()
                : parsed.date() != null ? parsed.date()
                : request.defaultDate() != null ? request.defaultDate()
                : calendar.today();
        boolean singleArticlePage = parsed.headlines().isEmpty() && parsed.editorial() == null && parsed.articles().size() == 1;
        String key = singleArticlePage ? SearchKeys.of(parsed.articles().get(0).title()) : Issue.WHOLE_ISSUE;
        return new Edition(publication.trim(), date, key);
    }

    /** Serialises ingests of the same edition across transactions and replicas. */
    private void lockEdition(Edition edition) {
        long key = (edition.publication() + '\u0000' + edition.date() + '\u0000' + edition.key()).hashCode();
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
    }

    private void fill(Issue issue, ParsedIssue parsed, Edition edition, IngestRequest request, String contentHash) {
        Instant now = clock.instant();
        issue.publication = edition.publication();
        issue.date = edition.date();
        issue.editionKey = edition.key();
        issue.title = parsed.title();
        issue.headlines = new ArrayList<>(parsed.headlines());
        issue.editorialParagraphs = parsed.editorial() == null ? new ArrayList<>() : new ArrayList<>(parsed.editorial().paragraphs());
        issue.editorialAuthor = parsed.editorial() == null ? null : parsed.editorial().author();
        issue.rawContent = request.raw();
        issue.contentType = mediaType(IssueParser.sniff(request.raw(), request.contentType()));
        issue.contentHash = contentHash;
        issue.source = request.source().name();
        issue.updatedAt = now;
        issue.replaceArticles(parsed.articles().stream().map(IssueIngestor::toArticle).toList());
    }

    private static String mediaType(Format format) {
        return switch (format) {
            case TEXT -> "text/plain";
            case HTML -> "text/html";
            case EML -> "message/rfc822";
        };
    }

    private static Article toArticle(ParsedArticle parsed) {
        Article article = new Article();
        article.section = parsed.section();
        article.title = parsed.title();
        article.titleDerived = parsed.titleDerived();
        article.lede = parsed.lede() == null ? "" : parsed.lede();
        article.paragraphs = new ArrayList<>(parsed.paragraphs());
        article.tags = new ArrayList<>(parsed.tags());
        article.author = parsed.author();
        article.url = parsed.url();
        return article;
    }

    private IngestResult counted(IngestRequest request, IngestOutcome outcome, Issue issue) {
        count(request.source(), outcome.name().toLowerCase());
        if (outcome != IngestOutcome.DUPLICATE) {
            entityManager.flush();
            stored.fire(new IssueStored(issue.id, outcome));
        }
        return new IngestResult(outcome, IssueJson.of(issue));
    }

    /** Every way in counts here, so that {@code briefbot_ingests_total} always has the same tags. */
    private void count(IngestSource source, String outcome) {
        meters.counter("briefbot_ingests_total", "source", source.label(), "outcome", outcome).increment();
    }

    private static String firstPresent(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    static String hash(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Edition(String publication, LocalDate date, String key) {
    }
}
