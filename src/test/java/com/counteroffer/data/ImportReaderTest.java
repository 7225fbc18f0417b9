package com.counteroffer.data;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.domain.input.ImportProblem;
import com.counteroffer.domain.input.ImportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.DecisionMatrix;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.RetirementMatch;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Export formats written and read back, and files with problems refused whole with every problem listed. */
class ImportReaderTest {

    private static final Path SAMPLES = Path.of("assets", "sample-offers");

    @Test
    void csvOfSeveralClientsReadsBackEqualOffersGroupedByClient() throws IOException {
        List<ClientBundle> clients = List.of(new ClientBundle("Ana", samples(), List.of()),
                new ClientBundle("Bo", List.of(samples().get(0)), List.of()));

        String csv = OfferCsv.write(clients, true);
        ImportBatch batch = read(csv);

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("client,format,company,title,");
        assertThat(batch.clients()).extracting(ClientBundle::name).containsExactly("Ana", "Bo");
        assertThat(batch.clients().get(0).offers()).isEqualTo(samples());
        assertThat(batch.clients().get(1).offers()).containsExactly(samples().get(0));
    }

    @Test
    void cellsASpreadsheetWouldRunAreNeutralisedAndImportGivesThemBack() throws IOException {
        Offer risky = withText(samples().get(0), "=HYPERLINK(\"http://x\")", "-5 % if I leave\n@boss +1");
        String csv = OfferCsv.write(List.of(new ClientBundle("Ana", List.of(risky), List.of())), true);

        assertThat(csv).contains(",\"'=HYPERLINK(").contains("\"'-5 % if I leave");
        assertThat(read(csv).clients().get(0).offers()).containsExactly(risky);
    }

    @Test
    void jsonExportKeepsComparisonsWithTheirOffersByPosition() throws IOException {
        DecisionMatrix matrix = new DecisionMatrix(List.of(new DecisionMatrix.Factor("Team", 4, Map.of("0", 5, "2", 3))));
        SavedComparison comparison = new SavedComparison("Final two", List.of(0L, 2L), 5, new BigDecimal("3.00"),
                Map.of(2L, new BigDecimal("-0.95")), 18, 2L, matrix);
        ClientBundle client = new ClientBundle("Ana", samples(), List.of(comparison));

        ImportBatch batch = read(ExportJson.write(List.of(client)));

        assertThat(batch.format()).isEqualTo(ExportJson.FORMAT);
        assertThat(batch.clients()).containsExactly(client);
    }

    @Test
    void aSingleOfferFileImportsAsOneOfferForTheChosenClient() throws IOException {
        ImportBatch batch = read(Files.readString(SAMPLES.resolve("sample-current-job.json")));

        assertThat(batch.clients()).hasSize(1);
        assertThat(batch.clients().get(0).name()).isNull();
        assertThat(batch.offerCount()).isEqualTo(1);
    }

