package com.counteroffer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyMaskTest {

    @Test
    void hidesAmountsInEveryWayTheyAreWritten() {
        assertThat(PrivacyMask.mask("Base $185,000 · year 1 $205,000", List.of()))
                .isEqualTo("Base $••• · year 1 $•••");
        assertThat(PrivacyMask.mask("$350k+ (adj. $407.93k+)", List.of())).isEqualTo("$••• (adj. $•••)");
        assertThat(PrivacyMask.mask("−$20,000 and ~$400k and $1.25M", List.of())).isEqualTo("$••• and $••• and $•••");
        assertThat(PrivacyMask.mask("31 % of the way", List.of())).isEqualTo("31 % of the way");
        assertThat(PrivacyMask.mask("(260,000 − 220,000) ÷ 130,000 = 30.8 %", List.of()))
                .isEqualTo("(••• − •••) ÷ ••• = 30.8 %");
    }

    @Test
    void hidesClientNames() {
        assertThat(PrivacyMask.mask("Session notes: Grace Example", List.of("Grace Example", "Ada")))
                .isEqualTo("Session notes: Client");
    }
}
