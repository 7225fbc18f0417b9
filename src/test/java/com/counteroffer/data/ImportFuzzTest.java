package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.offer.Offer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The importers fed random bytes, truncated files, huge numbers, odd Unicode and wrong encodings:
 * the outcome is always a fully checked batch or an {@link ImportException} with problems, never
 * another exception, and never a batch missing some of the file's offers.
 */
class ImportFuzzTest {

    @Property(tries = 300)
    void randomBytesAreReadOrRefusedWithProblems(@ForAll byte[] bytes) {
        assertReadOrRefused(bytes);
    }

    @Property(tries = 200)
    void randomOffersSurviveTheCsvRoundTrip(@ForAll long seed) {
        Random random = new Random(seed);
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            offers.add(OfferJsonTest.randomOffer(random));
        }
        String csv = OfferCsv.write(List.of(new ClientBundle("Client " + seed, offers, List.of())), true);

        assertThat(ImportReaderTest.read(csv).clients().get(0).offers()).as(csv).isEqualTo(offers);
    }

    @Property(tries = 300)
    void truncatedFilesAreReadWhole_orRefused(@ForAll long seed, @ForAll("formats") String format,
                                              @ForAll @IntRange(min = 0, max = 100) int percentKept) {
        String text = document(new Random(seed), format);
        String truncated = text.substring(0, text.length() * percentKept / 100);

        ImportBatch batch = assertReadOrRefused(truncated.getBytes(StandardCharsets.UTF_8));

        if (batch != null && format.equals("csv")) {
            long rows = CsvWriter.read(truncated).stream()
                    .filter(record -> record.stream().anyMatch(cell -> !cell.isBlank())).count() - 1;
            assertThat(batch.offerCount()).as("every row of the file is in the batch").isEqualTo(rows);
        }
    }

    @Property(tries = 400)
    void oddCellsAreReadOrRefusedAndARefusedFileYieldsNoOffers(@ForAll long seed, @ForAll("oddValues") String odd,
                                                               @ForAll("formats") String format) {
        Random random = new Random(seed);
        String text = document(random, format);
        String changed = format.equals("csv") ? replaceCell(text, random, odd) : replaceValue(text, random, odd);

        assertReadOrRefused(changed.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void otherEncodingsAreRefusedOrReadAsTheSameText(@ForAll long seed, @ForAll("charsets") String charset) {
        String text = document(new Random(seed), "csv").replace("Client", "Clïent ☃ 𝄞");

        assertReadOrRefused(text.getBytes(Charset.forName(charset)));
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("csv", "json");
    }

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("UTF-16", "UTF-16LE", "ISO-8859-1", "windows-1252", "UTF-32");
    }

    @Provide
    Arbitrary<String> oddValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("1e999999999", "-1e-999999999", "1e2147483647", "99999999999999999999999999999999999", "NaN",
                        "Infinity", "-0", "0x10", "1,000", "１２３", "\u202e", "\uFEFF", "\u0000", "\"", "\"\"\"",
                        "=1+1", "'=1+1", "@SUM(A1)", "\t", "\r", "\n", "[", "{", "}", "]", "null", "true", "",
                        "𝄞𝄞𝄞", "e\u0301", "\uD800"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(400));
    }

    /** Reads and returns the batch, or null when refused; fails on any other outcome. */
    private static ImportBatch assertReadOrRefused(byte[] bytes) {
        try {
            ImportBatch batch = ImportReader.read(bytes, "fuzz", ProgressListener.NONE, () -> false);
            assertThat(batch.clients()).allSatisfy(client -> assertThat(client.offers()).doesNotContainNull());
            return batch;
        } catch (ImportException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
            return null;
        }
    }

    private static String document(Random random, String format) {
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            offers.add(OfferJsonTest.randomOffer(random));
        }
        List<ClientBundle> clients = List.of(new ClientBundle("Client", offers, List.of()));
        return format.equals("csv") ? OfferCsv.write(clients, true) : ExportJson.write(clients);
    }

    private static String replaceCell(String csv, Random random, String odd) {
        List<List<String>> records = CsvWriter.read(csv);
        List<String> record = records.get(random.nextInt(records.size()));
        record.set(random.nextInt(record.size()), odd);
        return CsvWriter.write(null, records);
    }

    /** Puts the odd text, raw, where a JSON value was: the result may not even be JSON. */
    private static String replaceValue(String json, Random random, String odd) {
        int colon = json.indexOf(" : ", random.nextInt(json.length()));
        if (colon < 0) {
            return json + odd;
        }
        int end = colon + 3;
        while (end < json.length() && ",\n}]".indexOf(json.charAt(end)) < 0) {
            end++;
        }
        return json.substring(0, colon + 3) + (random.nextBoolean() ? odd : "\"" + odd + "\"") + json.substring(end);
    }
}