    @Test
    void everyBadRowIsListedWithItsRowFieldAndReason() {
        String csv = "company,base,level,equity.type,equity.grant_value\r\n"
                + "Acme,abc,staff,rsu,100000\r\n"
                + "Good,200000,senior,rsu,400000\r\n"
                + ",150000,senior,,\r\n"
                + "Short,1\r\n";

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::row, ImportProblem::field)
                        .contains(org.assertj.core.groups.Tuple.tuple("row 2", "base"),
                                org.assertj.core.groups.Tuple.tuple("row 2", "level"),
                                org.assertj.core.groups.Tuple.tuple("row 4", "company"),
                                org.assertj.core.groups.Tuple.tuple("row 5", ""))
                        .doesNotContain(org.assertj.core.groups.Tuple.tuple("row 3", "base")));
    }

    @Test
    void theMatchColumnsAreItsPathsAndAnOlderSheetsCapColumnIsTheShareOfPay() {
        String csv = "company,base,k401_match.rate_pct,k401_match.on_first_pct_of_pay,k401_match.annual_cap\n"
                + "New,210000,50,6,5000\n";
        String older = "company,base,k401_match.rate_pct,k401_match.cap_pct_of_base\nOld,210000,50,6\n";
        String both = "company,base,k401_match.rate_pct,k401_match.on_first_pct_of_pay,k401_match.cap_pct_of_base\n"
                + "Both,210000,50,6,6\n";

        Offer offer = read(csv).clients().get(0).offers().get(0);
        assertThat(offer.match()).isEqualTo(new RetirementMatch(BigDecimal.valueOf(50), BigDecimal.valueOf(6), 5_000L));
        Offer old = read(older).clients().get(0).offers().get(0);
        assertThat(old.match()).isEqualTo(new RetirementMatch(BigDecimal.valueOf(50), BigDecimal.valueOf(6)));
        assertThat(OfferCsv.write(List.of(new ClientBundle(null, List.of(old), List.of())), false))
                .contains("k401_match.on_first_pct_of_pay").doesNotContain("cap_pct_of_base");
        assertThatThrownBy(() -> read(both)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::row, ImportProblem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("row 2", "k401_match.cap_pct_of_base")));
    }

    @Test
    void headerProblemsAreReportedBeforeAnyRow() {
        assertThatThrownBy(() -> read("company,company,Base Salary\nAcme,Acme,1\n"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::describe)
                        .contains("row 1, company: this column appears twice; keep one")
                        .anyMatch(text -> text.startsWith("row 1, Base Salary: not a column name"))
                        .anyMatch(text -> text.startsWith("row 1, base: no column called base")));
    }

    @Test
    void anUnknownColumnIsReportedOnceWithTheKeyItProbablyMeant() {
        StringBuilder csv = new StringBuilder("company,bsae,base\n");
        for (int i = 0; i < 50; i++) {
            csv.append("Acme ").append(i).append(",1,200000\n");
        }

        assertThatThrownBy(() -> read(csv.toString())).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).describe()).startsWith("row 1, bsae: unknown key; did you mean \"base\"?");
        });
    }

    @Test
    void numbersNoAmountCanBeAreRefusedBeforeAnythingComputesWithThem() {
        for (String number : new String[] {"1e999999999", "1e2147483647", "1e-999999999", "123456789012345678901234"}) {
            String json = "{\"format\":\"counteroffer.export/1\",\"clients\":[{\"name\":\"Z\",\"offers\":["
                    + "{\"format\":\"counteroffer.offer/1\",\"company\":\"A\",\"base\":1,\"equity\":{\"type\":\"rsu\","
                    + "\"grant_value\":1000,\"vesting\":[100, " + number + "]}}]}]}";

            assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(20), () -> read(json)))
                    .as(number).isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                            .extracting(ImportProblem::field).containsExactly("clients[0].offers[0].equity.vesting[1]"));
        }
    }

    @Test
    void rowsKeepTheirSpreadsheetNumbersAcrossBlankLinesAndTwoColumnsMayNotClaimOnePlace() {
        String csv = "company,base,equity.type,equity.grant_value,equity.vesting.yearly_pct[0],equity.vesting\n"
                + "\n"
                + "Good,200000,,,,\n"
                + "Clash,200000,rsu,1000,100,standard\n";

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::row, ImportProblem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("row 4", "equity.vesting")));
    }

    @Test
    void clientNamesAreCheckedWithTheRowsTheyAreOn() {
        String csv = "client,company,base\nAna,A,1\n\"Bad\nName\",B,2\n";

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::describe)
                        .containsExactly("row 3, client: The name: a line break at character 4; keep it on one line."));
    }

    @Test
    void csvKeepsTextCellsExactlyAsAnOfferFileDoesAndIgnoresSpacesOnlyAroundNumbersAndIds() {
        String csv = "company,title,notes,base,status\r\n"
                + "  Acme  , Staff engineer ,\"  indented\n  note  \", 150000 , received \r\n";

        Offer offer = read(csv).clients().get(0).offers().get(0);

        assertThat(offer.company()).isEqualTo("  Acme  ");
        assertThat(offer.title()).isEqualTo(" Staff engineer ");
        assertThat(offer.notes()).isEqualTo("  indented\n  note  ");
        assertThat(offer.base()).isEqualTo(150_000);
        assertThat(offer.status()).isEqualTo(com.counteroffer.domain.offer.OfferStatus.RECEIVED);
    }

    @Test
    void everyTextInAnExportIsHeldToTheSameLimitsAsTheForms() {
        String offer = "{\"format\":\"counteroffer.offer/1\",\"company\":\"A\",\"base\":1000}";
        String json = "{\"format\":\"counteroffer.export/2\",\"clients\":[{\"name\":\"Z\","
                + "\"profile\":{\"level\":\"mid\",\"projects\":[\"" + "p".repeat(201) + "\"]},"
                + "\"offers\":[{\"terms\":" + offer + ",\"rounds\":[{\"number\":1,\"date\":\"2026-02-01\","
                + "\"proposed_by\":\"employer\",\"label\":\"" + "l".repeat(201) + "\",\"note\":\"ok\\nok\","
                + "\"terms\":" + offer + "}],"
                + "\"negotiation\":{\"talking_points\":[\"one\\ntwo\"],\"checklist\":[{\"text\":\"bell\\u0007\"}]}}],"
                + "\"comparisons\":[{\"name\":\"" + "c".repeat(201) + "\",\"offer_ids\":[0],\"years\":4}],"
                + "\"notes\":[{\"written_at\":\"2026-03-01T10:15:00Z\",\"text\":\"" + "n".repeat(10_001) + "\"}]}]}";

        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::describe).containsExactlyInAnyOrder(
                        "clients[0], profile.projects[0]: 201 characters long; the limit is 200 — shorten it",
                        "clients[0].offers[0], rounds[0].label: 201 characters long; the limit is 200 — shorten it",
                        "clients[0].offers[0], negotiation.talking_points[0]: a line break at character 4; keep it on one line",
                        "clients[0].offers[0], negotiation.checklist[0].text: a control character (U+0007) at character 5; remove it",
                        "clients[0].comparisons[0], name: 201 characters long; the limit is 200 — shorten it",
                        "clients[0].notes[0], text: 10,001 characters long; the limit is 10,000 — shorten it"));
    }

    @Test
    void aCsvWithEveryRowBadListsTheFirstHundredProblemsAndStopsCheckingThere() {
        StringBuilder csv = new StringBuilder("company,base\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append("Acme,lots\n");
        }
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        // Reading asks whether to stop every 250 rows: asked at most once means it stopped near the top.
        assertThatThrownBy(() -> ImportReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), "bad.csv",
                ProgressListener.NONE, () -> asked.incrementAndGet() < 0))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).hasSize(ImportException.MAX_LISTED + 1);
                    assertThat(e.problems().subList(0, ImportException.MAX_LISTED)).allSatisfy(problem ->
                            assertThat(problem.field()).isEqualTo("base"));
                    assertThat(e.problems().get(ImportException.MAX_LISTED).describe()).isEqualTo(
                            "row 102: and more problems; checking stopped here after the first 100. Fix these and "
                                    + "import the file again to see the rest");
                    assertThat(e.truncated()).isTrue();
                });
        assertThat(asked.get()).isLessThanOrEqualTo(1);
    }

    @Test
    void aHeaderOfThousandsOfBadColumnsListsTheFirstHundred() {
        String csv = "company,base" + ",".repeat(50_000) + "\nAcme,1\n";

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problems()).hasSize(ImportException.MAX_LISTED + 1);
            assertThat(e.problems().get(0).describe()).startsWith("row 1: a column has no name");
            assertThat(e.truncated()).isTrue();
        });
    }

    @Test
    void aJsonFileOfMillionsOfValuesIsRefusedBeforeItIsBuiltInMemory() {
        String json = "{\"format\":\"counteroffer.export/2\",\"clients\":[" + "{},".repeat(2_500_000) + "{}]}";

        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::describe).containsExactly(
                        "file: the file holds more than 2,000,000 JSON values; an export of 20,000 offers holds under "
                                + "a million. Split it into smaller files"));
    }

    @Test
    void exactlyAHundredProblemsAreAllListedWithoutAMore() {
        StringBuilder csv = new StringBuilder("company,base\n");
        for (int i = 0; i < ImportException.MAX_LISTED; i++) {
            csv.append("Acme,lots\n");
        }

        assertThatThrownBy(() -> read(csv.toString())).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problems()).hasSize(ImportException.MAX_LISTED);
            assertThat(e.truncated()).isFalse();
        });
    }

    @Test
    void anExportWithEveryOfferBadListsTheFirstHundredProblemsAndStopsCheckingThere() {
        StringBuilder json = new StringBuilder("{\"format\":\"counteroffer.export/1\",\"clients\":[{\"name\":\"Z\",\"offers\":[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"format\":\"counteroffer.offer/1\",\"company\":\"A\",\"base\":-5}");
        }
        json.append("]}]}");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        assertThatThrownBy(() -> ImportReader.read(json.toString().getBytes(StandardCharsets.UTF_8), "bad.json",
                ProgressListener.NONE, () -> asked.incrementAndGet() < 0))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.problems()).hasSize(ImportException.MAX_LISTED + 1);
                    assertThat(e.problems().get(ImportException.MAX_LISTED).reason()).startsWith("and more problems");
                });
        assertThat(asked.get()).isLessThanOrEqualTo(1);
    }

    @Test
    void jsonProblemsNameTheOfferAndTheComparison() {
        String json = "{\"format\":\"counteroffer.export/1\",\"clients\":[{\"name\":\"Z\",\"offers\":["
                + "{\"format\":\"counteroffer.offer/1\",\"company\":\"A\",\"base\":-5}],"
                + "\"comparisons\":[{\"name\":\"x\",\"offer_ids\":[0,3],\"years\":40}]}]}";

        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ImportException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::describe).containsExactly(
                        "clients[0].offers[0], base: expected a whole number of dollars, 0 or more, found -5",
                        "clients[0].comparisons[0], offer_ids[1]: expected the position of one of this client's offers,"
                                + " 0 to 0, found 3",
                        "clients[0].comparisons[0], years: expected a whole number from 1 to 10, found 40"));
    }

    @Test
    void wrongEncodingsAndBinaryFilesAreRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> ImportReader.read("company,base\nCafé,1\n".getBytes(StandardCharsets.ISO_8859_1),
                "latin.csv", ProgressListener.NONE, () -> false)).hasMessageContaining("save it as UTF-8");
        assertThatThrownBy(() -> ImportReader.read("company".getBytes(StandardCharsets.UTF_16),
                "wide.csv", ProgressListener.NONE, () -> false)).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> ImportReader.read(new byte[] {'P', 'K', 3, 4, 0, 0}, "book.xlsx",
                ProgressListener.NONE, () -> false)).hasMessageContaining("not a text file");
        assertThatThrownBy(() -> ImportReader.read(new byte[0], "empty.csv", ProgressListener.NONE, () -> false))
                .hasMessageContaining("empty");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] csv = ("\uFEFF" + OfferCsv.write(List.of(new ClientBundle(null, samples(), List.of())), false))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ImportReader.read(csv, "bom.csv", ProgressListener.NONE, () -> false).offerCount())
                .isEqualTo(samples().size());
    }

    @Test
    void cancellingWhileReadingStops() throws IOException {
        List<Offer> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(samples().get(i % 3));
        }
        byte[] csv = OfferCsv.write(List.of(new ClientBundle(null, many, List.of())), false)
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportReader.read(csv, "many.csv", ProgressListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    static ImportBatch read(String text) {
        return ImportReader.read(text.getBytes(StandardCharsets.UTF_8), "test", ProgressListener.NONE, () -> false);
    }

    static List<Offer> samples() throws IOException {
        List<Offer> offers = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.sorted().toList()) {
                offers.add(OfferJson.read(Files.readString(file), file.getFileName().toString()));
            }
        }
        return offers;
    }

    private static Offer withText(Offer offer, String company, String notes) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = OfferJson.tree(offer);
        tree.put("company", company);
        tree.put("notes", notes);
        return OfferJson.fromTree(tree, "changed");
    }
}
