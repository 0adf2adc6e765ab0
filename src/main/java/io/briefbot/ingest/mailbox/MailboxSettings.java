package io.briefbot.ingest.mailbox;

import io.briefbot.common.Backoff;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The mailbox to read, checked: {@code imaps://}, or {@code imap://} to a server on this machine only, since
 * otherwise the password and the briefings would cross the network in clear.
 *
 * @param folder    the folder read, '/' between levels
 * @param processed where stored messages go, '/' between levels
 * @param failed    where refused messages go, '/' between levels
 */
public record MailboxSettings(boolean secure, String host, int port, String folder, String user, String password,
                              String processed, String failed, SenderAllowList senders, Duration pollInterval,
                              Backoff backoff, Duration timeout) {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:.]+]?");

    /** The configured mailbox; empty when BRIEFBOT_IMAP_URL is unset. */
    public static Optional<MailboxSettings> of(MailboxConfig config) {
        if (config.url().isEmpty()) {
            return Optional.empty();
        }
        URI url = parse(config.url().get().trim());
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("imaps") && !scheme.equals("imap")) {
            throw invalid("must start with imaps:// (e.g. imaps://imap.example.org:993/INBOX), not '" + scheme + "'");
        }
        if (url.getRawUserInfo() != null) {
            throw invalid("must not carry a user or password: set BRIEFBOT_IMAP_USER and BRIEFBOT_IMAP_PASSWORD");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw invalid("names no server (expected imaps://imap.example.org:993/INBOX)");
        }
        boolean secure = scheme.equals("imaps");
        if (!secure && !isLoopback(host)) {
            throw invalid("uses imap:// without TLS for " + host + ", which would send the password and the briefings"
                    + " across the network in clear: use imaps:// (imap:// is only for a server on this machine)");
        }
        String user = config.user().filter(value -> !value.isBlank()).orElseThrow(
                () -> new ConfigurationException("BRIEFBOT_IMAP_URL is set but BRIEFBOT_IMAP_USER is not"));
        String password = config.password().filter(value -> !value.isEmpty()).orElseThrow(
                () -> new ConfigurationException("BRIEFBOT_IMAP_URL is set but BRIEFBOT_IMAP_PASSWORD is not"));
        String folder = folderOf(url.getPath());
        String processed = folderName(config.processedFolder(), "BRIEFBOT_IMAP_PROCESSED_FOLDER");
        String failed = folderName(config.failedFolder(), "BRIEFBOT_IMAP_FAILED_FOLDER");
        if (processed.equalsIgnoreCase(folder) || failed.equalsIgnoreCase(folder) || processed.equalsIgnoreCase(failed)) {
            throw new ConfigurationException("The folder read (" + folder + "), BRIEFBOT_IMAP_PROCESSED_FOLDER (" + processed
                    + ") and BRIEFBOT_IMAP_FAILED_FOLDER (" + failed + ") must be three different folders");
        }
        if (config.pollInterval().isNegative() || config.pollInterval().isZero()) {
            throw new ConfigurationException("BRIEFBOT_IMAP_POLL_INTERVAL must be longer than zero");
        }
        int port = url.getPort() > 0 ? url.getPort() : secure ? 993 : 143;
        return Optional.of(new MailboxSettings(secure, host, port, folder, user, password, processed, failed,
                SenderAllowList.of(config.senders().orElse(List.of())), config.pollInterval(),
                new Backoff(config.initialBackoff(), config.maxBackoff()), config.timeout()));
    }

    /** The mailbox's name in the ledger: the same for every replica reading it. */
    public String key() {
        return user + "@" + host.toLowerCase(Locale.ROOT) + ":" + port + "/" + folder;
    }

    /** The text without the password, should a server or library ever echo it. */
    public String redact(String text) {
        return text == null ? null : text.replace(password, "********");
    }

    /** Leaves the password out. */
    @Override
    public String toString() {
        return (secure ? "imaps" : "imap") + "://" + user + "@" + host + ":" + port + "/" + folder;
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("is not a URL (expected imaps://imap.example.org:993/INBOX)");
        }
    }

    private static String folderOf(String path) {
        String folder = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return folder.isEmpty() ? "INBOX" : folder;
    }

    private static String folderName(String configured, String setting) {
        String name = configured.trim().replaceAll("^/+|/+$", "");
        if (name.isEmpty()) {
            throw new ConfigurationException(setting + " must name a folder");
        }
        return name;
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            // an address literal: nothing is looked up
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ConfigurationException invalid(String why) {
        return new ConfigurationException("BRIEFBOT_IMAP_URL " + why);
    }
}
