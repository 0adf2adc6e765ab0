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
import java.util.Optional;

/**
 * Stores one message as an issue and records it as stored, in one transaction that holds the message's row: a
 * crash before the commit leaves the message new, one after it leaves it stored, never both or neither.
 */
@ApplicationScoped
public class TakeMessage {

    static final String RFC_822 = "message/rfc822";

    private final MessageLedger ledger;
    private final IssueIngestor ingestor;
    private final Clock clock;

    TakeMessage(MessageLedger ledger, IssueIngestor ingestor, Clock clock) {
        this.ledger = ledger;
        this.ingestor = ingestor;
        this.clock = clock;
    }

    /**
     * @param raw the whole message as the server holds it
     * @return what was stored; empty when the message was decided already or another replica is taking it
     * @throws IssueRejectedException when it is not an issue; nothing is written then
     */
    @Transactional
    public Optional<IngestResult> take(FolderKey folder, long uid, byte[] raw) {
        Optional<MailboxMessage> row = ledger.lockUndecided(folder, uid);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        IngestResult result = ingestor.ingest(IngestRequest.of(raw, RFC_822, IngestSource.IMAP));
        MailboxMessage message = row.get();
        message.status = Status.STORED;
        message.issueId = result.issue().id();
        message.decidedAt = clock.instant();
        return Optional.of(result);
    }
}
