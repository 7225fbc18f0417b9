package com.counteroffer.domain.negotiation;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders in a coach-editable script. A placeholder without a value is
 * left visible as {@code [missing: name]}, never blank, so a script is not sent with a hole in it.
 */
public final class ScriptRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private ScriptRenderer() {
    }

    public static String render(String template, Map<String, String> values) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(values, "values");
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            String replacement = value == null || value.isBlank() ? missing(name) : value;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** How an unfilled placeholder shows in the rendered text. */
    public static String missing(String name) {
        return "[missing: " + name + "]";
    }
}
