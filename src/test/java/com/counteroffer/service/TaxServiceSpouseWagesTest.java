package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxResult;
import org.junit.jupiter.api.Test;

class TaxServiceSpouseWagesTest {

    private final TaxService service = new TaxService(new TaxReference());

    @Test
    void aSpouseOnTheJointReturnHasTheirOwnSocialSecurityWageBase() {
        // 2 × min(200,000, 184,500) × 6.2 % = 2 × 11,439 = 22,878
        TaxResult result = service.takeHome(new TaxService.Request(200_000, StateCode.TX, FilingStatus.MARRIED_JOINT,
                false, null, 0, 200_000)).result();

        assertThat(result.socialSecurity()).isEqualByComparingTo("22878");
        assertThat(result.input().householdWages()).isEqualByComparingTo("400000");
    }

    @Test
    void aSpouseIsRefusedUnlessMarriedFilingJointly() {
        assertThatThrownBy(() -> service.takeHome(new TaxService.Request(100_000, StateCode.CA, FilingStatus.SINGLE,
                false, null, 0, 50_000)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(TaxService.SPOUSE))
                .hasMessageContaining("married filing jointly");
    }
}
