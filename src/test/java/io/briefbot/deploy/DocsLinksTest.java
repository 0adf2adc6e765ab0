package io.briefbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the README and the pages under docs/ leads to a file of the repository, and every
 * {@code #anchor} to a heading of the page it names, as GitHub makes anchors from headings.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void everyRelativeLinkLeadsSomewhere() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).contains(Path.of("README.md"), Path.of("docs", "developing", "architecture.md"));
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String target : links(Files.readString(page))) {
                brokenReason(page, target).ifPresent(reason -> broken.add(page + ": (" + target + ") " + reason));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void aLinkToAMissingFileOrHeadingIsFound() {
        Path readme = Path.of("README.md");
        assertThat(brokenReason(readme, "docs/nowhere.md")).isPresent();
        assertThat(brokenReason(readme, "docs/operating/settings.md#no-such-heading")).isPresent();
        assertThat(brokenReason(readme, "#no-such-heading")).isPresent();
        assertThat(brokenReason(readme, "docs/operating/settings.md")).isEmpty();
        assertThat(brokenReason(Path.of("docs", "developing", "testing.md"), "../../.env.example")).isEmpty();
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertThat(anchors("# Questions (`/ask`)\n## Soak: two replicas on one PostgreSQL\n## Tests\n## Tests\n"))
                .contains("questions-ask", "soak-two-replicas-on-one-postgresql", "tests", "tests-1");
        assertThat(anchors("```\n# not a heading\n```\n## Chat endpoints, 2026-11-29: two event loops\n"))
                .containsExactly("chat-endpoints-2026-11-29-two-event-loops");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            files.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The targets of the page's links outside code, without those to other sites or mail addresses. */
    private static List<String> links(String markdown) {
        List<String> targets = new ArrayList<>();
        for (String line : prose(markdown)) {
            Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (link.find()) {
                String target = link.group(1);
                if (!SCHEME.matcher(target).find()) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    private static Optional<String> brokenReason(Path page, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
        if (resolved.startsWith("..") || !Files.exists(resolved)) {
            return Optional.of("no such file");
        }
        if (hash < 0 || !resolved.toString().endsWith(".md")) {
            return Optional.empty();
        }
        String anchor = target.substring(hash + 1);
        try {
            return anchors(Files.readString(resolved)).contains(anchor)
                    ? Optional.empty()
                    : Optional.of("no heading #" + anchor + " in " + resolved);
        } catch (IOException e) {
            return Optional.of("unreadable: " + e.getMessage());
        }
    }

    /**
     * The anchors GitHub gives a page's headings: lower case, punctuation dropped (hyphens and underscores kept),
     * spaces made hyphens, and -1, -2… after a repeated one.
     */
    private static Set<String> anchors(String markdown) {
        Set<String> anchors = new TreeSet<>();
        for (String line : prose(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
                String unique = slug;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = slug + "-" + n;
                }
            }
        }
        return anchors;
    }

    /** The page's lines outside fenced code blocks. */
    private static List<String> prose(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            } else if (!inFence) {
                lines.add(line);
            }
        }
        return lines;
    }
}
