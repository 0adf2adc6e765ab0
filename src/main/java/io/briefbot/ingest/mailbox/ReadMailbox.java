package io.briefbot.ingest.mailbox;

import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.mailbox.MailboxConnection.Waiting;
import io.briefbot.ingest.mailbox.MailboxMessage.Status;
import io.briefbot.ingest.mailbox.MessageLedger.Known;
import io.briefbot.ingest.mailbox.TakeMessage.Decision;
import io.briefbot.ingest.mailbox.TakeMessage.Fetched;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Messages go in batches: fetched in one command, stored in one transaction, moved in one command.
 */
@ApplicationScoped
public class ReadMailbox {

    private static final Logger LOG = Logger.getLogger(ReadMailbox.class);
    /** Messages fetched, stored and moved together: a crash leaves at most this many stored but not moved. */
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
            Map<Long, Status> toMove = new LinkedHashMap<>();
            List<Waiting> toTake = new ArrayList<>();
            for (Waiting message : batch) {
                Known state = known.get(message.uid());
                if (state == null || !state.status().decided()) {
                    toTake.add(message);
                } else if (!state.moved()) {
                    toMove.put(message.uid(), state.status());
                }
            }
            List<Fetched> fetched = fetched(mailbox, toTake);
            Optional<List<Decision>> together = fetched.size() > 1 ? takeTogether(settings, folder, fetched, goOn) : Optional.empty();
            if (together.isPresent()) {
                record(folder, together.get(), batch, toMove);
            } else {
                for (Fetched message : fetched) {
                    if (!goOn.getAsBoolean()) {
                        break;
                    }
                    try {
                        record(folder, take.take(folder, List.of(message), goOn), batch, toMove);
                        failuresInARow = 0;
                    } catch (RuntimeException e) {
                        LOG.errorf("Mailbox %s: message %d not stored, it stays in %s to be tried again: %s",
                                settings, message.uid(), settings.folder(), settings.redact(e.toString()));
                        if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                            LOG.errorf("Mailbox %s: %d failures in a row; trying again at the next look", settings, failuresInARow);
                            moveAway(mailbox, folder, toMove);
                            return done;
                        }
                    }
                }
            }
            done += moveAway(mailbox, folder, toMove);
        }
        return done;
    }

    /** The messages as the server holds them; those another reader moved away meanwhile are left out. */
    private static List<Fetched> fetched(MailboxConnection mailbox, List<Waiting> messages) throws MessagingException {
        Map<Long, byte[]> raw = mailbox.raw(uids(messages));
        return messages.stream().filter(message -> raw.containsKey(message.uid()))
                .map(message -> new Fetched(message.uid(), raw.get(message.uid())))
                .toList();
    }

    /**
     * Takes the messages in one transaction; empty when that failed (one message the database cannot store, a
     * deadlock with another replica), and then each is taken alone, so that one message holds back no other.
     */
    private Optional<List<Decision>> takeTogether(MailboxSettings settings, FolderKey folder, List<Fetched> messages,
                                                  BooleanSupplier goOn) {
        try {
            return Optional.of(take.take(folder, messages, goOn));
        } catch (RuntimeException e) {
            LOG.warnf("Mailbox %s: %d messages could not be stored together, taking each alone: %s", settings,
                    messages.size(), settings.redact(e.toString()));
            return Optional.empty();
        }
    }

    /** Logs each decision, once committed, and adds the message to those to move. */
    private static void record(FolderKey folder, List<Decision> decisions, List<Waiting> batch, Map<Long, Status> toMove) {
        for (Decision decision : decisions) {
            if (decision.stored() != null) {
                LOG.infof("Mailbox %s: message %d %s as issue %d", folder.mailbox(), decision.uid(),
                        decision.stored().outcome().name().toLowerCase(), decision.stored().issue().id());
            } else {
                String sender = batch.stream().filter(message -> message.uid() == decision.uid()).findFirst()
                        .map(Waiting::sender).orElse(null);
                LOG.warnf("Mailbox %s: message %d from %s refused, moving it to the failed folder: %s", folder.mailbox(),
                        decision.uid(), sender, decision.refusal());
            }
            toMove.put(decision.uid(), decision.status());
        }
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

    private int moveAway(MailboxConnection mailbox, FolderKey folder, Map<Long, Status> toMove) throws MessagingException {
        return ledger.moveOnce(folder, having(toMove, Status.STORED), Status.STORED, mailbox::moveToProcessed)
                + ledger.moveOnce(folder, having(toMove, Status.REFUSED), Status.REFUSED, mailbox::moveToFailed);
    }

    private static List<Long> having(Map<Long, Status> statuses, Status status) {
        return statuses.entrySet().stream().filter(entry -> entry.getValue() == status).map(Map.Entry::getKey).toList();
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
