package com.counteroffer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Wrapping and shortening text for the report measure each character a bounded number of times, so
 * the work grows with the text's length, not with its square or cube: a 10,000-character company
 * name once took eight minutes. Each test counts the characters the font is asked to measure.
 */
class PdfTextTest {

    /** Helvetica that counts the characters it is asked to measure. */
    private static final class CountingFont extends PDType1Font {
        long measured;

        CountingFont() {
            super(Standard14Fonts.FontName.HELVETICA);
        }

        @Override
        public float getStringWidth(String text) throws IOException {
            measured += text.length();
            return super.getStringWidth(text);
        }
    }

    private static final float SIZE = 9.5f;
    private static final float WIDTH = 300;
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a safety net; the count is the check
    void aLongWordIsCutIntoLinesThatFitMeasuringEachCharacterAFewTimesAtMost() {
        String word = "Northwind".repeat(1_000);
        CountingFont font = new CountingFont();

        List<String> lines = PdfText.wrap(word, font, SIZE, WIDTH);

        assertThat(font.measured).isLessThanOrEqualTo(3L * word.length());
        assertThat(String.join("", lines)).isEqualTo(word);
        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(line, HELVETICA, SIZE)).isLessThanOrEqualTo(WIDTH));
        // Each line but the last is full: one more character would not have fitted.
        for (int i = 0; i < lines.size() - 1; i++) {
            String longer = lines.get(i) + lines.get(i + 1).charAt(0);
            assertThat(PdfText.width(longer, HELVETICA, SIZE)).isGreaterThan(WIDTH);
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void longTextOfWordsWrapsMeasuringEachCharacterAFewTimesAtMost() {
        String text = "Asked for a higher base and an earlier refresher; they said they would think about it. "
                .repeat(200);
        CountingFont font = new CountingFont();

        List<String> lines = PdfText.wrap(text, font, SIZE, WIDTH);

        assertThat(font.measured).isLessThanOrEqualTo(3L * text.length());
        assertThat(String.join(" ", lines)).isEqualTo(text.strip());
        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(line, HELVETICA, SIZE)).isLessThanOrEqualTo(WIDTH));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongNameIsShortenedToFitMeasuringEachCharacterAFewTimesAtMost() {
        String name = "Lattice AI Holdings ".repeat(1_000);
        CountingFont font = new CountingFont();

        String fitted = PdfText.fit(name, font, SIZE, WIDTH);

        assertThat(font.measured).isLessThanOrEqualTo(3L * name.length());
        assertThat(fitted).endsWith("...").startsWith("Lattice AI Holdings Lattice");
        assertThat(PdfText.width(fitted, HELVETICA, SIZE)).isLessThanOrEqualTo(WIDTH);
        assertThat(PdfText.fit("Acme", font, SIZE, WIDTH)).isEqualTo("Acme");

        // The longest start that fits: one character more would not.
        String word = "LatticeAI".repeat(1_000);
        String cut = PdfText.fit(word, font, SIZE, WIDTH);
        String oneMore = word.substring(0, cut.length() - 3 + 1) + "...";
        assertThat(PdfText.width(oneMore, HELVETICA, SIZE)).isGreaterThan(WIDTH);
        assertThat(font.measured).isLessThanOrEqualTo(3L * (name.length() + word.length()));
    }

    @Test
    void aWebAddressTooLongForALineBreaksAfterASlashNotInsideAWord() {
        String address = "https://www.bls.gov/opub/mlr/2024/article/industry-and-occupational-employment-projections"
                + "-overview-and-highlights-2023-33.htm";

        List<String> lines = PdfText.wrap(address, HELVETICA, SIZE, 200);

        assertThat(String.join("", lines)).isEqualTo(address);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line).matches(".*[/-]"));
        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(line, HELVETICA, SIZE)).isLessThanOrEqualTo(200));
    }
}
