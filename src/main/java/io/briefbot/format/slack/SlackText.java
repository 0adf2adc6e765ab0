package io.briefbot.format.slack;

/** Text as Slack's mrkdwn sees it: only &, < and > are control characters. */
final class SlackText {

    private SlackText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static int escapedLength(String text) {
        int length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c == '&' ? 4 : (c == '<' || c == '>') ? 3 : 0;
        }
        return length;
    }
}
