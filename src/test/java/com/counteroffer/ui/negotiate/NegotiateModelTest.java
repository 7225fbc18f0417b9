package com.counteroffer.ui.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.PackageView;
import com.counteroffer.domain.negotiation.Scripts;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.offers.OffersModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Negotiate screen's model: the service's plan, the workspace kept per offer, and rounds every screen sees. */
class NegotiateModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private NegotiateModel model;
    private long northwind;
    private long lattice;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        fixture.services().profiles().save(1, new Profile(Level.SENIOR, 8, List.of("Built a GPU cluster from scratch"),
                "seattle", null, null, null, Set.of("kubernetes"), 190_000L, 20_000L, 40_000L, 120_000L,
                MarketAssumptions.NONE));
        northwind = fixture.services().offers().add(1, Samples.bigTech());
        lattice = fixture.services().offers().add(1, Samples.startup());
        model = new NegotiateModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void opensTheFirstOfferWithThePlanTheServiceMakes() {
        assertThat(model.chosenProperty().get()).isEqualTo(northwind);
        NegotiationView view = model.viewProperty().get();
        assertThat(view).isNotNull();
        NegotiationView service = fixture.services().negotiation().plan(1, northwind);
        assertThat(view.plan()).isEqualTo(service.plan());
        assertThat(model.scriptProperty().get()).contains("Northwind Cloud");
    }

    @Test
    void theValuationChoiceIsSavedWithTheOfferAndTheEquityAskFollowsIt() {
        model.openOffer(lattice);
        // Lattice AI: 40,000 options at a $2.50 strike, 409A $2.50: worth $0, so no equity ask in dollars.
        assertThat(model.valuationProperty().get()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(model.viewProperty().get().plan().ask(Lever.EQUITY)).isEmpty();
        assertThat(model.viewProperty().get().plan().notes()).anyMatch(n -> n.contains("at the 409A price of $2.50"));

        model.setValuation(ValuationBasis.PREFERRED);

        assertThat(fixture.services().offers().get(1, lattice).offer().equity().company().valuation())
                .isEqualTo(ValuationBasis.PREFERRED);
        assertThat(model.valuationProperty().get()).isEqualTo(ValuationBasis.PREFERRED);
        // At the preferred price: (9.00 − 2.50) × 40,000 = 260,000 for the grant, named in the ask's inputs.
        var equity = model.viewProperty().get().plan().ask(Lever.EQUITY).orElseThrow();
        assertThat(equity.inputs().get("offer grant")).startsWith("$260,000 (40,000 options at the preferred price of"
                + " $9.00");
        assertThat(equity.text()).contains("options at the preferred price of $9.00");
        assertThat(model.viewProperty().get().plan()).isEqualTo(fixture.services().negotiation().plan(1, lattice).plan());
    }

    @Test
    void aRefusedValuationGoesBackToTheSavedOneAndSaysWhyBesideIt() {
        model.openOffer(lattice);
        // The offer disappears behind the screen's back (its reload held), so the save is refused.
        fixture.tasks().holdNextOutcome();
        fixture.services().offers().delete(1, lattice);

        model.setValuation(ValuationBasis.PREFERRED);

        assertThat(model.valuationProperty().get()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(model.valuationMessageProperty().get()).startsWith(ValuationBasis.PREFERRED.label()
                + " was not saved: ").endsWith("The offer's equity stays valued at: "
                + ValuationBasis.FAIR_MARKET_VALUE.label() + ".");
    }

    @Test
    void aPostedRangeIsKeptForTheOfferAndSizesTheBaseAndABadOneChangesNothing() {
        // Northwind: Senior, base 200,000; the Senior band sets no base target, so without a range the base gets
        // the usual move. A posted 210,000 – 250,000 range: point 240,000, opening 252,000 held at 250,000 → 249,750.
        assertThat(model.viewProperty().get().plan().ask(Lever.BASE).orElseThrow().evidence())
                .isEqualTo(com.counteroffer.domain.negotiation.Evidence.USUAL_MOVE);
        model.postedMin().textProperty().set("$210,000");
        model.postedMax().textProperty().set("250k");
        model.applyPostedRange();

        var base = model.viewProperty().get().plan().ask(Lever.BASE).orElseThrow();
        assertThat(base.evidence()).isEqualTo(com.counteroffer.domain.negotiation.Evidence.POSTED_RANGE);
        assertThat(base.opening()).isEqualByComparingTo("249750");
        assertThat(fixture.services().negotiation().workspace(1, fixture.services().offers().get(1, northwind))
                .postedRange()).isEqualTo(new com.counteroffer.domain.negotiation.PostedRange(210_000, 250_000));

        model.postedMax().textProperty().set("200,000");
        model.applyPostedRange();
        assertThat(model.postedProblemProperty().get()).contains("must not be below the lowest");
        assertThat(model.workspaceProperty().get().postedRange().max()).isEqualTo(250_000);

        model.postedMax().textProperty().set("");
        model.applyPostedRange();
        assertThat(model.postedProblemProperty().get()).contains("Type both ends");

        model.setUsualMoves(10, 20);
        assertThat(model.workspaceProperty().get().settings().componentCeiling()).isEqualByComparingTo("0.10");
    }

    @Test
    void aPointOrItemOverTheLimitIsRefusedWithTheLimitAndNothingChanges() {
        model.setPoints(List.of("My own point"));

        String refused = model.setPoints(List.of("My own point", "p".repeat(1_001)));
        String item = model.addChecklistItem("Call\nback");

        assertThat(refused).contains("talking_points[1]: 1,001 characters long; the limit is 1,000");
        assertThat(item).contains("a line break at character 5");
        assertThat(model.statusProperty().get()).isEqualTo(item);
        assertThat(model.workspaceProperty().get().talkingPoints()).containsExactly("My own point");
        assertThat(fixture.services().negotiation().workspace(1, fixture.services().offers().get(1, northwind))
                .talkingPoints()).containsExactly("My own point");
    }

    @Test
    void settingsNamesAndPointsAreKeptForTheirOwnOffer() {
        model.setTargetPosition(50);
        model.setLever(Lever.RELOCATION, false);
        model.setNames("Ada Lovelace", "Sam");
        model.setPoints(List.of("My own point"));
        model.walkAway().textProperty().set("300k");
        model.applyWalkAway();

        NegotiationWorkspace saved = fixture.services().negotiation().workspace(1,
                fixture.services().offers().get(1, northwind));
        assertThat(saved.settings().targetPosition()).isEqualByComparingTo("0.50");
        assertThat(saved.settings().uses(Lever.RELOCATION)).isFalse();
        assertThat(saved.myName()).isEqualTo("Ada Lovelace");
        assertThat(saved.talkingPoints()).containsExactly("My own point");
        assertThat(saved.walkAwayOverride()).isEqualByComparingTo("300000");
        assertThat(model.scriptProperty().get()).contains("Ada Lovelace", "Sam", "My own point");

        model.openOffer(lattice);
        assertThat(model.workspaceProperty().get().myName()).as("another offer, another workspace").isEmpty();
        model.openOffer(northwind);
        assertThat(model.points()).containsExactly("My own point");
        model.regeneratePoints();
        assertThat(model.points()).isNotEmpty().doesNotContain("My own point");
    }

    @Test
    void thePackageViewIsSavedForItsOfferAndRemakesThePlan() {
        assertThat(model.workspaceProperty().get().settings().packageView()).isEqualTo(PackageView.FIRST_YEAR);

        model.setPackageView(PackageView.FOUR_YEAR);

        assertThat(model.workspaceProperty().get().settings().packageView()).isEqualTo(PackageView.FOUR_YEAR);
        assertThat(model.viewProperty().get().workspace().settings().packageView()).as("the plan is remade in it")
                .isEqualTo(PackageView.FOUR_YEAR);
        // The store keeps it.
        assertThat(fixture.services().negotiation().workspace(1, fixture.services().offers().get(1, northwind))
                .settings().packageView()).isEqualTo(PackageView.FOUR_YEAR);
        model.openOffer(lattice);
        assertThat(model.workspaceProperty().get().settings().packageView()).as("another offer, its own view")
                .isEqualTo(PackageView.FIRST_YEAR);
        model.openOffer(northwind);
        assertThat(model.workspaceProperty().get().settings().packageView()).isEqualTo(PackageView.FOUR_YEAR);
    }

    @Test
    void aBadWalkAwayKeepsItsMessageAndChangesNothing() {
        model.walkAway().textProperty().set("lots");
        model.applyWalkAway();
        assertThat(model.walkAway().messageProperty().get()).contains("not an amount");
        assertThat(model.workspaceProperty().get().walkAwayOverride()).isNull();
    }

    /** Defect: after a round was recorded on Negotiate, the Offers list kept the old base and status. */
    @Test
    void anEmployersRoundReachesTheOffersListAndThePlanAtOnce() {
        OffersModel offers = new OffersModel(fixture.ui());
        RoundsModel rounds = model.rounds();
        rounds.base().textProperty().set("$225,000");
        rounds.record();

        assertThat(rounds.errorProperty().get()).isEmpty();
        var row = offers.rows().stream().filter(r -> r.id() == northwind).findFirst().orElseThrow();
        assertThat(row.offer().base()).isEqualTo(225_000);
        assertThat(row.offer().status()).isEqualTo(OfferStatus.NEGOTIATING);
        assertThat(model.viewProperty().get().context().offer().offer().base()).isEqualTo(225_000);
        assertThat(rounds.rounds()).hasSize(2);
    }

    @Test
    void afterTheEmployerAnswersAnAskThePlanSaysWhatMovedAndTheNextMove() {
        RoundsModel rounds = model.rounds();
        assertThat(rounds.progressProperty().get()).isNull();
        rounds.round().proposedByProperty().set(ProposedBy.CANDIDATE);
        rounds.base().textProperty().set("$230,000");
        rounds.record();
        assertThat(rounds.progressProperty().get()).isNull();

        rounds.round().proposedByProperty().set(ProposedBy.EMPLOYER);
        rounds.base().textProperty().set("$210,000");
        rounds.record();

        var progress = rounds.progressProperty().get();
        assertThat(progress).isNotNull();
        assertThat(progress.moved()).startsWith("Northwind Cloud answered your ask of").contains("a year (annualised), up $11,500 from");
        assertThat(progress.next()).startsWith("They moved $").contains("ask once for the rest");
        // The plan follows the employer's new terms at once.
        assertThat(model.viewProperty().get().context().offer().offer().base()).isEqualTo(210_000);
    }

    @Test
    void yourAskStaysAnAskUntilMarkedAgreed() {
        RoundsModel rounds = model.rounds();
        rounds.round().proposedByProperty().set(ProposedBy.CANDIDATE);
        rounds.base().textProperty().set("$247,500");
        rounds.record();

        assertThat(fixture.services().offers().get(1, northwind).offer().base()).isEqualTo(200_000);
        assertThat(rounds.statusProperty().get()).contains("keeps the employer's terms");
        assertThat(rounds.rounds()).extracting(r -> r.kind()).containsExactly("the employer's offer", "your ask");
        // Found in use: the chart drew the ask on the offer's line, as if the offer had risen.
        RoundChart chart = RoundChart.of(rounds.rounds());
        assertThat(chart.terms()).extracting(RoundChart.Point::round).containsExactly("#1");
        assertThat(chart.asks()).extracting(RoundChart.Point::round).containsExactly("#2");

        rounds.markAgreed(2);
        assertThat(RoundChart.of(rounds.rounds()).terms()).extracting(RoundChart.Point::round).containsExactly("#1", "#2");

        assertThat(fixture.services().offers().get(1, northwind).offer().base()).isEqualTo(247_500);
        assertThat(rounds.rounds()).extracting(r -> r.kind()).containsExactly("the employer's offer", "your ask, agreed");
    }

    @Test
    void aRoundWithABadDateOrAmountIsRefusedWithItsMessage() {
        RoundsModel rounds = model.rounds();
        rounds.round().date().textProperty().set("13/45/2026");
        rounds.base().textProperty().set("225k");
        rounds.record();
        assertThat(rounds.errorProperty().get()).startsWith("Date of the round:");
        rounds.round().date().textProperty().set("Dec 2, 2026");
        rounds.grant().textProperty().set("-5");
        rounds.record();
        assertThat(rounds.errorProperty().get()).startsWith("New grant:");
        assertThat(fixture.services().offers().rounds(1, northwind)).hasSize(1);
    }

    @Test
    void everyToneRendersWithoutHoles() {
        model.setNames("Ada Lovelace", "Sam");
        for (Scripts.Tone tone : Scripts.Tone.values()) {
            model.toneProperty().set(tone);
            assertThat(model.scriptProperty().get()).as(tone.id()).contains("Sam", "Ada Lovelace")
                    .doesNotContain("{{", "[missing: base_opening]");
        }
    }

    @Test
    void aBlankNameSignsWithTheClientsAndTheScriptSaysWhatItLeftOutAndHowToAddIt() {
        // The default client is called "Me": nobody signs a letter "Me", so the name is asked for.
        assertThat(model.signerName()).isEmpty();
        assertThat(model.scriptProperty().get()).contains("\nHello,\n").doesNotContain("\nMe\n", "[missing", "{{");
        assertThat(model.scriptLeftOutProperty().get()).isEqualTo("Left out: the greeting by name — type the "
                + "recruiter's name above; your name at the end — type it above.");

        fixture.services().clients().rename(1, "Priya Shah");
        model.setNames("", "Jordan");

        assertThat(model.signerName()).isEqualTo("Priya Shah");
        assertThat(model.scriptProperty().get()).contains("Hi Jordan,").endsWith("Priya Shah\n");
        assertThat(model.scriptLeftOutProperty().get()).isEmpty();
        assertThat(fixture.services().negotiation().workspace(1, fixture.services().offers().get(1, northwind))
                .myName()).as("the client's name fills in; it is not saved as typed").isEmpty();
        model.setNames("Priya S.", "Jordan");
        assertThat(model.scriptProperty().get()).endsWith("Priya S.\n");

        model.channelProperty().set(Scripts.Channel.CALL);
        assertThat(model.scriptLeftOutProperty().get()).as("call notes are signed by nobody; the walk-away is there")
                .isEmpty();
    }

    @Test
    void theCurrentJobIsNotOfferedForNegotiationAndAnotherClientStartsEmpty() {
        fixture.services().offers().add(1, Samples.currentJob());
        assertThat(model.offerChoices()).containsExactly(northwind, lattice);
        fixture.switchToNew("Priya");
        assertThat(model.offerChoices()).isEmpty();
        assertThat(model.viewProperty().get()).isNull();
        assertThat(new BigDecimal("0")).isNotNull();
    }
}
