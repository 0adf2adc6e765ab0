package io.briefbot.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.format.telegram.TelegramMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Telegram's rules for HTML parse mode messages, checked independently of the renderer. */
public final class TelegramChecks {

    private static final int MAX_VISIBLE = 4096;
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
            "code", "pre", "blockquote", "tg-spoiler", "span");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)>");
    private static final Pattern ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#\\d+|#x[0-9a-fA-F]+);");

    private TelegramChecks() {
    }

    /** Each message well-formed, with allowed tags only, within the length limit; buttons' commands fit callback data. */
    public static void assertValid(List<TelegramMessage> messages) {
        assertThat(messages).isNotEmpty();
        for (TelegramMessage message : messages) {
            assertWellFormed(message.html());
            String visible = visibleText(message.html());
            assertThat(visible.length()).as("visible length").isLessThanOrEqualTo(MAX_VISIBLE);
            assertThat(visible).as("visible text").isNotBlank();
            assertThat(message.keyboard().stream().mapToInt(List::size).sum()).isLessThanOrEqualTo(100);
            message.keyboard().forEach(row -> row.forEach(button -> {
                assertThat(button.command().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
                assertThat(button.label()).isNotBlank();
                assertThat(button.label().codePointCount(0, button.label().length())).isLessThanOrEqualTo(40);
            }));
        }
    }

    /** What a reader sees: tags removed, entities decoded. */
    public static String visibleText(String html) {
        return Parser.unescapeEntities(html.replaceAll("<[^>]*>", ""), false);
    }

    public static String allVisibleText(List<TelegramMessage> messages) {
        StringBuilder all = new StringBuilder();
        messages.forEach(message -> all.append(visibleText(message.html())).append('\n'));
        return all.toString();
    }

    static void assertWellFormed(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int textStart = 0;
        while (tag.find()) {
            assertPlainText(html.substring(textStart, tag.start()), html);
            textStart = tag.end();
            String name = tag.group(2);
            assertThat(TAGS).as("tag <%s> in %s", name, html).contains(name);
            if (tag.group(1).isEmpty()) {
                if (name.equals("a")) {
                    assertThat(tag.group(3)).as("link in %s", html).startsWith(" href=\"http");
                } else if (name.equals("span")) {
                    assertThat(tag.group(3)).isEqualTo(" class=\"tg-spoiler\"");
                } else {
                    assertThat(tag.group(3)).as("attributes of <%s>", name).isEmpty();
                }
                open.push(name);
            } else {
                assertThat(open).as("closing </%s> in %s", name, html).isNotEmpty();
                assertThat(open.pop()).as("closing </%s> in %s", name, html).isEqualTo(name);
            }
        }
        assertPlainText(html.substring(textStart), html);
        assertThat(open).as("unclosed tags in %s", html).isEmpty();
    }

    private static void assertPlainText(String text, String html) {
        assertThat(text).as("text between tags of %s", html).doesNotContain("<", ">");
        assertThat(ENTITY.matcher(text).replaceAll("")).as("text between tags of %s", html).doesNotContain("&");
    }
}
