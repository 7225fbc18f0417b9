package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static final List<String> HEADER = List.of("Offer", "Year 1", "Notes");

    @Test
    void plainCellsAreWrittenAsTheyAreWithCrlfAfterEveryRecord() {
        String csv = CsvWriter.write(HEADER, List.of(List.of("Northwind Cloud", "300000", "")));

        assertThat(csv).isEqualTo("Offer,Year 1,Notes\r\nNorthwind Cloud,300000,\r\n");
    }

    @Test
    void cellsWithCommasQuotesAndLineBreaksAreQuotedWithTheirQuotesDoubled() {
        String csv = CsvWriter.write(null, List.of(List.of("Lattice AI, Inc.", "the \"founding\" role",
                "line one\nline two", "cr\rhere")));

        assertThat(csv).isEqualTo("\"Lattice AI, Inc.\",\"the \"\"founding\"\" role\",\"line one\nline two\","
                + "\"cr\rhere\"\r\n");
    }

    @Test
    void formulasGetALeadingApostropheAndSoDoNegativeNumbers() {
        String csv = CsvWriter.write(null, List.of(List.of("=HYPERLINK(\"http://x\")", "+1", "-1200", "@SUM(A1)",
                "\tindented", "\rreturn", "a=b", "'quoted")));

        // The cell starting with CR is quoted after the apostrophe is added, as it holds a CR.
        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-1200,'@SUM(A1),'\tindented,"
                + "\"'\rreturn\",a=b,'quoted\r\n");
    }

    @Test
    void everythingWrittenReadsBackTheSame() {
        List<List<String>> rows = List.of(
                List.of("Lattice AI, Inc.", "say \"hi\"", "two\r\nlines", "lone\nlf", "lone\rcr"),
                List.of("=1+1", "-1200", "+44 20", "@user", "\ttab", "\rcr first"),
                List.of("'=already neutral", "''-twice", "'plain apostrophe", "'", "it's"),
                List.of("Zürich ☕", "東京", "emoji 🚀", "—", "naïve"),
                List.of("", "", ""),
                List.of("\"", "\"\"", ",", "\r\n", " spaced "));

        List<List<String>> read = CsvWriter.read(CsvWriter.write(HEADER, rows));

        List<List<String>> expected = new ArrayList<>();
        expected.add(HEADER);
        expected.addAll(rows);
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void aRowWithOneEmptyCellIsKeptAndNoRecordFollowsTheLastLineEnd() {
        List<List<String>> rows = List.of(List.of(""), List.of("x"), List.of(""));

        assertThat(CsvWriter.read(CsvWriter.write(null, rows))).isEqualTo(rows);
        assertThat(CsvWriter.read("")).isEmpty();
    }

    @Test
    void nullCellsAreWrittenEmpty() {
        assertThat(CsvWriter.write(null, List.of(Arrays.asList("a", null, "c")))).isEqualTo("a,,c\r\n");
    }

    @Test
    void readingAcceptsLfLineEndsAndNoFinalLineEnd() {
        assertThat(CsvWriter.read("a,b\nc,\"d\ne\"")).isEqualTo(List.of(List.of("a", "b"), List.of("c", "d\ne")));
        assertThat(CsvWriter.read("'-5,'x")).isEqualTo(List.of(List.of("-5", "'x")));
    }

    @Test
    void aQuotedCellLeftOpenOrFollowedByTextIsRefused() {
        assertThatThrownBy(() -> CsvWriter.read("a,\"open\r\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> CsvWriter.read("\"closed\"x,b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the closing quote");
    }
}
