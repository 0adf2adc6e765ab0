package io.briefbot.ingest.mailbox;

import jakarta.mail.MessagingException;
import java.util.function.Consumer;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * Moves messages, named by UID, to another folder of the same mailbox; nothing is deleted but the originals of the
 * copies. UIDs, not message numbers: another client expunging meanwhile cannot make a command hit the wrong message.
 */
final class MoveMessages {

    private MoveMessages() {
    }

    /** UID MOVE (RFC 6851) where the server has it, else a copy and a delete of exactly those messages. */
    static void move(IMAPFolder from, long[] uids, IMAPFolder to) throws MessagingException {
        IMAPStore store = (IMAPStore) from.getStore();
        if (store.hasCapability("MOVE")) {
            uidCommand(from, "MOVE", uids, arguments -> arguments.writeString(mailboxName(to)));
        } else {
            copyAndDelete(from, uids, to, store.hasCapability("UIDPLUS"));
        }
    }

    /**
     * Copies, marks the originals deleted and expunges just them (UID EXPUNGE, UIDPLUS). A plain EXPUNGE would also
     * remove what the mailbox's owner marked deleted, so without UIDPLUS the mark is left for the owner's client.
     */
    static void copyAndDelete(IMAPFolder from, long[] uids, IMAPFolder to, boolean expungeByUid) throws MessagingException {
        uidCommand(from, "COPY", uids, arguments -> arguments.writeString(mailboxName(to)));
        uidCommand(from, "STORE", uids, arguments -> arguments.writeAtom("+FLAGS.SILENT").writeAtom("(\\Deleted)"));
        if (expungeByUid) {
            uidCommand(from, "EXPUNGE", uids, arguments -> { });
        }
    }

    private static void uidCommand(IMAPFolder folder, String command, long[] uids, Consumer<Argument> more)
            throws MessagingException {
        folder.doCommand(protocol -> {
            Argument arguments = new Argument();
            arguments.writeAtom(UIDSet.toString(UIDSet.createUIDSets(uids)));
            more.accept(arguments);
            Response[] responses = protocol.command("UID " + command, arguments);
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return null;
        });
    }

    /** The folder's name as IMAP wants it on the wire: modified UTF-7 (RFC 3501). */
    private static String mailboxName(IMAPFolder folder) {
        return BASE64MailboxEncoder.encode(folder.getFullName());
    }
}
