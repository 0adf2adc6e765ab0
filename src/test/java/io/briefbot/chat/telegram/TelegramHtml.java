package io.briefbot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks text against Telegram's HTML parse mode: only its tags, balanced, and only its entities. */
final class TelegramHtml {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
            "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#\\d+|#x[0-9a-fA-F]+);");

    private TelegramHtml() {
    }

    static void assertValid(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int textStart = 0;
        while (tag.find()) {
            assertPlainText(html.substring(textStart, tag.start()));
            textStart = tag.end();
            String name = tag.group(2);
            assertThat(TAGS).as("tag <%s> in %s", name, html).contains(name);
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertThat(open).as("closing </%s> in %s", name, html).isNotEmpty();
                assertThat(open.pop()).as("closing </%s> in %s", name, html).isEqualTo(name);
            }
        }
        assertPlainText(html.substring(textStart));
        assertThat(open).as("unclosed tags in %s", html).isEmpty();
    }

    private static void assertPlainText(String text) {
        assertThat(text).as("text between tags").doesNotContain("<", ">");
        assertThat(ENTITY.matcher(text).replaceAll("")).as("text between tags").doesNotContain("&");
    }
}
