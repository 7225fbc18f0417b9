package com.counteroffer.domain.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one place that says what text may be kept: how long each kind may be, and which characters
 * it may hold. Forms, files and commands all ask here, so text one of them accepts the others accept
 * too, and everything we export imports again. Text that passes is kept exactly, spaces and all.
 *
 * <p>Control characters are refused because they break our own CSV and JSON files and the report
 * (a NUL ends a string in many tools); tabs and line breaks are allowed only in free text. Half of a
 * surrogate pair is refused because it can't be stored as UTF-8: it would come back as "?".
 */
public final class TextRules {

    /** A name or a one-line label: company, job title, location, project, round label, comparison, person. */
    public static final int NAME_LIMIT = 200;
    /** One line of a plan: a talking point, a checklist item. */
    public static final int LINE_LIMIT = 1_000;
    /** Free text over several lines: an offer's notes, a session note, a round's note. */
    public static final int NOTE_LIMIT = 10_000;
    /** A client's name, shown in menus and lists. */
    public static final int CLIENT_NAME_LIMIT = 80;

    /** The kinds of text, each with its limit in characters and whether it may run over several lines. */
    public enum Kind {
        NAME(NAME_LIMIT, false),
        LINE(LINE_LIMIT, false),
        NOTE(NOTE_LIMIT, true),
        CLIENT_NAME(CLIENT_NAME_LIMIT, false);

        private final int limit;
        private final boolean multiline;

        Kind(int limit, boolean multiline) {
            this.limit = limit;
            this.multiline = multiline;
        }

        public int limit() {
            return limit;
        }
    }

    private TextRules() {
    }

    /**
     * What is wrong with {@code text} as this kind of text, worded to follow a field's name and a colon
     * ("5,000 characters long; the limit is 200 — shorten it"), or null when nothing is (also for null).
     * Characters are counted as people count them: an emoji is one.
     */
    public static String problem(String text, Kind kind) {
        if (text == null) {
            return null;
        }
        int characters = 0;
        String found = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            characters++;
            if (found != null) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                found = "a broken character (half of a surrogate pair, " + codePoint(c) + ") at character " + characters
                        + "; retype it";
            } else if (Character.isISOControl(c) && !(kind.multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                found = c == '\n' || c == '\r' ? "a line break at character " + characters + "; keep it on one line"
                        : c == '\t' ? "a tab at character " + characters + "; use spaces instead"
                        : "a control character (" + codePoint(c) + ") at character " + characters + "; remove it";
            }
        }
        if (characters > kind.limit) {
            return String.format(Locale.US, "%,d characters long; the limit is %,d — shorten it", characters, kind.limit);
        }
        return found;
    }

    /** The problems of a list of texts of one kind, each worded "key[i]: what is wrong"; empty when none. */
    public static List<String> listProblems(String key, List<String> texts, Kind kind) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; texts != null && i < texts.size(); i++) {
            String problem = problem(texts.get(i), kind);
            if (problem != null) {
                problems.add(key + "[" + i + "]: " + problem);
            }
        }
        return problems;
    }

    /** For a form: the text itself, or a sentence saying what is wrong with it. */
    public static Parsed<String> parse(String text, Kind kind) {
        String problem = problem(text, kind);
        return problem == null ? Parsed.of(text)
                : Parsed.error(Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".");
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
