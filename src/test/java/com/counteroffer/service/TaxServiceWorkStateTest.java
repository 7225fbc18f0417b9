package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxResult;
import org.junit.jupiter.api.Test;

class TaxServiceWorkStateTest {

    private final TaxService service = new TaxService(new TaxReference());

    private TaxService.Request request(StateCode home, StateCode work) {
        return new TaxService.Request(100_000, home, FilingStatus.SINGLE, false, null, 0).withWorkState(work);
    }

    @Test
    void theWorkStateReachesTheEngine() {
        // As in WorkStateTaxTest: New York's tax on 100,000 as if a resident is 4,859.75, all of it a nonresident's
        TaxResult result = service.takeHome(request(StateCode.TX, StateCode.NY)).result();

        assertThat(result.input().workState()).isEqualTo(StateCode.NY);
        assertThat(result.workStateTax()).isEqualByComparingTo("4859.75");
    }

    @Test
    void theStateOfResidenceAsWorkStateIsNoWorkState() {
        TaxResult result = service.takeHome(request(StateCode.NY, StateCode.NY)).result();

        assertThat(result.input().workState()).isNull();
    }

    @Test
    void refusesAWorkStateOutsideTheStatesNamingTheField() {
        assertThatThrownBy(() -> service.takeHome(request(StateCode.VA, StateCode.OTHER)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(TaxService.WORK_STATE))
                .hasMessageContaining("50 states or DC");
        assertThatThrownBy(() -> service.takeHome(request(StateCode.OTHER, StateCode.NY)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(TaxService.WORK_STATE))
                .hasMessageContaining("needs a state of residence");
    }

    @Test
    void withholdingCountsTheWorkStatesTaxAsStateTax() {
        // New Jersey resident in New York, all pay regular: the state tax on it is New Jersey's 0 after the credit
        // + New York's 4,859.75 (WorkStateTaxTest), so that is what is withheld and owed: balance 0.
        TaxService.Answer answer = service.takeHome(request(StateCode.NJ, StateCode.NY));

        assertThat(answer.withholding().stateRegular()).isEqualByComparingTo("4859.75");
        assertThat(answer.withholding().stateBalanceDue()).isZero();
    }
}
