package com.counteroffer.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            Map.entry('\u2713', "yes"), Map.entry('\u2717', "no"), Map.entry('\u20AC', "EUR"), Map.entry('\u00AD', ""));

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

    /** Width in points of already-safe text. */
    static float width(String safeText, PDFont font, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits text (made safe first) into lines no wider than {@code maxWidth}; a word too long is cut. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Safe text cut with "..." to fit {@code maxWidth}. */
    static String fit(String text, PDFont font, float size, float maxWidth) {
        String safe = safe(text);
        if (width(safe, font, size) <= maxWidth) {
            return safe;
        }
        String cut = safe;
        while (!cut.isEmpty() && width(cut + "...", font, size) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "...";
    }
}
