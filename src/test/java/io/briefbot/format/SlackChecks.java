package io.briefbot.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.briefbot.format.slack.SlackMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Slack's limits for Block Kit messages and mrkdwn escaping, checked independently of the renderer. */
public final class SlackChecks {

    private static final Pattern LINK = Pattern.compile("<https?://[^\\s<>|]+\\|[^<>|]+>");
    private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt);");

    private SlackChecks() {
    }

    public static void assertValid(List<SlackMessage> messages) {
        assertThat(messages).isNotEmpty();
        for (SlackMessage message : messages) {
            assertThat(message.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            int total = message.text().length();
            assertEscaped(message.text());
            for (LayoutBlock block : message.blocks()) {
                if (block instanceof SectionBlock section) {
                    String text = section.getText().getText();
                    assertThat(section.getText().getType()).isEqualTo("mrkdwn");
                    assertThat(text).isNotBlank();
                    assertThat(text.length()).as("section text length").isLessThanOrEqualTo(3000);
                    assertEscaped(text);
                    total += text.length();
                } else {
                    ActionsBlock actions = (ActionsBlock) block;
                    assertThat(actions.getElements()).isNotEmpty().hasSizeLessThanOrEqualTo(25);
                    Set<String> actionIds = new HashSet<>();
                    for (Object element : actions.getElements()) {
                        ButtonElement button = (ButtonElement) element;
                        assertThat(actionIds.add(button.getActionId())).as("unique action_id").isTrue();
                        assertThat(button.getText().getText()).isNotBlank().hasSizeLessThanOrEqualTo(75);
                        assertThat(button.getValue()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
                        total += button.getText().getText().length() + button.getValue().length();
                    }
                }
            }
            assertThat(total).as("characters in the message").isLessThan(12_000);
        }
    }

    /** What a reader sees of the mrkdwn of all sections, entities decoded, links as their labels. */
    public static String allVisibleText(List<SlackMessage> messages) {
        StringBuilder all = new StringBuilder();
        messages.forEach(message -> message.blocks().stream()
                .filter(SectionBlock.class::isInstance)
                .map(block -> ((SectionBlock) block).getText().getText())
                .forEach(text -> all.append(unescape(text.replaceAll("<[^|>]*\\|([^>]*)>", "$1"))).append('\n')));
        return all.toString();
    }

    static String unescape(String mrkdwn) {
        return mrkdwn.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** No bare &, < or > outside Slack's own link syntax. */
    private static void assertEscaped(String mrkdwn) {
        String withoutLinks = LINK.matcher(mrkdwn).replaceAll("");
        assertThat(withoutLinks).as("mrkdwn %s", mrkdwn).doesNotContain("<", ">");
        assertThat(ENTITY.matcher(withoutLinks).replaceAll("")).as("mrkdwn %s", mrkdwn).doesNotContain("&");
    }
}
