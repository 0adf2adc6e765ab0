package io.briefbot.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;

/**
 * Renders a reply's parts with one platform's templates: labels shortened to {@code labelBudget}, bodies split into
 * pieces within {@code bodyBudget}, both as the platform measures text. The budgets leave each rendered part within
 * the platform's limit for one block of text, whatever its content.
 */
public final class PartRenderer {

    /** One rendered part: the platform's markup. */
    public record Rendered(String markup, boolean gapBefore) {
    }

    private final Templates templates;
    private final String folder;
    private final String suffix;
    private final ToIntFunction<String> labelCost;
    private final int labelBudget;
    private final ToIntBiFunction<String, List<String>> bodyCost;
    private final int bodyBudget;

    /** @param bodyCost the cost of a body piece given the words marked in it */
    public PartRenderer(Templates templates, String folder, String suffix, ToIntFunction<String> labelCost, int labelBudget,
                        ToIntBiFunction<String, List<String>> bodyCost, int bodyBudget) {
        this.templates = templates;
        this.folder = folder;
        this.suffix = suffix;
        this.labelCost = labelCost;
        this.labelBudget = labelBudget;
        this.bodyCost = bodyCost;
        this.bodyBudget = bodyBudget;
    }

    public List<Rendered> render(List<Part> parts) {
        List<Rendered> rendered = new ArrayList<>();
        for (Part part : parts) {
            Map<String, Object> data = new HashMap<>();
            part.labels().forEach((name, value) -> data.put(name, TextPieces.shorten(value, labelBudget, labelCost)));
            if (part.body() == null) {
                add(rendered, render(part, data), part.gapBefore());
                continue;
            }
            List<String> pieces = TextPieces.split(part.body(), bodyBudget, text -> bodyCost.applyAsInt(text, part.marked()));
            if (pieces.isEmpty()) {
                pieces = List.of("");
            }
            for (int i = 0; i < pieces.size(); i++) {
                data.put("text", pieces.get(i));
                data.put("segments", Marking.segments(pieces.get(i), part.marked()));
                data.put("continued", i > 0);
                add(rendered, render(part, data), part.gapBefore() && i == 0);
            }
        }
        return rendered;
    }

    /** One line of plain text from {@code templates/<folder>/<template><suffix>}. */
    public String renderLine(String template, String fragment, Map<String, Object> data) {
        return templates.render(folder + "/" + template + suffix, fragment, data);
    }

    private static void add(List<Rendered> rendered, String markup, boolean gapBefore) {
        if (!markup.isBlank()) {
            rendered.add(new Rendered(markup, gapBefore));
        }
    }

    private String render(Part part, Map<String, Object> data) {
        return renderLine(part.template(), part.fragment(), data);
    }
}
