package com.counteroffer.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text for the standard 14 fonts, which encode only WinAnsi (about Latin-1): every string drawn
 * goes through {@link #safe}, so a minus sign or a client's name in another script never stops a
 * report half-way.
 */
final class PdfText {

    /** Characters the app's sentences use that WinAnsi lacks (or renders poorly), with plain equivalents. */
    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('\u2212', "-"), Map.entry('\u2013', "-"), Map.entry('\u2014', " - "), Map.entry('\u2010', "-"),
            Map.entry('\u2011', "-"), Map.entry('\u2248', "~"), Map.entry('\u00D7', "x"), Map.entry('\u2192', "->"),
            Map.entry('\u2190', "<-"), Map.entry('\u2022', "-"), Map.entry('\u00B7', "-"), Map.entry('\u2026', "..."),
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201C', "\""), Map.entry('\u201D', "\""),
            Map.entry('\u2264', "<="), Map.entry('\u2265', ">="), Map.entry('\u2260', "!="), Map.entry('\u00A0', " "),
            Map.entry('\u2009', " "), Map.entry('\u202F', " "), Map.entry('\u2007', " "), Map.entry('\t', " "),
            Map.entry('\u2713', "yes"), Map.entry('\u2717', "no"), Map.entry('\u20AC', "EUR"), Map.entry('\u00AD', ""),
            Map.entry('\u03A0', "product of "), Map.entry('\u220F', "product of "));

    private PdfText() {
    }

    /**
     * The text with every character Helvetica can't encode replaced: known symbols by their plain
     * equivalent, accented letters by the letter, anything else by "?". Line breaks become spaces.
     */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = REPLACEMENTS.get(c);
            if (replacement != null) {
                out.append(replacement);
            } else if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA1 && c <= 0xFF)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                out.append('?');
                i++;
            } else {
                out.append(withoutAccents(c));
            }
        }
        return out.toString();
    }

    private static String withoutAccents(char c) {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return base.length() == 1 && base.charAt(0) >= 0x20 && base.charAt(0) <= 0x7E ? base : "?";
    }

    /** Each font's advance widths (in thousandths of the size) of the 256 WinAnsi codes, measured on first use. */
    private static final Map<PDFont, float[]> WIDTHS = new ConcurrentHashMap<>();

    /** Width in points of already-safe text: the sum of its characters' widths, each measured once per font. */
    static float width(String safeText, PDFont font, float size) {
        float[] widths = widths(font);
        float total = 0;
        for (int i = 0; i < safeText.length(); i++) {
            total += advance(widths, font, safeText.charAt(i));
        }
        return total / 1000f * size;
    }

    /**
     * Splits text (made safe first) into lines no wider than {@code maxWidth}; a word too long is cut.
     * One pass over the text, measuring each character once: the work grows with the text's length.
     */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        float[] widths = widths(font);
        float limit = maxWidth * 1000f / size;
        float space = advance(widths, font, ' ');
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : safe(text).strip().split(" +")) {
            float wordWidth = 0;
            for (int i = 0; i < word.length(); i++) {
                wordWidth += advance(widths, font, word.charAt(i));
            }
            float joined = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
            if (joined <= limit) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than a line: full lines of it, then the rest starts the next line.
            int start = 0;
            float pieceWidth = 0;
            for (int i = 0; i < word.length() && wordWidth > limit; i++) {
                float character = advance(widths, font, word.charAt(i));
                if (pieceWidth + character > limit && i > start) {
                    // A web address breaks after a slash or hyphen when one is in the piece, not mid-word.
                    int cut = i;
                    for (int j = i - 1; j > start + (i - start) / 2; j--) {
                        if (word.charAt(j) == '/' || word.charAt(j) == '-') {
                            cut = j + 1;
                            break;
                        }
                    }
                    lines.add(word.substring(start, cut));
                    start = cut;
                    pieceWidth = 0;
                    for (int k = cut; k < i; k++) {
                        pieceWidth += advance(widths, font, word.charAt(k));
                    }
                }
                pieceWidth += character;
            }
            line.append(word, start, word.length());
            lineWidth = start == 0 ? wordWidth : pieceWidth;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Safe text cut with "..." to fit {@code maxWidth}: the longest start that fits, found in one pass. */
    static String fit(String text, PDFont font, float size, float maxWidth) {
        String safe = safe(text);
        float[] widths = widths(font);
        float limit = maxWidth * 1000f / size;
        float total = 0;
        for (int i = 0; i < safe.length() && total <= limit; i++) {
            total += advance(widths, font, safe.charAt(i));
        }
        if (total <= limit) {
            return safe;
        }
        float room = limit - 3 * advance(widths, font, '.');
        float used = 0;
        int end = 0;
        while (end < safe.length() && used + advance(widths, font, safe.charAt(end)) <= room) {
            used += advance(widths, font, safe.charAt(end));
            end++;
        }
        return safe.substring(0, end).strip() + "...";
    }

    private static float[] widths(PDFont font) {
        return WIDTHS.computeIfAbsent(font, key -> {
            float[] unknown = new float[256];
            java.util.Arrays.fill(unknown, Float.NaN);
            return unknown;
        });
    }

    /** The width of one character of safe text (a WinAnsi one), measured the first time it is asked for. */
    private static float advance(float[] widths, PDFont font, char c) {
        if (c > 0xFF) {
            return measure(font, c); // not in safe text; measured each time rather than cached
        }
        float known = widths[c];
        if (Float.isNaN(known)) {
            known = measure(font, c);
            widths[c] = known;
        }
        return known;
    }

    private static float measure(PDFont font, char c) {
        try {
            return font.getStringWidth(String.valueOf(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
