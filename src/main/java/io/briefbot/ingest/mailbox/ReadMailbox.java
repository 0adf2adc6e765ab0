package io.briefbot.ingest.mailbox;

import io.briefbot.ingest.IngestResult;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.mailbox.MailboxConnection.Waiting;
import io.briefbot.ingest.mailbox.MailboxMessage.Status;
import io.briefbot.ingest.mailbox.MessageLedger.Known;
import io.briefbot.ingest.parse.IssueRejectedException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessageRemovedException;
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
    /** Messages taken between two moves: a crash leaves at most this many stored but not moved. */
    private static final int BATCH = 50;
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
        for (int start = 0; start < allowed.size() && goOn.getAsBoolean(); start += BATCH) {
            List<Waiting> toProcessed = new ArrayList<>();
            List<Waiting> toFailed = new ArrayList<>();
            for (Waiting message : allowed.subList(start, Math.min(start + BATCH, allowed.size()))) {
                if (!goOn.getAsBoolean()) {
                    break;
                }
                Known state = known.get(message.uid());
                Status status = state == null ? null : state.status();
                if (state != null && state.moved()) {
                    continue;
                }
                if (status == null || !status.decided()) {
                    try {
                        status = take(mailbox, folder, message);
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

    /** Stores or refuses one message; null when another replica has it. */
    private Status take(MailboxConnection mailbox, FolderKey folder, Waiting message) throws MessagingException {
        byte[] raw;
        try {
            raw = mailbox.raw(message.uid());
        } catch (MessageRemovedException e) {
            // another replica (or the mailbox's owner) moved it meanwhile
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
