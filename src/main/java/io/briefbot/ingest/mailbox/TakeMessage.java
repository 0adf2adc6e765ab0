package io.briefbot.ingest.mailbox;

import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestResult;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.ingest.mailbox.MailboxMessage.Status;
import io.briefbot.ingest.parse.IssueRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Stores messages as issues, or records them as refused, and records what became of each, in one transaction that
 * holds the messages' rows: a crash before the commit leaves them all new, one after it leaves them all decided,
 * never a message stored and not recorded. One commit for many messages, since each commit waits for the disk.
 */
@ApplicationScoped
public class TakeMessage {

    static final String RFC_822 = "message/rfc822";
    private static final int MAX_REASON_CHARS = 500;

    private final MessageLedger ledger;
    private final IssueIngestor ingestor;
    private final Clock clock;

    TakeMessage(MessageLedger ledger, IssueIngestor ingestor, Clock clock) {
        this.ledger = ledger;
        this.ingestor = ingestor;
        this.clock = clock;
    }

    /** A message as fetched from the folder: its UID and the whole message as the server holds it. */
    public record Fetched(long uid, byte[] raw) {
    }

    /** What became of a message: stored as an issue, or refused for a reason (the other is null). */
    public record Decision(long uid, IngestResult stored, String refusal) {

        Status status() {
            return stored != null ? Status.STORED : Status.REFUSED;
        }
    }

    /**
     * @param goOn false once the reader is stopping: what is decided so far is committed, the rest left new
     * @return a decision for each message taken here; none for a message decided already or that another replica is
     *         taking at this moment
     * @throws RuntimeException when the database fails; nothing is written then
     */
    @Transactional
    public List<Decision> take(FolderKey folder, List<Fetched> messages, BooleanSupplier goOn) {
        List<Decision> decisions = new ArrayList<>();
        for (Fetched fetched : messages) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            Optional<MailboxMessage> row = ledger.lockUndecided(folder, fetched.uid());
            if (row.isPresent()) {
                decisions.add(decide(row.get(), fetched));
            }
        }
        return decisions;
    }

    private Decision decide(MailboxMessage message, Fetched fetched) {
        message.decidedAt = clock.instant();
        try {
            IngestResult result = ingestor.ingest(IngestRequest.of(fetched.raw(), RFC_822, IngestSource.IMAP));
            message.status = Status.STORED;
            message.issueId = result.issue().id();
            return new Decision(fetched.uid(), result, null);
        } catch (IssueRejectedException e) {
            // a refusal writes nothing, so the other messages of the transaction are stored all the same
            String reason = e.reason() + ": " + e.getMessage();
            message.status = Status.REFUSED;
            message.reason = reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) : reason;
            return new Decision(fetched.uid(), null, reason);
        }
    }
}
