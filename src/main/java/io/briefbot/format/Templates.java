package io.briefbot.format;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The templates of one platform, under {@code templates/} on the class path, with that platform's escaping applied to
 * every value they output. A plain Qute engine rather than Quarkus' own: renderers stay pure functions that unit
 * tests can build without CDI, and each platform gets its own escaping (Slack's mrkdwn is not HTML).
 */
public final class Templates {

    private final Engine engine;
    private final Map<String, Template> byPath = new ConcurrentHashMap<>();

    public Templates(UnaryOperator<String> escape) {
        this.engine = Engine.builder().addDefaults().strictRendering(true).addResultMapper(new Escaping(escape)).build();
    }

    /** The fragment {@code fragment} of {@code templates/<path>}, rendered, without the line breaks around it. */
    public String render(String path, String fragment, Map<String, Object> data) {
        Template.Fragment found = byPath.computeIfAbsent(path, this::load).getFragment(fragment);
        if (found == null) {
            throw new IllegalArgumentException("No fragment " + fragment + " in templates/" + path);
        }
        return withoutSurroundingLineBreaks(found.render(data));
    }

    private Template load(String path) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No template templates/" + path);
            }
            return engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutSurroundingLineBreaks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    private record Escaping(UnaryOperator<String> escape) implements ResultMapper {

        @Override
        public boolean appliesTo(TemplateNode.Origin origin, Object result) {
            return !(result instanceof RawString);
        }

        @Override
        public String map(Object result, Expression expression) {
            return escape.apply(result.toString());
        }
    }
}
