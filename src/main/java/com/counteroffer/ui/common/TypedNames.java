package com.counteroffer.ui.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client names in text the user typed ("Plonk asked about equity"), replaced by the client's
 * initials for privacy mode. Whole words only, so a company that merely starts like a name
 * ("Megacorp" and the client "Me") is left alone, and names and words under three letters are not
 * hidden (the built-in client "Me" would turn every "me" in a note into "M.").
 */
final class TypedNames {

    private static final int SHORTEST_WORD = 3;

    private TypedNames() {
    }

    static String hide(String text, Collection<String> names) {
        Map<String, String> initialsByWords = new LinkedHashMap<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String initials = Privacy.initials(name);
            if (name.strip().codePointCount(0, name.strip().length()) >= SHORTEST_WORD) {
                initialsByWords.putIfAbsent(name.strip(), initials);
            }
            for (String word : name.strip().split("[\\s\\-]+")) {
                if (word.codePointCount(0, word.length()) >= SHORTEST_WORD) {
                    initialsByWords.putIfAbsent(word, initials);
                }
            }
        }
        String hidden = text;
        // Longest first, so "Plonk Ortho" becomes "P.O." once rather than "P.O. P.O.".
        for (Map.Entry<String, String> entry : initialsByWords.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()).toList()) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(entry.getKey()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            hidden = word.matcher(hidden).replaceAll(Matcher.quoteReplacement(entry.getValue()));
        }
        return hidden;
    }
}
