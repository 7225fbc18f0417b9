package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.input.TaxTableException;
import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.tax.Bracket;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.Jurisdiction;
import com.counteroffer.domain.tax.JurisdictionId;
import com.counteroffer.domain.tax.withholding.WithholdingTables;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WithholdingTablesReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theBuiltInFileHoldsTheFederalRulesEveryStateAndTheSafeHarbour() {
        WithholdingTables rules = WithholdingTablesReader.builtIn();

        assertThat(rules.taxYear()).isEqualTo(2026);
        assertThat(rules.states().keySet()).containsExactlyElementsOf(WithholdingTables.STATES);
        assertThat(rules.federal(WithholdingTables.SUPPLEMENTAL_RATE).value()).isEqualByComparingTo("0.22");
        assertThat(rules.federal(WithholdingTables.SUPPLEMENTAL_HIGH_RATE).value()).isEqualByComparingTo("0.37");
        assertThat(rules.federal(WithholdingTables.SUPPLEMENTAL_HIGH_RATE_ABOVE).value()).isEqualByComparingTo("1000000");
        assertThat(rules.safeHarbor(WithholdingTables.PRIOR_YEAR_HIGH_AGI_PERCENT).value()).isEqualByComparingTo("1.1");
        assertThat(rules.wageAdjustment().get(FilingStatus.MARRIED_JOINT).value()).isEqualByComparingTo("12900");
        assertThat(rules.locality("nyc").orElseThrow().value()).isEqualByComparingTo("0.0425");
        assertThat(rules.cite("irc-6654")).contains("§6654");
        // every state and the federal figures cite a source the file lists
        rules.states().values().forEach(state -> assertThat(rules.source(state.sourceId())).isPresent());
    }

    @Test
    void theAnnualTablesAreThe2026BracketsShiftedByTheStandardDeductionLessLine1g() {
        // Pub. 15-T builds its table so that withholding on one job's wages equals the tax on them:
        // each row starts at the bracket's lower bound + (standard deduction − line 1g), 0 % below the shift.
        WithholdingTables rules = WithholdingTablesReader.builtIn();
        Jurisdiction federal = TaxTablesReader.builtIn().get(JurisdictionId.FEDERAL);
        for (FilingStatus filing : FilingStatus.values()) {
            BigDecimal shift = federal.figure("standard_deduction", filing).value()
                    .subtract(rules.wageAdjustment().get(filing).value());
            List<Bracket> table = rules.percentageMethod().get(filing).brackets();
            List<Bracket> brackets = federal.schedule(filing).brackets();
            assertThat(table).hasSize(brackets.size() + 1);
            assertThat(table.get(0).rate()).isZero();
            for (int i = 0; i < brackets.size(); i++) {
                assertThat(table.get(i + 1).from()).isEqualByComparingTo(brackets.get(i).from().add(shift));
                assertThat(table.get(i + 1).rate()).isEqualByComparingTo(brackets.get(i).rate());
            }
            assertThat(rules.percentageMethod().get(filing).status()).isEqualTo(FigureStatus.DERIVED);
        }
        // single: 16,100 − 8,600 = 7,500
        assertThat(rules.percentageMethod().get(FilingStatus.SINGLE).brackets().get(1).from())
                .isEqualByComparingTo("7500");
    }

    @Test
    void aBrokenFileIsRefusedNamingEveryProblem() throws IOException {
        assertThatThrownBy(() -> read(root -> {
            ((ObjectNode) root.get("states")).remove("TX");
            ((ObjectNode) root.get("states").get("CA")).put("supplemental_rate_percent", 150);
            ((ObjectNode) root.get("states").get("WA")).put("supplemental_rate_percent", 1);
            ((ObjectNode) root.get("federal").get("figures").get("supplemental_rate")).put("source", "nowhere");
            ((ObjectNode) root.get("safe_harbor")).remove("no_penalty_below");
            ((ObjectNode) root.get("states").get("AL")).put("status", "uncertain").remove("note");
            root.put("extra", 1);
        })).isInstanceOf(TaxTableException.class)
                .satisfies(e -> assertThat(((TaxTableException) e).problems()).anySatisfy(p -> assertThat(p)
                        .startsWith("states.TX: missing"))
                        .anySatisfy(p -> assertThat(p).startsWith("states.CA.supplemental_rate_percent: expected a "
                                + "rate in percent from 0 to below 100"))
                        .anySatisfy(p -> assertThat(p).startsWith("states.WA.supplemental_rate_percent: not used"))
                        .anySatisfy(p -> assertThat(p).startsWith("federal.figures.supplemental_rate.source: unknown "
                                + "source \"nowhere\""))
                        .anySatisfy(p -> assertThat(p).startsWith("safe_harbor.no_penalty_below: missing"))
                        .anySatisfy(p -> assertThat(p).startsWith("states.AL.note: missing"))
                        .anySatisfy(p -> assertThat(p).startsWith("extra: unknown field")));
    }

    @Test
    void anotherFormatIsRefusedAtOnce() {
        assertThatThrownBy(() -> read(root -> root.put("format", "counteroffer.tax/1")))
                .isInstanceOf(TaxTableException.class)
                .hasMessageContaining("expected \"counteroffer.withholding/1\"");
    }

    private static WithholdingTables read(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root;
        try (InputStream in = WithholdingTablesReader.class.getResourceAsStream("tax/withholding-2026.json")) {
            root = (ObjectNode) MAPPER.readTree(in);
        }
        change.accept(root);
        return WithholdingTablesReader.read(new ByteArrayInputStream(MAPPER.writeValueAsBytes(root)
                ), "withholding-2026.json");
    }
}
