package io.briefbot.testing;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.store.FolderException;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * A real IMAP server (GreenMail) on a random loopback port. Unlike GreenMail's own wrapper it keeps its users and
 * mail when it is stopped and started again on the same port, as a real server does after a restart.
 */
public final class MailServer {

    private static final long STARTUP_MILLIS = 10_000;
    private static final Session SESSION = Session.getInstance(new Properties());

    private final Managers managers = new Managers();
    private ServerSetup setup;
    private ImapServer imap;

    private MailServer(String protocol) {
        setup = new ServerSetup(0, "127.0.0.1", protocol);
    }

    public static MailServer start() {
        return started(ServerSetup.PROTOCOL_IMAP);
    }

    /** Over TLS (imaps), with GreenMail's own self-signed certificate, which no default trust store trusts. */
    public static MailServer startSecure() {
        return started(ServerSetup.PROTOCOL_IMAPS);
    }

    private static MailServer started(String protocol) {
        MailServer server = new MailServer(protocol);
        server.startAgain();
        return server;
    }

    public synchronized int port() {
        return setup.getPort();
    }

    public synchronized boolean isRunning() {
        return imap != null;
    }

    /** Stops listening and drops every open connection; users and mail stay. */
    public synchronized void stop() {
        if (imap != null) {
            imap.stopService();
            imap = null;
        }
    }

    public synchronized void startAgain() {
        if (imap != null) {
            return;
        }
        imap = new ImapServer(setup, managers);
        imap.startService();
        try {
            if (!imap.waitTillRunning(STARTUP_MILLIS)) {
                throw new IllegalStateException("GreenMail IMAP did not start on port " + setup.getPort());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        setup = setup.port(imap.getPort());
    }

    public void addUser(String login, String password) {
        try {
            managers.getUserManager().createUser(login + "@mail.test", login, password);
        } catch (UserException e) {
            throw new IllegalStateException(e);
        }
    }

    public void setPassword(String login, String password) {
        user(login).setPassword(password);
    }

    /** Delivers a raw message into the user's INBOX, as the server's mail delivery would. */
    public void deliver(String login, byte[] raw) {
        try {
            user(login).deliver(new MimeMessage(SESSION, new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages in a folder ("INBOX", or a name with GreenMail's '.' between levels); empty when it does not exist. */
    public List<StoredMessage> messagesIn(String login, String folder) {
        MailFolder mailFolder = managers.getImapHostManager().getFolder(user(login), folder);
        return mailFolder == null ? List.of() : mailFolder.getMessages();
    }

    public boolean folderExists(String login, String folder) {
        return managers.getImapHostManager().getFolder(user(login), folder) != null;
    }

    /** Marks a message deleted, as the mailbox's owner would in a mail client that does not expunge at once. */
    public void markDeleted(String login, String folder, StoredMessage message) {
        try {
            managers.getImapHostManager().getFolder(user(login), folder)
                    .setFlags(new Flags(Flags.Flag.DELETED), true, message.getUid(), null, false);
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subjects of the messages not marked deleted in a folder. */
    public List<String> subjectsIn(String login, String folder) {
        return messagesIn(login, folder).stream()
                .filter(message -> !message.getFlags().contains(Flags.Flag.DELETED))
                .map(MailServer::subject)
                .toList();
    }

    public static byte[] raw(StoredMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            message.getMimeMessage().writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static String subject(StoredMessage message) {
        try {
            return message.getMimeMessage().getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private GreenMailUser user(String login) {
        GreenMailUser user = managers.getUserManager().getUser(login);
        if (user == null) {
            throw new IllegalArgumentException("No mail user " + login);
        }
        return user;
    }
}
