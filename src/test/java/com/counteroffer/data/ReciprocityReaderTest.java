package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.counteroffer.domain.input.TaxTableException;
import com.counteroffer.domain.market.FigureStatus;
import com.counteroffer.domain.tax.Reciprocity;
import com.counteroffer.domain.tax.StateCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReciprocityReaderTest {

    private static Reciprocity read(String json) {
        return ReciprocityReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static final String SOURCES = "\"sources\": [{\"id\": \"s\", \"title\": \"A statute\", "
            + "\"publisher\": \"A legislature\", \"year\": null}]";

    @Test
    void theBuiltInFileHasTheCommonAgreementsEachWithItsSource() {
        Reciprocity reciprocity = ReciprocityReader.builtIn();

        assertThat(reciprocity.taxYear()).isEqualTo(2026);
        assertThat(reciprocity.between(StateCode.PA, StateCode.NJ).orElseThrow().source().title())
                .contains("New Jersey–Pennsylvania Reciprocal Personal Income Tax Agreement");
        assertThat(reciprocity.between(StateCode.VA, StateCode.MD).orElseThrow().source().title())
                .contains("Tax-General §10-806");
        assertThat(reciprocity.between(StateCode.KY, StateCode.VA).orElseThrow().status())
                .isEqualTo(FigureStatus.UNCERTAIN);
        assertThat(reciprocity.exemption(StateCode.DC).orElseThrow().source().title()).contains("Home Rule Act");
        assertThat(TaxTablesReader.builtIn().reciprocity()).isEqualTo(reciprocity);
    }

    @ParameterizedTest
    @CsvSource({"NJ, PA", "PA, NJ", "IL, WI", "WI, IL", "MN, ND", "OH, WV"})
    void agreementsWorkBothWays(StateCode home, StateCode work) {
        assertThat(ReciprocityReader.builtIn().between(home, work)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"NJ, NY", "CT, NY", "WA, OR", "MN, WI", "MD, DE"})
    void commutersWithoutAnAgreementAreTaxedByTheWorkState(StateCode home, StateCode work) {
        Reciprocity reciprocity = ReciprocityReader.builtIn();
        assertThat(reciprocity.between(home, work)).isEmpty();
        assertThat(reciprocity.exemption(work)).isEmpty();
    }

    @Test
    void aSmallFileReadsBack() {
        Reciprocity reciprocity = read("{\"format\": \"counteroffer.reciprocity/1\", \"tax_year\": 2026, " + SOURCES
                + ", \"agreements\": [{\"states\": [\"nj\", \"PA\"], \"source\": \"s\", \"status\": \"verified\"}],"
                + " \"no_nonresident_wage_tax\": []}");

        assertThat(reciprocity.agreements()).singleElement().satisfies(agreement -> {
            assertThat(agreement.first()).isEqualTo(StateCode.NJ);
            assertThat(agreement.second()).isEqualTo(StateCode.PA);
            assertThat(agreement.note()).isEmpty();
        });
    }

    @Test
    void refusesTheWholeFileNamingEveryFieldAtFault() {
        TaxTableException e = catchThrowableOfType(() -> read("{\"format\": \"counteroffer.reciprocity/1\", "
                + "\"tax_year\": 2026, " + SOURCES + ", \"agreements\": ["
                + "{\"states\": [\"NJ\", \"XX\"], \"source\": \"s\", \"status\": \"verified\"},"
                + "{\"states\": [\"NJ\", \"NJ\"], \"source\": \"s\", \"status\": \"verified\"},"
                + "{\"states\": [\"NJ\"], \"source\": \"nope\", \"status\": \"sure\", \"extra\": 1}],"
                + " \"no_nonresident_wage_tax\": [{\"state\": \"OTHER\", \"source\": \"s\", \"status\": \"verified\"}]}"),
                TaxTableException.class);

        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("agreements[0].states[1]: unknown state \"XX\""))
                .anySatisfy(p -> assertThat(p).startsWith("agreements[1].states: the same state twice"))
                .anySatisfy(p -> assertThat(p).startsWith("agreements[2].states: expected two states"))
                .anySatisfy(p -> assertThat(p).startsWith("agreements[2].source: unknown source \"nope\""))
                .anySatisfy(p -> assertThat(p).startsWith("agreements[2].status: expected one of"))
                .anySatisfy(p -> assertThat(p).startsWith("agreements[2].extra: unknown field"))
                .anySatisfy(p -> assertThat(p).startsWith("no_nonresident_wage_tax[0].state: unknown state"));
    }

    @Test
    void refusesTwoAgreementsForOnePair() {
        TaxTableException e = catchThrowableOfType(() -> read("{\"format\": \"counteroffer.reciprocity/1\", "
                + "\"tax_year\": 2026, " + SOURCES + ", \"agreements\": ["
                + "{\"states\": [\"NJ\", \"PA\"], \"source\": \"s\", \"status\": \"verified\"},"
                + "{\"states\": [\"PA\", \"NJ\"], \"source\": \"s\", \"status\": \"verified\"}],"
                + " \"no_nonresident_wage_tax\": []}"), TaxTableException.class);

        assertThat(e.problems()).containsExactly("agreements: two agreements between PA and NJ");
    }

    @Test
    void refusesAnotherFormat() {
        TaxTableException e = catchThrowableOfType(() -> read("{\"format\": \"counteroffer.tax/1\"}"),
                TaxTableException.class);

        assertThat(e.problems()).singleElement().asString().contains("counteroffer.reciprocity/1");
    }
}
