package com.counteroffer.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.negotiation.RoundProgress.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundProgressTest {

    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    private static Step employer(int day, long annualised, String... changes) {
        return new Step(NOV_20.plusDays(day), true, false, annualised, List.of(changes));
    }

    private static Step ask(int day, long annualised) {
        return new Step(NOV_20.plusDays(day), false, false, annualised, List.of("base $235,000 → $270,250"));
    }

    @Test
    void nothingToSayUntilTheEmployerAnswersAnAsk() {
        assertThat(RoundProgress.of(List.of(employer(0, 370_000)), "Acme")).isEmpty();
        assertThat(RoundProgress.of(List.of(employer(0, 370_000), ask(2, 410_000)), "Acme")).isEmpty();
        assertThat(RoundProgress.of(List.of(employer(0, 370_000), employer(2, 380_000)), "Acme")).isEmpty();
    }

    @Test
    void aPartialMoveIsMeasuredAgainstTheAskAndTheRestIsAskedForOnce() {
        // Asked for 40,000 more a year; they moved 15,000 (38 %); 25,000 is left.
        var progress = RoundProgress.of(List.of(employer(0, 370_000), ask(2, 410_000),
                employer(5, 385_000, "base $235,000 → $248,000")), "Acme").orElseThrow();

        assertThat(progress.moved()).isEqualTo("Acme answered your ask of Nov 22, 2026: the offer is now worth $385,000 a year"
                + " (annualised), up $15,000 from $370,000; you asked for $410,000.");
        assertThat(progress.next()).startsWith("They moved $15,000 a year of the $40,000 you asked for (38 %).")
                .contains("ask once for the rest ($25,000 a year)").doesNotContain("countered");
    }

    @Test
    void anAgreedAskAnswersItselfAndALowerAnswerIsNotAHoldOrAMove() {
        Step agreed = new Step(NOV_20.plusDays(4), false, true, 410_000, List.of());
        var progress = RoundProgress.of(List.of(employer(0, 370_000), agreed), "Acme").orElseThrow();
        assertThat(progress.moved()).startsWith("Acme agreed to your ask of Nov 24, 2026: the offer is now worth $410,000");
        assertThat(progress.next()).startsWith("They met your ask.");

        assertThat(RoundProgress.of(List.of(employer(0, 370_000), ask(2, 410_000), employer(5, 360_000)), "Acme")
                .orElseThrow().next()).startsWith("They lowered the offer.");
    }

    @Test
    void heldFirmMetAndTooManyCounters() {
        assertThat(RoundProgress.of(List.of(employer(0, 370_000), ask(2, 410_000), employer(5, 370_000)), "Acme")
                .orElseThrow().next()).startsWith("They held firm.");
        assertThat(RoundProgress.of(List.of(employer(0, 370_000), ask(2, 410_000), employer(5, 412_000)), "Acme")
                .orElseThrow().next()).startsWith("They met your ask.");
        assertThat(RoundProgress.of(List.of(employer(0, 370_000), ask(2, 410_000), employer(5, 380_000),
                ask(6, 400_000), employer(8, 385_000)), "Acme").orElseThrow().next())
                .contains("They moved $5,000 a year of the $20,000").contains("You have countered 2 times");
    }
}
