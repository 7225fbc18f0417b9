package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.CompareService;
import com.counteroffer.service.Services;
import com.counteroffer.testing.BadRows;
import com.counteroffer.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One row another tool (or a flipped bit) spoiled never makes the database unusable: each command
 * prints what it can read, names each unreadable row on standard error (file, table, row, client,
 * what is wrong), never a stack trace, and leaves the row exactly as it was. The exit code is 3 when
 * the command's own answer had to leave a row out, 0 with a warning when only other rows are bad.
 */
class UnreadableRowsCommandTest {

    /** Offer 3, the one spoiled in most tests. */
    private static final String CONTOSO = "Contoso Robotics";

    @TempDir
    Path folder;

    private Path file;
    private String db;

    /** Offers 1 (Northwind), 2 (Lattice AI), 3 (Contoso); their scenario, a comparison, a plan, a profile, a note. */
    @BeforeEach
    void saveOneOfEverything() {
        file = folder.resolve("counteroffer.db");
        db = file.toString();
        try (Services services = Services.open(file)) {
            services.offers().add(1, Samples.bigTech());
            services.offers().add(1, Samples.startup());
            services.offers().add(1, Offer.basic(CONTOSO, 180_000));
            SavedComparison scenario = CompareService.defaultScenario(services.offers().list(1));
            services.compare().saveScenario(1, scenario);
            services.compare().save(1, scenario.named("All three"));
            services.negotiation().saveWorkspace(1, 1, NegotiationWorkspace.fresh(null, LocalDate.of(2026, 12, 1)));
            services.profiles().save(1, new Profile(Level.SENIOR, 7, List.of(), "seattle", null, null, null, Set.of(),
                    180_000L, null, null, null, MarketAssumptions.NONE));
            services.notes().add(1, "Asked for 230k");
        }
    }

    private void spoilOffer3WithANegativeBase() {
        BadRows.execute(file, "UPDATE offer SET document = json_set(document, '$.base', -5) WHERE id = 3");
    }

    private String offer3() {
        return BadRows.text(file, "SELECT document FROM offer WHERE id = 3");
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("unexpected error");
    }

