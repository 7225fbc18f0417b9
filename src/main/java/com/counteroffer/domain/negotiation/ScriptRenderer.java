package com.counteroffer.domain.negotiation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a coach-editable script (decision 0016). The template language:
 * <ul>
 *   <li>{@code {{name}}} is replaced by the value. When it has none, the <em>whole line</em> it is on is
 *       left out, and the result names it in {@link RenderedScript#leftOut()}: a sentence never goes out
 *       with a hole in it. A multi-line value under an indented placeholder keeps the indent on every line.</li>
 *   <li>{@code {{#name}}…{{/name}}} is kept only when {@code name} has a value; {@code {{^name}}…{{/name}}}
 *       only when it has none. Sections may span lines and nest; a tag alone on its line takes the line
 *       with it. Skipping a section is the template's choice, so it is not reported as left out.</li>
 *   <li>A value that is null or blank counts as none. Runs of blank lines, and blank lines at the start
 *       and end, are collapsed, so a dropped line or section leaves no gap.</li>
 * </ul>
 * A close tag that matches no open section is ignored; a section never closed runs to the end.
 */
public final class ScriptRenderer {

    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z0-9_]+)\\s*}}");
    /** Marks a placeholder in the evaluated text until lines are decided (private-use characters). */
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';
    private static final Pattern MARK = Pattern.compile(MARK_START + "([A-Za-z0-9_]+)" + MARK_END);

    private ScriptRenderer() {
    }

    public static RenderedScript render(String template, Map<String, String> values) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(values, "values");
        String source = template.replace("\r\n", "\n").replace(String.valueOf(MARK_START), "")
                .replace(String.valueOf(MARK_END), "");
        List<Node> nodes = parse(tokens(source));
        StringBuilder evaluated = new StringBuilder();
        evaluate(nodes, values, evaluated);
        Set<String> leftOut = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (String line : evaluated.toString().split("\n", -1)) {
            fill(line, values, leftOut).ifPresent(lines::add);
        }
        return new RenderedScript(collapse(lines, source.endsWith("\n")), List.copyOf(leftOut));
    }

    private static boolean has(Map<String, String> values, String name) {
        String value = values.get(name);
        return value != null && !value.isBlank();
    }

    /** A line with every placeholder filled, or empty when one of them has no value (named in leftOut). */
    private static java.util.Optional<String> fill(String line, Map<String, String> values, Set<String> leftOut) {
        Matcher matcher = MARK.matcher(line);
        List<String> missing = new ArrayList<>();
        while (matcher.find()) {
            if (!has(values, matcher.group(1))) {
                missing.add(matcher.group(1));
            }
        }
        if (!missing.isEmpty()) {
            leftOut.addAll(missing);
            return java.util.Optional.empty();
        }
        matcher.reset();
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String before = line.substring(0, matcher.start());
            String indent = before.isBlank() ? before : "";
            String value = values.get(matcher.group(1)).strip().replace("\r\n", "\n");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.replace("\n", "\n" + indent)));
        }
        matcher.appendTail(out);
        return java.util.Optional.of(out.toString());
    }

    private static String collapse(List<String> lines, boolean endsWithNewline) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            boolean blank = trimmed.isEmpty();
            if (blank && (kept.isEmpty() || kept.get(kept.size() - 1).isEmpty())) {
                continue;
            }
            kept.add(trimmed);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        String text = String.join("\n", kept);
        return endsWithNewline && !text.isEmpty() ? text + "\n" : text;
    }

    // --- tokens and the section tree ---

    private sealed interface Token permits Text, Tag {
    }

    private record Text(String text) implements Token {
    }

    /** kind: "" a placeholder, "#" a section, "^" an inverted section, "/" a close. */
    private record Tag(String kind, String name) implements Token {
    }

    private static List<Token> tokens(String source) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TAG.matcher(source);
        int cursor = 0;
        while (matcher.find()) {
            String kind = matcher.group(1);
            int start = matcher.start();
            int end = matcher.end();
            if (!kind.isEmpty()) {
                // A section tag alone on its line takes the whole line, newline included.
                int lineStart = source.lastIndexOf('\n', start - 1) + 1;
                int newline = source.indexOf('\n', end);
                int lineEnd = newline < 0 ? source.length() : newline;
                if (lineStart >= cursor && source.substring(lineStart, start).isBlank()
                        && source.substring(end, lineEnd).isBlank()) {
                    start = lineStart;
                    end = newline < 0 ? source.length() : newline + 1;
                }
            }
            if (start > cursor) {
                tokens.add(new Text(source.substring(cursor, start)));
            }
            tokens.add(new Tag(kind, matcher.group(2)));
            cursor = end;
        }
        if (cursor < source.length()) {
            tokens.add(new Text(source.substring(cursor)));
        }
        return tokens;
    }

    private sealed interface Node permits Literal, Placeholder, Section {
    }

    private record Literal(String text) implements Node {
    }

    private record Placeholder(String name) implements Node {
    }

    private record Section(String name, boolean inverted, List<Node> children) implements Node {
    }

    private static List<Node> parse(List<Token> tokens) {
        List<Node> root = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        for (Token token : tokens) {
            List<Node> into = open.isEmpty() ? root : open.peek().children();
            if (token instanceof Text text) {
                into.add(new Literal(text.text()));
            } else if (token instanceof Tag tag) {
                switch (tag.kind()) {
                    case "#", "^" -> {
                        Section section = new Section(tag.name(), tag.kind().equals("^"), new ArrayList<>());
                        into.add(section);
                        open.push(section);
                    }
                    case "/" -> {
                        if (open.stream().anyMatch(section -> section.name().equals(tag.name()))) {
                            while (!open.pop().name().equals(tag.name())) {
                                // sections left open inside this one end with it
                            }
                        }
                    }
                    default -> into.add(new Placeholder(tag.name()));
                }
            }
        }
        return root;
    }

    private static void evaluate(List<Node> nodes, Map<String, String> values, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Literal literal) {
                out.append(literal.text());
            } else if (node instanceof Placeholder placeholder) {
                out.append(MARK_START).append(placeholder.name()).append(MARK_END);
            } else if (node instanceof Section section && has(values, section.name()) != section.inverted()) {
                evaluate(section.children(), values, out);
            }
        }
    }
}
