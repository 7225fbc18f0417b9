package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Deadlines read like every other date in the window (the Clients table, the switcher), never ISO. */
class DeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aCountdownNamesTheDayAsTheRestOfTheWindowDoes() {
        assertThat(Deadlines.countdown(LocalDate.of(2026, 12, 7), TODAY)).isEqualTo("Dec 7, 2026 (in 5 days)");
        assertThat(Deadlines.countdown(TODAY, TODAY)).isEqualTo("Dec 2, 2026 (today)");
        assertThat(Deadlines.countdown(TODAY.plusDays(1), TODAY)).isEqualTo("Dec 3, 2026 (tomorrow)");
        assertThat(Deadlines.countdown(TODAY.minusDays(1), TODAY)).isEqualTo("Dec 1, 2026 (passed 1 day ago)");
        assertThat(Deadlines.countdown(null, TODAY)).isEmpty();
    }
}
