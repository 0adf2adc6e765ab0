package io.briefbot.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL as a message may link it: http or https only, with every character that a URL may not carry as it is
 * percent-encoded (among them {@code |}, {@code <}, {@code >}, quotes, spaces, controls and non-ASCII), so that
 * no link markup ({@code <url|label>} in Slack, {@code href="url"} in Telegram) can be broken out of. Anything
 * else (javascript:, data:, a URL without a host) is no link at all.
 */
public final class WebLink {

    private static final Pattern WEB_SCHEME = Pattern.compile("(?i)https?://");
    private static final String KEPT = "-._~:/?#@!$&'()*+,;=";

    private WebLink() {
    }

    public static Optional<String> of(String url) {
        Matcher scheme = url == null ? null : WEB_SCHEME.matcher(url.strip());
        if (scheme == null || !scheme.lookingAt()) {
            return Optional.empty();
        }
        String encoded = scheme.group().toLowerCase(Locale.ROOT) + encode(url.strip().substring(scheme.end()));
        try {
            return new URI(encoded).getHost() == null ? Optional.empty() : Optional.of(encoded);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String encode(String url) {
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (isAsciiLetterOrDigit(b) || KEPT.indexOf(b) >= 0 || escape) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b));
            }
        }
        return encoded.toString();
    }

    private static boolean isAsciiLetterOrDigit(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
