package com.counteroffer.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Dialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assumptions typed on Market belong to the client they were typed for: asked about on a switch, never carried over. */
class MarketSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private MarketModel model;
    private Client priya;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        fixture.services().profiles().save(1, profile());
        priya = fixture.services().clients().add("Priya Shah");
        fixture.services().profiles().save(priya.id(), profile());
        model = new MarketModel(fixture.ui());
        fixture.session().setLeaveGuard(model::releaseDrafts);
    }

    private static Profile profile() {
        return new Profile(Level.SENIOR, 7, List.of(), "seattle", null, null, null, Set.of(), 190_000L, null, null,
                null, MarketAssumptions.NONE);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void typedFactorsDiscardedOnASwitchLeaveNothingOnTheNextClientsScreen() {
        model.locationFactor().textProperty().set("lots");
        model.locationReasonProperty().set("Me's Bay Area move");
        model.apply();
        assertThat(model.statusProperty().get()).isNotEmpty();
        fixture.dialogs().answer(Dialogs.Unsaved.DISCARD);

        fixture.session().switchTo(priya, error -> { });

        assertThat(fixture.session().clientId()).isEqualTo(priya.id());
        assertThat(fixture.dialogs().asked()).singleElement().asString().contains("Me");
        assertThat(model.locationFactor().textProperty().get()).isEmpty();
        assertThat(model.locationReasonProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(fixture.services().profiles().load(1).orElseThrow().assumptions()).isEqualTo(MarketAssumptions.NONE);
    }

    @Test
    void savedOnASwitchTheyAreFiledUnderTheClientTheyWereTypedFor() {
        model.locationFactor().textProperty().set("1.2");
        model.locationReasonProperty().set("Bay Area move");
        fixture.dialogs().answer(Dialogs.Unsaved.SAVE);

        fixture.session().switchTo(priya, error -> { });

        assertThat(fixture.session().clientId()).isEqualTo(priya.id());
        assertThat(fixture.services().profiles().load(1).orElseThrow().assumptions().location().value())
                .isEqualByComparingTo(new BigDecimal("1.2"));
        assertThat(fixture.services().profiles().load(priya.id()).orElseThrow().assumptions())
                .isEqualTo(MarketAssumptions.NONE);
        assertThat(model.locationFactor().textProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void stayingKeepsTheClientAndWhatWasTyped() {
        model.locationFactor().textProperty().set("1.2");
        fixture.dialogs().answer(Dialogs.Unsaved.STAY);

        fixture.session().switchTo(priya, error -> { });

        assertThat(fixture.session().clientId()).isEqualTo(1);
        assertThat(model.locationFactor().textProperty().get()).isEqualTo("1.2");
    }
}
