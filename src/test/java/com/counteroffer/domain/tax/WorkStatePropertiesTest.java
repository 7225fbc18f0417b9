package com.counteroffer.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.TaxTablesReader;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** A commuter with wages only pays the larger of the two states' income taxes, or the home state's alone. */
class WorkStatePropertiesTest {

    private static final TaxTables TABLES = TaxTablesReader.builtIn();

    /** Every state whose tables are built in. */
    @Provide
    Arbitrary<StateCode> states() {
        return Arbitraries.of(java.util.Arrays.stream(StateCode.values())
                .filter(state -> state.jurisdiction().map(TABLES::get).isPresent()).toList());
    }

    private static TaxInput input(long wages, FilingStatus filing, StateCode state, int deferral) {
        BigDecimal amount = BigDecimal.valueOf(wages);
        return new TaxInput(amount, filing, state, false, null, BigDecimal.valueOf(deferral).min(amount));
    }

    @Property
    void theIncomeTaxesAreTheLargerStatesOrTheHomeStatesAlone(@ForAll("states") StateCode home,
            @ForAll("states") StateCode work, @ForAll FilingStatus filing,
            @ForAll @LongRange(max = 5_000_000) long wages, @ForAll @IntRange(max = 24_500) int deferral) {
        TaxInput atHome = input(wages, filing, home, deferral);
        TaxResult commuting = TaxEngine.compute(TABLES, atHome.withWorkState(work));
        BigDecimal homeTax = TaxEngine.compute(TABLES, atHome).stateIncomeTax();
        BigDecimal workTax = TaxEngine.compute(TABLES, input(wages, filing, work, deferral)).stateIncomeTax();
        boolean untaxedThere = home == work || TABLES.reciprocity().between(home, work).isPresent()
                || TABLES.reciprocity().exemption(work).isPresent();

        assertThat(commuting.stateIncomeTax().add(commuting.workStateTax()))
                .isEqualByComparingTo(untaxedThere ? homeTax : homeTax.max(workTax));
        assertThat(commuting.stateIncomeTax()).isNotNegative();
        assertThat(commuting.totalTax()).isEqualByComparingTo(commuting.federalIncomeTax()
                .add(commuting.socialSecurity()).add(commuting.medicare()).add(commuting.additionalMedicare())
                .add(commuting.stateIncomeTax()).add(commuting.localIncomeTax()).add(commuting.statePayroll())
                .add(commuting.workStateTax()));
        assertThat(commuting.marginalRate()).isNotNegative();
    }
}
