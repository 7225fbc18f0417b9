package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import org.junit.jupiter.api.Test;

class TaxServiceWithholdingTest {

    private final TaxService service = new TaxService(new TaxReference());

    private static TaxService.Request request(long wages, long supplemental, Long priorYearTax, boolean over150k) {
        return new TaxService.Request(wages, StateCode.CA, FilingStatus.SINGLE, false, null, 0, 0, supplemental,
                priorYearTax, over150k);
    }

    @Test
    void theAnswerCarriesTheWithholdingBesideTheLiability() {
        // 200,000 base + 150,000 RSU, single, CA (see WithholdingTest): federal withheld 36,734 + 33,000 = 69,734;
        // with last year's tax 65,000 and AGI above 150,000 the safe harbour is min(74,393.0613, 71,500) = 71,500.
        TaxService.Answer answer = service.takeHome(request(350_000, 150_000, 65_000L, true));
        WithholdingResult withholding = answer.withholding();

        assertThat(withholding.liability()).isSameAs(answer.result());
        assertThat(withholding.federalWithheld()).isEqualByComparingTo("69734");
        assertThat(withholding.safeHarbor()).isEqualByComparingTo("71500");
        // 71,500 − (69,734 + 1,350 Additional Medicare withheld) = 416
        assertThat(withholding.estimatedPaymentsNeeded()).isEqualByComparingTo("416");
    }

    @Test
    void withoutSupplementalWagesAllPayIsRegular() {
        TaxService.Answer answer = service.takeHome(new TaxService.Request(100_000, StateCode.TX, FilingStatus.SINGLE,
                false, null, 0));

        assertThat(answer.withholding().federalSupplemental()).isZero();
        assertThat(answer.withholding().federalRegular()).isEqualByComparingTo("13170");
    }

    @Test
    void supplementalWagesAboveTheWagesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> service.takeHome(request(100_000, 120_000, null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(TaxService.SUPPLEMENTAL))
                .hasMessageContaining("$120,000 are more than the wages ($100,000)");
        assertThatThrownBy(() -> service.takeHome(request(100_000, 0, -1L, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(TaxService.PRIOR_YEAR_TAX));
        assertThatThrownBy(() -> service.takeHome(request(100_000, 0, null, true)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(TaxService.PRIOR_YEAR_TAX))
                .hasMessageContaining("give that too");
    }
}
