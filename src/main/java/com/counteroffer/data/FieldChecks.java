package com.counteroffer.data;

import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.market.FigureStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads typed fields from a JSON tree and records, instead of throwing, every field that is
 * missing or wrong, so that one run reports all problems. A getter returns null on a problem.
 */
final class FieldChecks {

    private static final String DOLLARS = "a whole number of dollars";

    private final List<String> problems = new ArrayList<>();
    private final Set<String> sourceIds = new LinkedHashSet<>();

    List<String> problems() {
        return problems;
    }

    int count() {
        return problems.size();
    }

    void problem(String path, String text) {
        problems.add(path + ": " + text);
    }

    /** A problem already worded "path: what is wrong", as the domain's validators word them. */
    void add(String problem) {
        problems.add(problem);
    }

    /** Holds {@code value} (null: not given) to the text rules of its kind. */
    void textRules(String path, String value, TextRules.Kind kind) {
        String problem = TextRules.problem(value, kind);
        if (problem != null) {
            problem(path, problem);
        }
    }

    void knowSource(String id) {
        sourceIds.add(id);
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Flags fields the format does not define, which are usually typos of ones it does. */
    void allowOnly(JsonNode object, String path, String... fields) {
        Set<String> allowed = Set.of(fields);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(at(path, name), "unknown field; remove it or use one of " + String.join(", ", fields));
            }
        }
    }

    /** Flags keys the format does not define, naming the key a typo was probably meant to be. */
    void knownKeys(JsonNode object, String path, String... keys) {
        List<String> allowed = Arrays.asList(keys);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(at(path, name), OfferJson.unknownKey(name, keys));
            }
        }
    }

    JsonNode object(JsonNode parent, String path, String field) {
        JsonNode node = present(parent, path, field, "an object { ... }");
        return node == null ? null : expect(node.isObject(), node, at(path, field), "an object { ... }");
    }

    JsonNode array(JsonNode parent, String path, String field) {
        JsonNode node = present(parent, path, field, "a list [ ... ]");
        return node == null ? null : expect(node.isArray(), node, at(path, field), "a list [ ... ]");
    }

    JsonNode objectItem(JsonNode item, String path) {
        return expect(item.isObject(), item, path, "an object { ... }");
    }

    String text(JsonNode parent, String path, String field) {
        JsonNode node = present(parent, path, field, "text in quotes");
        if (node == null || expect(node.isTextual(), node, at(path, field), "text in quotes") == null) {
            return null;
        }
        if (node.asText().isBlank()) {
            problem(at(path, field), "expected text, found an empty string; write the value");
            return null;
        }
        return node.asText();
    }

    /** Text that may be missing, null or empty; returns "" then. */
    String optionalText(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        return expect(node.isTextual(), node, at(path, field), "text in quotes") == null ? null : node.asText();
    }

    Long dollars(JsonNode parent, String path, String field) {
        JsonNode node = present(parent, path, field, DOLLARS);
        if (node == null) {
            return null;
        }
        boolean whole = node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToLong();
        if (!whole) {
            problem(at(path, field), "expected " + DOLLARS + ", found " + shown(node));
            return null;
        }
        if (node.longValue() < 0) {
            problem(at(path, field), "expected " + DOLLARS + ", 0 or more, found " + shown(node));
            return null;
        }
        return node.longValue();
    }

    Integer integer(JsonNode parent, String path, String field, String what) {
        JsonNode node = present(parent, path, field, what);
        if (node == null) {
            return null;
        }
        boolean whole = node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt();
        if (!whole || node.intValue() <= 0) {
            problem(at(path, field), "expected " + what + ", found " + shown(node));
            return null;
        }
        return node.intValue();
    }

    BigDecimal positiveDecimal(JsonNode parent, String path, String field, String what) {
        JsonNode node = present(parent, path, field, what);
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() <= 0) {
            problem(at(path, field), "expected " + what + ", found " + shown(node));
            return null;
        }
        return node.decimalValue();
    }

    Boolean bool(JsonNode parent, String path, String field) {
        JsonNode node = present(parent, path, field, "true or false");
        return node == null || expect(node.isBoolean(), node, at(path, field), "true or false") == null
                ? null : node.booleanValue();
    }

    FigureStatus status(JsonNode parent, String path) {
        String id = text(parent, path, "status");
        if (id == null) {
            return null;
        }
        String all = Arrays.stream(FigureStatus.values()).map(FigureStatus::id).collect(Collectors.joining(", "));
        FigureStatus status = FigureStatus.fromId(id).orElse(null);
        if (status == null) {
            problem(at(path, "status"), "expected one of " + all + ", found \"" + id + "\"");
        }
        return status;
    }

    /**
     * A figure's status; an uncertain figure must say in its note what is assumed, since the app shows that note
     * wherever the figure is used.
     */
    FigureStatus statusWithNote(JsonNode node, String path) {
        FigureStatus status = status(node, path);
        if (status == FigureStatus.UNCERTAIN && node.path("note").asText("").isBlank()) {
            problem(at(path, "note"), "missing; an uncertain figure needs a note saying what is assumed, which the "
                    + "app shows wherever the figure is used");
        }
        return status;
    }

    /** A file's optional "notes": a list of sentences. */
    List<String> notes(JsonNode root) {
        List<String> notes = new ArrayList<>();
        JsonNode array = root.get("notes");
        if (array == null || array.isNull()) {
            return notes;
        }
        if (!array.isArray()) {
            problem("notes", "expected a list of sentences [ \"...\" ], found " + shown(array));
            return notes;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual() || array.get(i).asText().isBlank()) {
                problem("notes[" + i + "]", "expected a sentence in quotes, found " + shown(array.get(i)));
            } else {
                notes.add(array.get(i).asText());
            }
        }
        return notes;
    }

    /** A source id that must be in the file's sources list. */
    String sourceRef(JsonNode parent, String path, String field) {
        String id = text(parent, path, field);
        if (id != null && !sourceIds.contains(id)) {
            problem(at(path, field), "unknown source \"" + id + "\"; use one of the ids in sources: "
                    + String.join(", ", sourceIds));
            return null;
        }
        return id;
    }

    private JsonNode present(JsonNode parent, String path, String field, String what) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            problem(at(path, field), "missing; add " + what);
            return null;
        }
        return node;
    }

    private JsonNode expect(boolean ok, JsonNode node, String path, String what) {
        if (!ok) {
            problem(path, "expected " + what + ", found " + shown(node));
            return null;
        }
        return node;
    }

    /** How a JSON value is described in a message: short, and never a whole object. */
    static String shown(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** One {@code sources[i]} entry, or null (with its problems noted) when it is not usable. */
    com.counteroffer.domain.market.Source source(JsonNode node, String path) {
        int before = count();
        allowOnly(node, path, "id", "title", "publisher", "year", "address", "note");
        String id = text(node, path, "id");
        String title = text(node, path, "title");
        String publisher = text(node, path, "publisher");
        Integer year = node.hasNonNull("year") ? integer(node, path, "year", "a year such as 2024, or null") : null;
        String address = optionalText(node, path, "address");
        String note = optionalText(node, path, "note");
        return count() > before ? null : new com.counteroffer.domain.market.Source(id, title, publisher, year, address, note);
    }

    /**
     * The {@code sources} list every data file carries: each entry checked, ids unique and
     * remembered, so that figures citing an unknown source can be caught.
     */
    List<com.counteroffer.domain.market.Source> sources(JsonNode root) {
        List<com.counteroffer.domain.market.Source> sources = new ArrayList<>();
        JsonNode array = array(root, "", "sources");
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "sources[" + i + "]";
            JsonNode node = objectItem(array.get(i), path);
            if (node == null) {
                continue;
            }
            com.counteroffer.domain.market.Source source = source(node, path);
            if (source == null) {
                continue;
            }
            if (!seen.add(source.id())) {
                problem(path + ".id", "\"" + source.id() + "\" appears more than once; give each source its own id");
                continue;
            }
            knowSource(source.id());
            sources.add(source);
        }
        if (array != null && array.isEmpty()) {
            problem("sources", "empty; list the sources the figures cite");
        }
        return sources;
    }
}
