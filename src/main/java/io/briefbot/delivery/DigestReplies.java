package io.briefbot.delivery;

import io.briefbot.briefing.ArticleHit;
import io.briefbot.briefing.TagTrends;
import io.briefbot.briefing.TagWeeks;
import io.briefbot.briefing.WeekInReview;
import io.briefbot.archive.Issue;
import io.briefbot.format.Action;
import io.briefbot.format.DigestReply;
import io.briefbot.format.Language;
import io.briefbot.format.PictureReply;
import io.briefbot.format.TextPieces;
import io.briefbot.format.TrendChart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a weekly digest posts: the seven days before the day it falls due, of the digest's publication (or every one),
 * with a chart of the weeks up to then: of the tags the chat follows, else of the week's three most used.
 */
@ApplicationScoped
public class DigestReplies {

    static final int MAX_FOLLOWED = 20;
    static final int TOP_TAGS = 10;
    static final int CHART_WEEKS = 12;
    private static final int WEEK_DAYS = 7;
    private static final int LABEL_CHARS = 32;
    private static final DateTimeFormatter BUTTON_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final WeekInReview weeks;
    private final TagTrends trends;
    private final Instance<FollowedArticles> followed;

    DigestReplies(WeekInReview weeks, TagTrends trends, Instance<FollowedArticles> followed) {
        this.weeks = weeks;
        this.trends = trends;
        this.followed = followed;
    }

    /** Called within a transaction. */
    DigestReply of(Claimed row) {
        Destination to = row.to();
        String publication = WeeklyDigest.findFor(to).map(digest -> digest.publication).orElse(null);
        List<String> followedTags = TagFollow.listFor(to).stream().map(follow -> follow.tag).toList();
        return build(row.editionDate(), publication, followedTags, followed(to, row.editionDate().minusDays(WEEK_DAYS), publication));
    }

    /** The digest a chat that follows nothing would get on {@code day}: the console's preview. */
    @Transactional
    public DigestReply preview(LocalDate day, String publication) {
        return build(day, publication, List.of(), List.of());
    }

    private DigestReply build(LocalDate day, String publication, List<String> followedTags, List<DigestReply.FollowedArticle> followed) {
        LocalDate from = day.minusDays(WEEK_DAYS);
        List<DigestReply.IssueLine> issues = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (Issue issue : weeks.issues(from, publication)) {
            issues.add(new DigestReply.IssueLine(issue.date, issue.publication, issue.title));
            actions.add(new Action(TextPieces.shorten(BUTTON_DAY.format(issue.date) + " · " + issue.publication, LABEL_CHARS, String::length),
                    PostReplies.issueCommand(issue.date, issue.publication)));
        }
        List<DigestReply.TagChange> tags = weeks.topTags(from, publication, TOP_TAGS).stream()
                .map(tag -> new DigestReply.TagChange(tag.tag(), tag.count(), tag.before())).toList();
        List<String> charted = followedTags.isEmpty() ? tags.stream().map(DigestReply.TagChange::tag).toList() : followedTags;
        return new DigestReply(from, day.minusDays(1), publication, issues, tags, followed, chart(charted, day.minusDays(1)), actions);
    }

    /** What every way of following finds, each article once, in the order of the week. */
    private List<DigestReply.FollowedArticle> followed(Destination to, LocalDate from, String publication) {
        Map<Long, ArticleHit> found = new LinkedHashMap<>();
        followed.forEach(source -> source.of(to, from, publication).forEach(article -> found.putIfAbsent(article.id(), article)));
        return found.values().stream().sorted(Comparator.comparing(ArticleHit::date).thenComparing(ArticleHit::id)).limit(MAX_FOLLOWED)
                .map(article -> new DigestReply.FollowedArticle(article.id(), article.date(), article.publication(), article.title(),
                        article.url()))
                .toList();
    }

    /** The chart of the first tags that the archive has, or none. */
    private PictureReply chart(List<String> tags, LocalDate lastDay) {
        List<TagWeeks> charted = tags.stream().map(tag -> trends.weekly(tag, CHART_WEEKS, lastDay).weeks()).filter(Objects::nonNull)
                .limit(TrendChart.MAX_TAGS).toList();
        return charted.isEmpty() ? null : TrendChart.draw(charted, Language.ENGLISH);
    }
}
