package com.counteroffer.ui.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client names in text the user typed ("Plonk asked about equity"), replaced by the client's
 * initials for privacy mode. Whole words only, so a company that merely starts like a name
 * ("Megacorp" and the client "Me") is left alone, and names and words under three letters are not
 * hidden (the built-in client "Me" would turn every "me" in a note into "M."). The patterns are
 * built once per list of clients, not per text drawn.
 */
final class TypedNames {

    static final TypedNames NONE = new TypedNames(List.of());

    private static final int SHORTEST_WORD = 3;

    private record Replacement(Pattern word, String initials) {
    }

    /** Longest first, so "Plonk Ortho" becomes "P.O." once rather than "P.O. P.O.". */
    private final List<Replacement> replacements;

    private TypedNames(List<Replacement> replacements) {
        this.replacements = replacements;
    }

    static TypedNames of(Collection<String> names) {
        Map<String, String> initialsByWords = new LinkedHashMap<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String whole = name.strip();
            String initials = Privacy.initials(whole);
            if (whole.codePointCount(0, whole.length()) >= SHORTEST_WORD) {
                initialsByWords.putIfAbsent(whole, initials);
            }
            for (String word : whole.split("[\\s\\-]+")) {
                if (word.codePointCount(0, word.length()) >= SHORTEST_WORD) {
                    initialsByWords.putIfAbsent(word, initials);
                }
            }
        }
        return new TypedNames(initialsByWords.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .map(entry -> new Replacement(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(entry.getKey())
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        Matcher.quoteReplacement(entry.getValue())))
                .toList());
    }

    String hide(String text) {
        String hidden = text;
        for (Replacement replacement : replacements) {
            hidden = replacement.word().matcher(hidden).replaceAll(replacement.initials());
        }
        return hidden;
    }
}
