package io.briefbot.ingest.mailbox;

import io.briefbot.ingest.IngestResult;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.mailbox.MailboxConnection.Waiting;
import io.briefbot.ingest.mailbox.MailboxMessage.Status;
import io.briefbot.ingest.mailbox.MessageLedger.Known;
import io.briefbot.ingest.parse.IssueRejectedException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * One look at the mailbox folder. Each message from an allowed sender is stored as an issue and moved to the
 * processed folder, or refused and moved to the failed folder; messages from other senders stay where they are.
 * A message that cannot be stored for any other reason (the database is down) stays in the folder and is tried
 * again at the next look. The ledger makes each step happen once, across restarts and replicas.
 */
@ApplicationScoped
public class ReadMailbox {

    private static final Logger LOG = Logger.getLogger(ReadMailbox.class);
    /** Messages fetched in one command, then moved in one: a crash leaves at most this many stored but not moved. */
    private static final int BATCH = 50;
    /** Bytes fetched in one command at most, so that large messages do not fill the memory. */
    private static final long BATCH_BYTES = 16L * 1024 * 1024;
    /** Failures in a row (not refusals) after which the look ends: the database is likely down. */
    private static final int MAX_FAILURES_IN_A_ROW = 3;

    private final MessageLedger ledger;
    private final TakeMessage take;
    private final MeterRegistry meters;

    ReadMailbox(MessageLedger ledger, TakeMessage take, MeterRegistry meters) {
        this.ledger = ledger;
        this.take = take;
        this.meters = meters;
    }

    /**
     * @param goOn false once the reader is stopping: the look ends after the message at hand
     * @return how many messages were stored, refused or moved
     * @throws MessagingException when the connection fails
     */
    public int read(MailboxConnection mailbox, MailboxSettings settings, BooleanSupplier goOn) throws MessagingException {
        FolderKey folder = new FolderKey(settings.key(), mailbox.uidValidity());
        List<Waiting> allowed = new ArrayList<>();
        List<Waiting> notAllowed = new ArrayList<>();
        for (Waiting message : mailbox.waiting()) {
            (settings.senders().allows(message.sender()) ? allowed : notAllowed).add(message);
        }
        countIgnored(settings, ledger.register(folder, uids(notAllowed), Status.IGNORED));
        ledger.register(folder, uids(allowed), Status.NEW);
        Map<Long, Known> known = ledger.known(folder, uids(allowed));

        int done = 0;
        int failuresInARow = 0;
        for (List<Waiting> batch : batches(allowed)) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            List<Waiting> toTake = batch.stream().filter(message -> undecided(known.get(message.uid()))).toList();
            Map<Long, byte[]> raw = mailbox.raw(uids(toTake));
            List<Waiting> toProcessed = new ArrayList<>();
            List<Waiting> toFailed = new ArrayList<>();
            for (Waiting message : batch) {
                if (!goOn.getAsBoolean()) {
                    break;
                }
                Known state = known.get(message.uid());
                Status status = state == null ? null : state.status();
                if (state != null && state.moved()) {
                    continue;
                }
                if (undecided(state)) {
                    try {
                        status = take(folder, message, raw.get(message.uid()));
                        failuresInARow = 0;
                    } catch (RuntimeException e) {
                        LOG.errorf("Mailbox %s: message %d not stored, it stays in %s to be tried again: %s",
                                settings, message.uid(), settings.folder(), e.toString());
                        if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                            LOG.errorf("Mailbox %s: %d failures in a row; trying again at the next look", settings, failuresInARow);
                            moveAway(mailbox, folder, toProcessed, toFailed);
                            return done;
                        }
                        continue;
                    }
                }
                if (status == Status.STORED) {
                    toProcessed.add(message);
                } else if (status == Status.REFUSED) {
                    toFailed.add(message);
                }
            }
            done += moveAway(mailbox, folder, toProcessed, toFailed);
        }
        return done;
    }

    private static boolean undecided(Known state) {
        return state == null || !state.status().decided();
    }

    /**
     * The messages in groups fetched in one command and moved in one: at most {@link #BATCH} messages, and no more
     * than {@link #BATCH_BYTES} unless a single message is larger.
     */
    private static List<List<Waiting>> batches(List<Waiting> messages) {
        List<List<Waiting>> batches = new ArrayList<>();
        List<Waiting> batch = new ArrayList<>();
        long bytes = 0;
        for (Waiting message : messages) {
            if (!batch.isEmpty() && (batch.size() == BATCH || bytes + message.size() > BATCH_BYTES)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(message);
            bytes += Math.max(0, message.size());
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** Stores or refuses one message; null when another replica has it, or moved it away (no raw message then). */
    private Status take(FolderKey folder, Waiting message, byte[] raw) {
        if (raw == null) {
            return null;
        }
        try {
            Optional<IngestResult> stored = take.take(folder, message.uid(), raw);
            stored.ifPresent(result -> LOG.infof("Mailbox %s: message %d %s as issue %d", folder.mailbox(), message.uid(),
                    result.outcome().name().toLowerCase(), result.issue().id()));
            return stored.isPresent() ? Status.STORED : null;
        } catch (IssueRejectedException e) {
            String reason = e.reason() + ": " + e.getMessage();
            if (!ledger.refused(folder, message.uid(), reason)) {
                return null;
            }
            LOG.warnf("Mailbox %s: message %d from %s refused, moving it to the failed folder: %s", folder.mailbox(),
                    message.uid(), message.sender(), reason);
            return Status.REFUSED;
        }
    }

    private int moveAway(MailboxConnection mailbox, FolderKey folder, List<Waiting> toProcessed, List<Waiting> toFailed)
            throws MessagingException {
        return ledger.moveOnce(folder, uids(toProcessed), Status.STORED, mailbox::moveToProcessed)
                + ledger.moveOnce(folder, uids(toFailed), Status.REFUSED, mailbox::moveToFailed);
    }

    private void countIgnored(MailboxSettings settings, int newlyIgnored) {
        if (newlyIgnored > 0) {
            meters.counter("briefbot_ingests_total", "source", IngestSource.IMAP.label(), "outcome", "ignored").increment(newlyIgnored);
            LOG.infof("Mailbox %s: %d message(s) from senders not in BRIEFBOT_IMAP_SENDERS left in %s", settings,
                    newlyIgnored, settings.folder());
        }
    }

    private static List<Long> uids(List<Waiting> messages) {
        return messages.stream().map(Waiting::uid).toList();
    }
}
