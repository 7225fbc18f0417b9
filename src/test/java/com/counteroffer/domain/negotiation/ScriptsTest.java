package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.Fixtures.input;
import static com.counteroffer.domain.negotiation.Fixtures.offer;
import static com.counteroffer.domain.negotiation.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptsTest {

    // Same numbers as CounterPlannerTest's competitor case at position 0.5: base 300,000 → opening 330,000;
    // equity opening 638,000; sign-on opening 66,000; walk away 420,000.
    private static final Offer ACME = offer("Acme", Level.SENIOR, 250_000).bonusPercent(10).rsu(400_000)
            .title("Staff AI Infrastructure Engineer").deadline(LocalDate.of(2026, 3, 20)).build();
    private static final Offer BOLT = offer("Bolt", Level.SENIOR, 300_000).rsu(480_000).build();

    private static CounterPlan plan() {
        return CounterPlanner.plan(input(ACME, profile(Level.SENIOR, "seattle", 120_000L, Set.of("mlops"),
                List.of("Ran the GPU fleet for a 70B-parameter model")), List.of(BOLT)), Fixtures.settings("0.5"));
    }

    @Test
    void everyToneAndChannelFillsEveryNumberAndLeavesNothingMissing() {
        CounterPlan plan = plan();
        Set<String> texts = new HashSet<>();
        for (Scripts.Channel channel : Scripts.Channel.values()) {
            for (Scripts.Tone tone : Scripts.Tone.values()) {
                String text = Scripts.render(channel, tone, plan, ACME, "Sam Rivera", "Jordan");
                assertThat(text).as(channel + "-" + tone)
                        .doesNotContain("[missing").doesNotContain("{{")
                        .contains("Acme", "Staff AI Infrastructure Engineer", "Jordan", "Sam Rivera",
                                "$330,000", "$638,000", "$66,000", "March 20, 2026")
                        .contains("- I bring MLOps / LLMOps")
                        .doesNotContainIgnoringCase("legal advice").doesNotContainIgnoringCase("tax advice");
                if (channel == Scripts.Channel.CALL) {
                    // Private notes for the caller only: the target and the walk-away point.
                    assertThat(text).contains("$300,000", "$420,000");
                } else {
                    assertThat(Scripts.template(channel, tone)).as("an email never states the walk-away point")
                            .doesNotContain("walk_away");
                }
                texts.add(text);
            }
        }
        assertThat(texts).as("each tone reads differently").hasSize(6);
        assertThat(Scripts.template(Scripts.Channel.EMAIL, Scripts.Tone.WARM)).contains("love");
        assertThat(Scripts.template(Scripts.Channel.EMAIL, Scripts.Tone.DIRECT)).contains("what it takes to sign");
    }

    @Test
    void valuesLeaveOutWhatThePlanDoesNotHave() {
        Offer plain = offer("Acme", Level.SENIOR, 250_000).title("").build();
        CounterPlan plan = CounterPlanner.plan(input(plain, null, List.of()), PlanSettings.defaults());

        Map<String, String> values = Scripts.values(plan, plain, "Sam", " ");

        assertThat(values).containsEntry("company", "Acme").containsEntry("my_name", "Sam")
                .containsEntry("base_opening", "$349,000").containsEntry("base_target", "$317,500")
                .doesNotContainKeys("title", "recruiter", "sign_on_opening", "equity_opening", "walk_away", "deadline");
        assertThat(Scripts.render(Scripts.Channel.EMAIL, Scripts.Tone.NEUTRAL, plan, plain, "Sam", null))
                .contains("[missing: recruiter]").contains("[missing: sign_on_opening]").contains("[missing: deadline]");
    }

    @Test
    void theRendererKeepsMissingPlaceholdersVisible() {
        String out = ScriptRenderer.render("Hi {{ recruiter }}, base {{base_opening}} by {{deadline}} {{empty}}.",
                Map.of("recruiter", "Jordan", "base_opening", "$349,000", "empty", "  "));

        assertThat(out).isEqualTo("Hi Jordan, base $349,000 by [missing: deadline] [missing: empty].");
        assertThat(ScriptRenderer.render("No placeholders.", Map.of())).isEqualTo("No placeholders.");
    }
}
