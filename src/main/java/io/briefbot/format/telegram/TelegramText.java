package io.briefbot.format.telegram;

/** Text as Telegram's HTML parse mode sees it. */
final class TelegramText {

    private TelegramText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The length Telegram limits: UTF-16 units of the text without tags, an entity counting as the one character it
     * stands for. Exact for the markup our templates and {@link #escape} produce.
     */
    static int visibleLength(String html) {
        int length = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                i = html.indexOf('>', i) + 1;
            } else if (c == '&') {
                i = html.indexOf(';', i) + 1;
                length++;
            } else {
                i++;
                length++;
            }
        }
        return length;
    }
}
