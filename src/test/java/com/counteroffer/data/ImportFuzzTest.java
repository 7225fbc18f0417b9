package com.counteroffer.data;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.input.ImportException;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
        if (format.equals("csv")) {
            return OfferCsv.write(List.of(new ClientBundle("Client", offers, List.of())), true);
        }
        // A whole client, so the fuzzing reaches the profile, rounds, workspace, scenario and notes too.
        List<ClientBundle.OfferEntry> entries = new ArrayList<>();
        for (Offer offer : offers) {
            entries.add(new ClientBundle.OfferEntry(offer, List.of(
                    new ClientBundle.Round(1, LocalDate.of(2026, 2, 1), ProposedBy.EMPLOYER, "Initial offer", "", false,
                            offer),
                    new ClientBundle.Round(2, LocalDate.of(2026, 2, 9), ProposedBy.CANDIDATE, "Ask", "note", true,
                            offers.get(0))),
                    NegotiationWorkspace.fresh(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1))
                            .withTalkingPoints(List.of("point")).withWalkAway(BigDecimal.valueOf(random.nextInt(300_000)))));
        }
        Profile profile = new Profile(Level.MID, random.nextInt(40), List.of("project"), "sf", UsState.CA, Education.BS,
                "big_tech", Set.of("mlops"), 150_000L, null, 20_000L, null,
                new MarketAssumptions(new MarketAssumptions.Factor(new BigDecimal("1.05"), "why"), null, null,
                        Set.of("ai_skills")), new TaxSettings(FilingStatus.SINGLE, false, new BigDecimal("0.03"), 5_000));
        SavedComparison scenario = new SavedComparison("current scenario", List.of(0L), 4, BigDecimal.ZERO, Map.of(),
                null, null, null);
        return ExportJson.write(List.of(new ClientBundle("Client", profile, entries, List.of(), scenario,
                List.of(new ClientBundle.Note(Instant.parse("2026-02-03T09:00:00Z"), "a note")))));
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
