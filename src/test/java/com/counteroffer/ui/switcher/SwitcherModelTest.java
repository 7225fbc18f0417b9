package com.counteroffer.ui.switcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.service.ClientOverview;
import com.counteroffer.service.ClientService;
import com.counteroffer.testing.UiFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick switcher's list: who is in it, in which order, with which facts, and what Enter does. */
class SwitcherModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private Client priya;
    private Client jorge;
    private Client marcus;
    private Client ana;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        fixture.ui().settings().coachModeProperty().set(true);
        var services = fixture.services();
        priya = services.clients().add("Priya Shah");
        jorge = services.clients().add("Jorge Ortiz");
        marcus = services.clients().add("Marcus King");
        ana = services.clients().add("Ana Petrova");
        services.clients().archive(marcus.id(), true);
        services.profiles().save(priya.id(), new Profile(Level.SENIOR, 8, List.of(), null, null, null, null, Set.of(),
                190_000L, null, null, null, MarketAssumptions.NONE));
        // Today is 2026-12-02: the passed deadline and the accepted offer's do not count as next.
        services.offers().add(priya.id(), offer("Northwind", LocalDate.of(2026, 12, 20), OfferStatus.RECEIVED));
        services.offers().add(priya.id(), offer("Lattice", LocalDate.of(2026, 12, 9), OfferStatus.NEGOTIATING));
        services.offers().add(priya.id(), offer("Old Co", LocalDate.of(2026, 11, 30), OfferStatus.RECEIVED));
        services.offers().add(priya.id(), offer("Done Co", LocalDate.of(2026, 12, 4), OfferStatus.ACCEPTED));
        services.notes().add(priya.id(), "Wants remote");
        // Shown lately: Jorge, then Ana (Priya never).
        fixture.session().switchTo(ana, error -> { });
        fixture.session().switchTo(jorge, error -> { });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static Offer offer(String company, LocalDate deadline, OfferStatus status) {
        return new Offer(company, "", null, null, null, deadline, status, null, "", false, 200_000, BigDecimal.ZERO,
                TargetBonus.NONE, List.of(), Clawback.NONE, 0, null, List.of(), null, 0, null);
    }

    private SwitcherModel opened(boolean privacy) {
        SwitcherModel model = new SwitcherModel(fixture.ui(), privacy, error -> {
            throw new AssertionError(error);
        });
        model.load();
        return model;
    }

    private static List<String> names(SwitcherModel model) {
        return model.rows().stream().map(SwitcherModel.Row::name).toList();
    }

    @Test
    void recentClientsComeFirstThenTheOthersByNameWithoutArchivedOnesOrAnUnusedMe() {
        SwitcherModel model = opened(false);

        assertThat(names(model)).containsExactly("Jorge Ortiz", "Ana Petrova", "Priya Shah");
        assertThat(model.selectedRow()).map(row -> row.client().id())
                .as("Enter with nothing typed goes back to the previous client").contains(ana.id());
    }

    @Test
    void eachRowSaysTheLevelTheOffersTheNextOpenDeadlineAndTheLastSession() {
        ClientOverview facts = fixture.services().overviews().of(priya);
        assertThat(facts).isEqualTo(new ClientOverview(priya, "Senior/Lead", 4, Optional.of(LocalDate.of(2026, 12, 9)),
                Optional.of(LocalDate.of(2026, 12, 2))));

        SwitcherModel model = opened(false);
        model.filterProperty().set("priya");
        assertThat(model.rows()).singleElement().extracting(SwitcherModel.Row::facts).isEqualTo(
                "Senior/Lead · 4 offers · next deadline Dec 9, 2026 (in 7 days) · last session Dec 2, 2026");
        model.filterProperty().set("jorge");
        assertThat(model.rows()).singleElement().extracting(SwitcherModel.Row::facts)
                .isEqualTo("no profile yet · no offers · no session yet · (current)");
    }

    @Test
    void typingFiltersByAnyPartOfTheNameOrTheInitialsInAnyCase() {
        SwitcherModel model = opened(false);

        model.filterProperty().set("TROV");
        assertThat(names(model)).containsExactly("Ana Petrova");
        model.filterProperty().set("ps");
        assertThat(names(model)).containsExactly("Priya Shah");
        model.filterProperty().set("j.o.");
        assertThat(names(model)).containsExactly("Jorge Ortiz");
        model.filterProperty().set("zz");
        assertThat(model.rows()).isEmpty();
        assertThat(model.selectedRow()).isEmpty();
        model.choose();
        assertThat(model.openProperty().get()).as("nothing to choose: stays open").isTrue();
    }

    @Test
    void anArchivedClientAppearsOnceTheFilterMatchesIt() {
        SwitcherModel model = opened(false);

        model.filterProperty().set("k");
        assertThat(names(model)).containsExactly("Marcus King");
        assertThat(model.rows().get(0).facts()).endsWith("(archived)");
    }

    @Test
    void upDownAndEnterSwitchToTheHighlightedClient() {
        SwitcherModel model = opened(false);

        model.moveDown();
        model.moveDown();
        model.moveDown();
        assertThat(model.selectedRow()).map(row -> row.client().name()).contains("Priya Shah");
        model.moveUp();
        model.moveUp();
        model.moveUp();
        assertThat(model.selectedProperty().get()).isZero();
        model.moveDown();
        model.moveDown();
        model.choose();

        assertThat(model.openProperty().get()).isFalse();
        assertThat(fixture.session().clientId()).isEqualTo(priya.id());
        assertThat(fixture.ui().settings().recentClientsProperty().get()).startsWith(priya.id(), jorge.id(), ana.id());
    }

    @Test
    void escClosesWithoutSwitching() {
        SwitcherModel model = opened(false);
        model.close();

        assertThat(model.openProperty().get()).isFalse();
        assertThat(fixture.session().clientId()).isEqualTo(jorge.id());
    }

    @Test
    void inPrivacyModeNamesShowAsInitialsAndTheFullNameStillMatches() {
        SwitcherModel model = opened(true);

        assertThat(names(model)).containsExactly("J.O.", "A.P.", "P.S.");
        model.filterProperty().set("Priya");
        assertThat(names(model)).containsExactly("P.S.");
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.facts()).doesNotContain("Priya", "Shah"));
    }

    @Test
    void theBuiltInClientIsListedOnceTheCoachUsesIt() {
        assertThat(names(opened(false))).doesNotContain(ClientService.DEFAULT_CLIENT_NAME);

        fixture.services().notes().add(ClientService.DEFAULT_CLIENT_ID, "Trying the app on myself");
        assertThat(names(opened(false))).contains(ClientService.DEFAULT_CLIENT_NAME);

        fixture.ui().settings().coachModeProperty().set(false);
        assertThat(names(opened(false))).contains(ClientService.DEFAULT_CLIENT_NAME);
    }
}
