package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrivacyTest {

    private final Privacy privacy = new Privacy();

    @Test
    void amountsAreWrittenOrHiddenByTheMode() {
        assertThat(privacy.money(185_000)).isEqualTo("$185,000");
        assertThat(privacy.compact(1_250_000)).isEqualTo("$1.25M");
        assertThat(privacy.plain(260_000)).isEqualTo("260,000");
        privacy.onProperty().set(true);
        assertThat(privacy.money(185_000)).isEqualTo("$•••");
        assertThat(privacy.money(new BigDecimal("185000.40"))).isEqualTo("$•••");
        assertThat(privacy.compact(1_250_000)).isEqualTo("$•••");
        assertThat(privacy.plain(260_000)).isEqualTo("•••");
    }

    @Test
    void enginesSentencesLoseTheirFiguresButKeepPercentsAndYears() {
        privacy.onProperty().set(true);
        assertThat(privacy.prose("Base $185,000, then $1.25M and -$5k; (260,000 − 220,000) is 31 % in 2026 on 8 GPUs"))
                .isEqualTo("Base $•••, then $••• and $•••; (••• − •••) is 31 % in 2026 on 8 GPUs");
        privacy.onProperty().set(false);
        assertThat(privacy.prose("Base $185,000")).isEqualTo("Base $185,000");
    }

    @Test
    void typedAmountsInNotesAreHiddenInEveryUsualForm() {
        privacy.onProperty().set(true);
        assertThat(privacy.typed("Wants $77,771 more; said 77771 is the ceiling, maybe 78k or $1.2M or USD 90,000"))
                .isEqualTo("Wants $••• more; said $••• is the ceiling, maybe $••• or $••• or $•••");
        assertThat(privacy.typed("Call on Jan 11, 2026 about 8 GPUs and a 15 % raise"))
                .isEqualTo("Call on Jan 11, 2026 about 8 GPUs and a 15 % raise");
    }

    @Test
    void clientsShowAsInitialsAndCompanyNamesAreNeverTouched() {
        assertThat(privacy.clientLabel("Priya Shah")).isEqualTo("Priya Shah");
        privacy.onProperty().set(true);
        assertThat(privacy.clientLabel("Priya Shah")).isEqualTo("P.S.");
        assertThat(privacy.clientLabel("Me")).isEqualTo("M.");
        assertThat(privacy.clientLabel("jean-luc o'neil")).isEqualTo("J.L.O.");
        assertThat(privacy.clientLabel("  ")).isEqualTo("?");
        // The old text rewrite turned "Megacorp Cloud" into "Clientgacorp Cloud" (a client named "Me").
        assertThat(privacy.prose("Megacorp Cloud offers $200,000")).isEqualTo("Megacorp Cloud offers $•••");
    }

    @Test
    void clientNamesInTypedTextBecomeInitialsButCompaniesStayWhole() {
        privacy.knowClients(java.util.List.of("Plonk Ortho", "Me", "Ana Lima"));
        String note = "Plonk Ortho said plonk's offer from Megacorp Cloud beats Ana's; me too";
        assertThat(privacy.typed(note)).isEqualTo(note);
        privacy.onProperty().set(true);
        assertThat(privacy.typed(note)).isEqualTo("P.O. said P.O.'s offer from Megacorp Cloud beats A.L.'s; me too");
    }
}
