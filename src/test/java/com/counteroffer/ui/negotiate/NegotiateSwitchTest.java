package com.counteroffer.ui.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switching client on Negotiate: the plan, points, script and every message belong to the client they were made for. */
class NegotiateSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private NegotiateModel model;
    private Client priya;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        fixture.services().profiles().save(1, new Profile(Level.SENIOR, 8, List.of(), "seattle", null, null, null,
                Set.of(), 190_000L, null, null, null, MarketAssumptions.NONE));
        fixture.services().offers().add(1, Samples.bigTech());
        priya = fixture.services().clients().add("Priya Shah");
        model = new NegotiateModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Found in use: with no offer for the next client, the last client's talking points and script stayed. */
    @Test
    void pointsScriptMessagesAndTheRoundFormGoWithTheClient() {
        model.setNames("Ada Lovelace", "Sam");
        assertThat(model.points()).isNotEmpty();
        assertThat(model.scriptProperty().get()).contains("Ada Lovelace");
        model.addChecklistItem("Call\nback");
        assertThat(model.statusProperty().get()).isNotEmpty();
        fixture.dialogs().answer(folder.resolve("counter.txt"));
        model.saveScript("txt", "Text file", model.scriptProperty().get());
        assertThat(model.scriptStatusProperty().get()).isNotEmpty();
        RoundsModel rounds = model.rounds();
        rounds.base().textProperty().set("lots");
        rounds.record();
        assertThat(rounds.errorProperty().get()).isNotEmpty();
        model.walkAway().textProperty().set("$250,000");

        fixture.session().switchTo(priya, error -> { });

        assertThat(model.offerChoices()).isEmpty();
        assertThat(model.viewProperty().get()).isNull();
        assertThat(model.points()).isEmpty();
        assertThat(model.scriptProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.scriptStatusProperty().get()).isEmpty();
        assertThat(rounds.errorProperty().get()).isEmpty();
        assertThat(rounds.base().textProperty().get()).isEmpty();
        assertThat(model.walkAway().textProperty().get()).isEmpty();
    }

    @Test
    void backOnTheFirstClientTheirSavedPlanReturns() {
        model.setNames("Ada Lovelace", "Sam");
        String script = model.scriptProperty().get();

        fixture.session().switchTo(priya, error -> { });
        fixture.session().switchTo(new Client(1, "Me", false), error -> { });

        assertThat(model.viewProperty().get()).isNotNull();
        assertThat(model.scriptProperty().get()).isEqualTo(script).contains("Ada Lovelace");
    }
}
