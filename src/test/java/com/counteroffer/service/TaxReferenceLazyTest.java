package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.JurisdictionId;
import com.counteroffer.domain.tax.StateCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A command's take-home reads only the tables it uses: parsing every state's file took ~0.4 s of its run. */
class TaxReferenceLazyTest {

    @Test
    void takeHomeForOneStateReadsOnlyFederalFicaAndThatState() {
        TaxReference reference = TaxReference.readingOnlyWhatIsUsed();

        TaxService.Answer answer = new TaxService(reference).takeHome(
                new TaxService.Request(250_000, StateCode.CA, FilingStatus.SINGLE, false, null, 0));

        assertThat(answer.result().totalTax()).isPositive();
        assertThat(reference.tables().read()).containsOnly(JurisdictionId.FEDERAL, JurisdictionId.FICA,
                JurisdictionId.CA);
    }

    @Test
    void theSameFiguresAsWithEveryTableRead() {
        TaxService.Request request = new TaxService.Request(400_000, StateCode.NJ, FilingStatus.MARRIED_JOINT, false,
                null, 10_000, 150_000, 50_000, null, false, null, StateCode.NY);

        TaxService.Answer lazy = new TaxService(TaxReference.readingOnlyWhatIsUsed()).takeHome(request);
        TaxService.Answer eager = new TaxService(new TaxReference()).takeHome(request);

        assertThat(lazy.result()).isEqualTo(eager.result());
        assertThat(lazy.withholding()).isEqualTo(eager.withholding());
        assertThat(lazy.result().totalTax()).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    void everyTableCanStillBeListed() {
        assertThat(TaxReference.readingOnlyWhatIsUsed().tables().jurisdictions())
                .containsOnlyKeys(JurisdictionId.values());
    }
}
