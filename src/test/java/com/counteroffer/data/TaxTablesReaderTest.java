package com.counteroffer.data;

import com.counteroffer.domain.input.InputFileException;
import com.counteroffer.domain.input.TaxTableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.tax.Figure;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Jurisdiction;
import com.counteroffer.domain.tax.JurisdictionId;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxTables;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TaxTablesReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theBuiltInTablesCoverEveryJurisdictionWithSourcedFigures() {
        TaxTables tables = TaxTablesReader.builtIn();

        assertThat(tables.taxYear()).isEqualTo(2026);
        assertThat(tables.jurisdictions()).containsOnlyKeys(JurisdictionId.values());
        // Every one of the 50 states and DC has its tables; only OTHER (outside them) has none.
        for (StateCode state : StateCode.values()) {
            assertThat(state.jurisdiction().map(tables::get)).as(state.label()).isEqualTo(state == StateCode.OTHER
                    ? java.util.Optional.empty() : java.util.Optional.of(tables.get(JurisdictionId.valueOf(state.name()))));
        }
        assertThat(StateCode.values()).hasSize(52);
        assertThat(tables.electiveDeferralLimit()).isEqualByComparingTo("24500");
        Jurisdiction federal = tables.get(JurisdictionId.FEDERAL);
        assertThat(federal.schedule(FilingStatus.HEAD_OF_HOUSEHOLD).brackets().get(4).from())
                .isEqualByComparingTo("201750");
        assertThat(federal.figure("standard_deduction", FilingStatus.HEAD_OF_HOUSEHOLD).value())
                .isEqualByComparingTo("24150");
        assertThat(federal.source("irs-rp-2025-32").orElseThrow().title()).contains("Revenue Procedure 2025-32");

        Jurisdiction california = tables.get(JurisdictionId.CA);
        assertThat(california.scheduleYear()).isEqualTo(2025);
        assertThat(california.label()).isEqualTo("2025 schedule, used for 2026 until the 2026 schedule is published");
        assertThat(california.figure("sdi_rate").value()).isEqualByComparingTo("0.013");
        assertThat(california.covers(FilingStatus.HEAD_OF_HOUSEHOLD)).isTrue();
        assertThat(tables.get(JurisdictionId.VA).figure("standard_deduction", FilingStatus.HEAD_OF_HOUSEHOLD).value())
                .isEqualByComparingTo("8750");

        Jurisdiction ny = tables.get(JurisdictionId.NY);
        assertThat(ny.figure("pfl_max").value()).isEqualByComparingTo("411.91");
        assertThat(ny.supplementalTax().steps().get(FilingStatus.MARRIED_JOINT)).hasSize(5);

        assertThat(tables.get(JurisdictionId.DC).figure("standard_deduction", FilingStatus.SINGLE).status())
                .isEqualTo(FigureStatus.UNCERTAIN);
        assertThat(tables.get(JurisdictionId.WA).figure("pfml_rate").status()).isEqualTo(FigureStatus.DERIVED);
        assertThat(tables.get(JurisdictionId.WA).figure("pfml_wage_cap").status()).isEqualTo(FigureStatus.UNCERTAIN);
        // the full §10-211(c) phase-out is modelled now, so its start is a verified figure with its statute
        Figure mdStart = tables.get(JurisdictionId.MD).figure("personal_exemption_phaseout_start_single");
        assertThat(mdStart.status()).isEqualTo(FigureStatus.VERIFIED);
        assertThat(mdStart.sourceId()).isEqualTo("md-tg-10-211");
        assertThat(tables.get(JurisdictionId.NYC).figure("school_credit_fixed_joint").value())
                .isEqualByComparingTo("125");
        assertThat(tables.get(JurisdictionId.TX).incomeTax().levied()).isFalse();
    }

    private static ObjectNode builtIn(String file) throws IOException {
        try (InputStream in = TaxTablesReader.class.getResourceAsStream("tax/" + file)) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    private static TaxTableException refused(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = builtIn(file);
        change.accept(root);
        byte[] bytes = MAPPER.writeValueAsBytes(root);
        return (TaxTableException) org.assertj.core.api.Assertions.catchThrowable(
                () -> TaxTablesReader.read(new ByteArrayInputStream(bytes), file));
    }

    private static ObjectNode at(ObjectNode root, String... path) {
        ObjectNode node = root;
        for (String field : path) {
            node = (ObjectNode) node.get(field);
        }
        return node;
    }

    @Test
    void aMissingFigureIsNamedByItsPath() throws IOException {
        TaxTableException error = refused("ny-2026.json", root -> at(root, "figures").remove("pfl_max"));

        assertThat(error.problems()).containsExactly("figures.pfl_max: missing; add an object { ... }");
        assertThat(error.getMessage()).startsWith("ny-2026.json: figures.pfl_max");
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        TaxTableException error = refused("federal-2026.json", root -> {
            at(root, "schedules", "single").put("status", "guessed");
            ((ObjectNode) ((ArrayNode) at(root, "schedules", "married_joint").get("brackets")).get(2))
                    .put("rate_percent", "22");
            at(root, "by_filing", "standard_deduction", "head_of_household").put("source", "nowhere");
            at(root, "figures").putObject("mortgage_interest_cap").put("amount", 750000);
        });

        assertThat(error.problems()).containsExactlyInAnyOrder(
                "schedules.single.status: expected one of verified, secondary, derived, uncertain, found \"guessed\"",
                "schedules.married_joint.brackets[2].rate_percent: expected a rate in percent from 0 to below 100, "
                        + "such as 6.85, found \"22\"",
                "by_filing.standard_deduction.head_of_household.source: unknown source \"nowhere\"; use one of the "
                        + "ids in sources: irs-rp-2025-32, irs-notice-2025-67, policyengine-amt, secure-2-0, "
                        + "irs-rp-2025-19, pl-119-21-salt",
                "figures.mortgage_interest_cap: unknown field; remove it or use one of elective_deferral_limit, "
                        + "amt_low_rate, amt_high_rate, amt_high_rate_threshold, amt_phaseout_rate, catch_up_limit, "
                        + "catch_up_limit_60_to_63, catch_up_roth_wage_threshold, hsa_limit_self, hsa_limit_family, "
                        + "hsa_catch_up, salt_cap, salt_phaseout_threshold, salt_phaseout_rate, salt_floor");
    }

    @Test
    void bracketsMustStartAtZeroAndRise() throws IOException {
        TaxTableException error = refused("md-2026.json", root -> {
            ArrayNode brackets = (ArrayNode) at(root, "schedules", "single").get("brackets");
            ((ObjectNode) brackets.get(0)).put("from", 1);
            ((ObjectNode) brackets.get(5)).put("from", 90000);
        });

        assertThat(error.problems()).containsExactlyInAnyOrder(
                "schedules.single.brackets[0].from: the first bracket must start at 0, found 1",
                "schedules.single.brackets[5].from: must be above the previous bracket's 100000, found 90000");
    }

    @Test
    void anUncertainFigureMustSayWhatIsAssumed() throws IOException {
        TaxTableException error = refused("dc-2026.json",
                root -> at(root, "by_filing", "standard_deduction", "single").remove("note"));

        assertThat(error.problems()).singleElement().asString()
                .startsWith("by_filing.standard_deduction.single.note: missing; an uncertain figure needs a note");
    }

    @Test
    void anOlderScheduleMustBeLabelled() throws IOException {
        TaxTableException error = refused("ca-2025.json", root -> root.remove("label"));

        assertThat(error.problems()).singleElement().asString()
                .startsWith("label: missing; the schedule is for 2025, not the tax year 2026");
    }

    @Test
    void theSupplementalTaxStepsAreChecked() throws IOException {
        TaxTableException error = refused("ny-2026.json", root -> {
            ArrayNode single = (ArrayNode) at(root, "supplemental_tax").get("single");
            ((ObjectNode) single.get(1)).put("recapture_base", -567);
            ((ObjectNode) single.get(2)).remove("incremental_benefit");
        });

        assertThat(error.problems()).containsExactlyInAnyOrder(
                "supplemental_tax.single[1].recapture_base: expected a whole number of dollars, 0 or more, found -567",
                "supplemental_tax.single[2].incremental_benefit: missing; add a whole number of dollars");
    }

    @Test
    void fieldsThatDoNotBelongToTheJurisdictionAreRefused() throws IOException {
        TaxTableException error = refused("tx-2026.json", root -> {
            root.set("supplemental_tax", MAPPER.createObjectNode());
            at(root, "income_tax").put("levied", true);
        });

        assertThat(error.problems()).containsExactlyInAnyOrder(
                "income_tax.levied: expected false for these tables, found true",
                "supplemental_tax: not used here (only New York's tables have a supplemental tax); remove it");
    }

    @Test
    void theFormatAndJurisdictionMustBeKnown() throws IOException {
        assertThat(refused("wa-2026.json", root -> root.put("format", "counteroffer.tax/2")).problems())
                .containsExactly("format: expected \"counteroffer.tax/1\", found \"counteroffer.tax/2\"; this version "
                        + "of Counteroffer reads only that format");
        assertThat(refused("wa-2026.json", root -> root.put("jurisdiction", "zz")).problems())
                .singleElement().asString().startsWith("jurisdiction: expected one of federal, fica, ca, ny, nyc, ")
                .contains(", or, ").endsWith(", wy, found \"zz\"");
    }

    @Test
    void brokenJsonSaysWhere() {
        byte[] bytes = "{\"format\": \"counteroffer.tax/1\",\n  \"name\": }".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TaxTablesReader.read(new ByteArrayInputStream(bytes), "broken.json"))
                .isInstanceOf(TaxTableException.class).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("broken.json: not valid JSON at line 2");
    }
}
