package io.briefbot.ingest.mailbox;

import java.util.List;
import java.util.Locale;

/**
 * Who may send briefings to the mailbox: addresses ({@code briefing@example.org}) and domains ({@code example.org},
 * also matching its subdomains). Empty: everyone.
 */
public record SenderAllowList(List<String> entries) {

    public static SenderAllowList of(List<String> configured) {
        return new SenderAllowList(configured.stream()
                .map(entry -> entry.trim().toLowerCase(Locale.ROOT))
                .map(entry -> entry.startsWith("@") ? entry.substring(1) : entry)
                .filter(entry -> !entry.isEmpty())
                .toList());
    }

    /** @param address the sender's bare address, or null when the message names none */
    public boolean allows(String address) {
        if (entries.isEmpty()) {
            return true;
        }
        if (address == null) {
            return false;
        }
        String sender = address.trim().toLowerCase(Locale.ROOT);
        String domain = sender.substring(sender.lastIndexOf('@') + 1);
        for (String entry : entries) {
            boolean matches = entry.contains("@")
                    ? sender.equals(entry)
                    : domain.equals(entry) || domain.endsWith("." + entry);
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
