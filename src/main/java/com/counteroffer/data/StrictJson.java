package com.counteroffer.data;

import com.counteroffer.domain.input.InputFileException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The opening every data-file reader shares: strict parsing (duplicate keys, trailing text and
 * binary floating point refused), a JSON object at the top, the expected format, and the files
 * shipped inside the application. Each failure becomes the reader's own {@link InputFileException}.
 */
final class StrictJson {

    /** Exact decimals: 15.50 reads back as 15.50, so an offer file's round trip is equal. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** More whole digits than any amount (100 trillion dollars has 15) or decimals than any price. */
    static final int MAX_WHOLE_DIGITS = 20;
    static final int MAX_DECIMALS = 40;

    /** Builds the reader's exception from the file's name and its problems. */
    interface Failure extends BiFunction<String, List<String>, InputFileException> {
    }

    private StrictJson() {
    }

    /** Parses {@code in} and requires a JSON object at the top. */
    static JsonNode object(InputStream in, String origin, Failure failure) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw failure.apply(origin, List.of(invalid(e)));
        } catch (IOException e) {
            throw failure.apply(origin, List.of("cannot be read: " + e.getMessage()));
        }
        return requireObject(root, origin, failure);
    }

    /** Parses text and requires a JSON object at the top. */
    static JsonNode object(String json, String origin, Failure failure) {
        try {
            return requireObject(MAPPER.readTree(json == null ? "" : json), origin, failure);
        } catch (JsonProcessingException e) {
            throw failure.apply(origin, List.of(invalid(e)));
        }
    }

    /**
     * The values in {@code json} (objects, lists, numbers, text, true, false, null), counted without
     * building them and only up to {@code limit} + 1. A syntax error ends the count: parsing reports it.
     */
    static long values(String json, long limit) {
        long values = 0;
        try (com.fasterxml.jackson.core.JsonParser parser = MAPPER.getFactory().createParser(json)) {
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null && values <= limit;
                    token = parser.nextToken()) {
                if (token.isScalarValue() || token.isStructStart()) {
                    values++;
                }
            }
        } catch (IOException e) {
            // Counted so far; the parse that follows names the error and where it is.
        }
        return values;
    }

    /** Refuses another format at once: its fields mean other things, so checking them would only add noise. */
    static void requireFormat(FieldChecks checks, JsonNode root, String expected, String origin, Failure failure) {
        String format = checks.text(root, "", "format");
        if (format != null && !format.equals(expected)) {
            throw failure.apply(origin, List.of("format: expected \"" + expected + "\", found \"" + format
                    + "\"; this version of Counteroffer reads only that format"));
        }
    }

    /** Opens a file shipped beside {@code owner} and hands it to {@code reader}. */
    static <T> T builtIn(Class<?> owner, String resource, String origin, Failure failure,
                         BiFunction<InputStream, String, T> reader) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw failure.apply(origin, List.of("missing from the application; rebuild it"));
            }
            return reader.apply(in, origin);
        } catch (IOException e) {
            throw failure.apply(origin, List.of("cannot be read: " + e.getMessage()));
        }
    }

    private static JsonNode requireObject(JsonNode root, String origin, Failure failure) {
        if (root == null || root.isMissingNode()) {
            throw failure.apply(origin, List.of("the file is empty; it must hold a JSON object"));
        }
        if (!root.isObject()) {
            throw failure.apply(origin, List.of("expected a JSON object { ... } at the top"));
        }
        List<String> problems = new ArrayList<>();
        checkNumbers(root, "", problems);
        if (!problems.isEmpty()) {
            throw failure.apply(origin, problems);
        }
        return root;
    }

    /**
     * Refuses numbers no amount, percent or count can be, before anything computes with them:
     * 1e999999999 or 1e-999999999 parse, but adding or printing them takes all memory or forever.
     */
    private static void checkNumbers(JsonNode node, String path, List<String> problems) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            if ((long) value.precision() - value.scale() > MAX_WHOLE_DIGITS || value.scale() > MAX_DECIMALS) {
                String shown = node.toString();
                problems.add((path.isEmpty() ? "value" : path) + ": the number "
                        + (shown.length() > 24 ? shown.substring(0, 24) + "…" : shown)
                        + " is far outside anything this file can hold; check it");
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(entry ->
                    checkNumbers(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNumbers(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static String invalid(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return "not valid JSON" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse("");
    }
}
