package io.briefbot.delivery;

import io.briefbot.archive.SearchKeys;
import io.briefbot.qa.WatchQuery;
import io.briefbot.testing.Archive;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The delivery tables from a test: emptied, filled with subscriptions, read back, each in its own transaction; and the
 * deliveries counted in the metrics.
 */
public final class Ledgers {

    private Ledgers() {
    }

    public static void clear() {
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery.deleteAll();
            Subscription.deleteAll();
            TagFollow.deleteAll();
            ChatWatch.deleteAll();
            WeeklyDigest.deleteAll();
            Delivery.getEntityManager().createNativeQuery("delete from chat_mute").executeUpdate();
        });
        Archive.clear();
    }

    /** A subscription made long ago, so that every slot counts. */
    static Subscription subscribe(String chatId, String time, String zone, Days days, String publication) {
        return subscribe(RecordingOutlet.PLATFORM, chatId, time, zone, days, publication);
    }

    static Subscription subscribe(String platform, String chatId, String time, String zone, Days days, String publication) {
        return subscribe(platform, chatId, null, time, zone, days, publication);
    }

    /** @param workspace the Slack team the subscription was made in; null elsewhere */
    public static Subscription subscribe(String platform, String chatId, String workspace, String time, String zone, Days days,
                                         String publication) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Subscription subscription = new Subscription();
            subscription.platform = platform;
            subscription.chatId = chatId;
            subscription.workspace = workspace;
            subscription.localTime = LocalTime.parse(time);
            subscription.zoneId = zone;
            subscription.days = days.word();
            subscription.publication = publication;
            subscription.createdBy = "test";
            subscription.createdAt = Instant.EPOCH;
            subscription.persist();
            return subscription;
        });
    }

    /** A weekly digest made long ago, on {@code day} ("friday") at {@code time}. */
    static void digest(String chatId, String day, String time, String zone) {
        QuarkusTransaction.requiringNew().run(() -> {
            WeeklyDigest digest = new WeeklyDigest();
            digest.schedule(new Destination(RecordingOutlet.PLATFORM, chatId, null), null,
                    new DailySlot(LocalTime.parse(time), ZoneId.of(zone), PostDays.ofWord(day)), null, "test", Instant.EPOCH);
            digest.persist();
        });
    }

    static long digests(String chatId) {
        return QuarkusTransaction.requiringNew().call(() -> WeeklyDigest.count("chatId", chatId));
    }

    static void follow(String chatId, String tag) {
        follow(RecordingOutlet.PLATFORM, chatId, null, tag);
    }

    /** @param workspace the Slack team the follow was made in; null elsewhere */
    public static void follow(String platform, String chatId, String workspace, String tag) {
        QuarkusTransaction.requiringNew().run(() -> {
            TagFollow follow = new TagFollow();
            follow.platform = platform;
            follow.chatId = chatId;
            follow.workspace = workspace;
            follow.tag = tag;
            follow.tagKey = SearchKeys.of(tag);
            follow.createdBy = "test";
            follow.createdAt = Instant.EPOCH;
            follow.persist();
        });
    }

    /** @param words as a chat would write them after /watch; the watch is made long ago */
    public static void watch(String platform, String chatId, String workspace, String words) {
        WatchQuery query = WatchQuery.parse(words);
        QuarkusTransaction.requiringNew().run(() -> {
            ChatWatch watch = new ChatWatch();
            watch.platform = platform;
            watch.chatId = chatId;
            watch.workspace = workspace;
            watch.words = query.words();
            watch.wordsKey = query.key();
            watch.createdBy = "test";
            watch.createdAt = Instant.EPOCH;
            watch.persist();
        });
    }

    /**
     * Waits until what the issues stored so far queue off the ingesting thread (tag alerts, edits) is queued: a test that
     * moves the clock afterwards then knows which day those queues took for today.
     */
    public static void afterIngests(RunDeliveries deliveries) throws InterruptedException {
        CountDownLatch queued = new CountDownLatch(1);
        deliveries.soon(queued::countDown);
        if (!queued.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the deliveries of stored issues were not queued within 30 seconds");
        }
    }

    /**
     * Keeps what stored issues queue off the ingesting thread waiting until the returned latch is counted down, as on a
     * busy machine where that queueing runs well after the store.
     */
    public static CountDownLatch holdIngestQueueing(RunDeliveries deliveries) {
        CountDownLatch release = new CountDownLatch(1);
        deliveries.soon(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return release;
    }

    public static List<Delivery> all() {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>listAll());
    }

    /** The rows of one kind ("daily", "tag_alert", "digest"), oldest due first. */
    public static List<Delivery> of(String kind) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list("kind", Sort.by("dueAt"), kind));
    }

    /** briefbot_deliveries_total of a state on a platform. */
    public static double counted(MeterRegistry meters, String state, String platform) {
        return meters.counter("briefbot_deliveries_total", "state", state, "platform", platform).count();
    }

    static Delivery byId(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>findById(id));
    }

    static long subscriptions(String chatId) {
        return QuarkusTransaction.requiringNew().call(() -> Subscription.count("chatId", chatId));
    }

    static long follows(String chatId) {
        return QuarkusTransaction.requiringNew().call(() -> TagFollow.count("chatId", chatId));
    }
}