    @Test
    void offersListShowsTheReadableOffersAndNamesTheBadOneOnStandardErrorWithExit3() {
        spoilOffer3WithANegativeBase();
        String spoiled = offer3();

        CliRun run = CliRun.of("offers", "list", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).contains("Northwind Cloud").contains("Lattice AI").doesNotContain(CONTOSO);
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("offer 3").contains("client \"Me\"").contains("table offer").contains("row 3")
                .contains(file.toAbsolutePath().toString()).contains("base").contains("0 or more")
                .contains("restore a backup"));
        assertNoStackTrace(run);
        assertThat(offer3()).as("the row is kept as it was").isEqualTo(spoiled);
    }

    @Test
    void offersListAsJsonStillPrintsTheReadableOffers() {
        spoilOffer3WithANegativeBase();

        CliRun run = CliRun.of("offers", "list", "--json", "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).contains("Northwind Cloud").contains("Lattice AI").doesNotContain(CONTOSO);
        assertThat(run.err()).contains("offer 3");
        assertNoStackTrace(run);
    }

    @Test
    void showingExactlyTheBadOfferExits3NamingIt() {
        spoilOffer3WithANegativeBase();

        CliRun run = CliRun.of("offers", "show", "3", "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("offer 3").contains("table offer").contains("row 3").contains("base");
        assertNoStackTrace(run);

        CliRun projection = CliRun.of("projection", "--offer", "3", "--db", db);
        assertThat(projection.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(projection.err()).contains("offer 3").contains("table offer");
        assertNoStackTrace(projection);
    }

    @Test
    void showingAGoodOfferExits0AndWarnsAboutTheBadOne() {
        spoilOffer3WithANegativeBase();

        CliRun run = CliRun.of("offers", "show", "1", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Northwind Cloud");
        assertThat(run.err().lines()).singleElement().satisfies(line ->
                assertThat(line).contains("warning").contains("offer 3").contains("table offer"));
        assertNoStackTrace(run);
    }

    @Test
    void aKeyANewerVersionCouldAddNamesTheRowAndSaysANewerVersionMayHaveWrittenIt() {
        BadRows.execute(file, "UPDATE offer SET document = json_set(document, '$.pay_band', 'L5') WHERE id = 3");
        String spoiled = offer3();

        CliRun run = CliRun.of("offers", "list", "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).contains("Northwind Cloud").contains("Lattice AI").doesNotContain(CONTOSO);
        assertThat(run.err()).contains("offer 3").contains("pay_band").contains("newer version");
        assertNoStackTrace(run);
        assertThat(offer3()).isEqualTo(spoiled);
    }

    @Test
    void aFlippedBitInAnOffersDocumentNamesTheRow() {
        BadRows.flipABitOfOffer(file, 3);

        CliRun run = CliRun.of("offers", "list", "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).contains("Northwind Cloud").contains("Lattice AI");
        assertThat(run.err()).contains("offer 3").contains("not valid JSON");
        assertNoStackTrace(run);
    }

    @Test
    void compareComparesTheReadableOffersOfTheScenarioAndNamesTheBadOne() {
        spoilOffer3WithANegativeBase();

        CliRun run = CliRun.of("compare", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).contains("Northwind Cloud").contains("Lattice AI").doesNotContain(CONTOSO);
        assertThat(run.err()).contains("offer 3").contains("table offer");
        assertNoStackTrace(run);
    }

    @Test
    void compareWithAGarbageScenarioUsesTheDefaultOneAndExits3() {
        BadRows.execute(file, "UPDATE compare_scenario SET document = 'garbage' WHERE client_id = 1");

        CliRun run = CliRun.of("compare", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).contains("Northwind Cloud").contains("Lattice AI").contains(CONTOSO);
        assertThat(run.err()).contains("compare scenario").contains("table compare_scenario");
        assertNoStackTrace(run);
    }

    @Test
    void aGarbageSavedComparisonOnlyWarnsACompareThatDoesNotUseIt() {
        BadRows.execute(file, "UPDATE comparison SET document = '[1, 2' WHERE name = 'All three'");

        CliRun run = CliRun.of("compare", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(CONTOSO);
        assertThat(run.err()).contains("warning").contains("saved comparison \"All three\"")
                .contains("table comparison");
        assertNoStackTrace(run);
    }

    @Test
    void negotiatePlansWithoutTheBadOfferAndSaysItWasLeftOut() {
        spoilOffer3WithANegativeBase();

        CliRun run = CliRun.of("negotiate", "--offer", "1", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).contains("Counter plan for Northwind Cloud").contains("Offer 3")
                .contains("could not be read");
        assertThat(run.err()).contains("offer 3").contains("table offer");
        assertNoStackTrace(run);
    }

    @Test
    void negotiateWithAGarbageWorkspacePlansWithTheDefaultsAndNamesIt() {
        BadRows.execute(file, "UPDATE negotiation SET document = '{\"format\": 7}' WHERE offer_id = 1");
        String spoiled = BadRows.text(file, "SELECT document FROM negotiation WHERE offer_id = 1");

        CliRun run = CliRun.of("negotiate", "--offer", "1", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.out()).contains("Counter plan for Northwind Cloud");
        assertThat(run.err()).contains("negotiation workspace of offer 1").contains("table negotiation");
        assertNoStackTrace(run);
        assertThat(BadRows.text(file, "SELECT document FROM negotiation WHERE offer_id = 1")).isEqualTo(spoiled);
    }

    @Test
    void exportWritesWhatIsReadableAndNamesWhatIsNot() throws Exception {
        spoilOffer3WithANegativeBase();
        Path out = folder.resolve("export.json");

        CliRun run = CliRun.of("export", out.toString(), "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(Files.readString(out)).contains("Northwind Cloud").contains("Lattice AI").doesNotContain(CONTOSO);
        assertThat(run.err()).contains("offer 3").contains("table offer");
        assertNoStackTrace(run);
    }

    @Test
    void aBadProfileOrNoteRowOnlyWarnsWhereItIsNotNeeded() {
        BadRows.execute(file, "UPDATE profile SET md_county_rate = 'three percent' WHERE client_id = 1");
        BadRows.execute(file, "UPDATE session_note SET written_at = 'last tuesday'");

        CliRun run = CliRun.of("offers", "list", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Northwind Cloud").contains(CONTOSO);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("profile of client \"Me\"").contains("table profile")
                .contains("session note").contains("table session_note");
        assertNoStackTrace(run);
    }

    @Test
    void aBadProfileIsNeededByPositionWhichExits3() {
        BadRows.execute(file, "UPDATE profile SET md_county_rate = 'three percent' WHERE client_id = 1");

        CliRun run = CliRun.of("position", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.STORAGE);
        assertThat(run.err()).contains("profile of client \"Me\"").contains("md_county_rate");
        assertNoStackTrace(run);
    }
}
