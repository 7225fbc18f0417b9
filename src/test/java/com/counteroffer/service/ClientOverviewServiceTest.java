package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which client the window opens on, and when the built-in client counts as used. */
class ClientOverviewServiceTest {

    @TempDir
    Path folder;
    private Services services;

    @BeforeEach
    void open() {
        services = new Services(Database.open(folder.resolve("overview.db")),
                Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC), Services.builtInOnDemand());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void opensOnTheMostRecentClientThatStillExists() {
        Client priya = services.clients().add("Priya Shah");
        Client jorge = services.clients().add("Jorge Ortiz");
        ClientOverviewService overviews = services.overviews();

        assertThat(overviews.startClient(List.of(jorge.id(), priya.id()), true)).isEqualTo(jorge.id());
        services.clients().delete(jorge.id());
        assertThat(overviews.startClient(List.of(jorge.id(), priya.id()), true)).isEqualTo(priya.id());
        assertThat(overviews.startClient(List.of(99L), false)).isEqualTo(ClientService.DEFAULT_CLIENT_ID);
    }

    @Test
    void withoutRecentClientsACoachStartsOnTheFirstActiveClientInUseElseTheBuiltInOne() {
        ClientOverviewService overviews = services.overviews();
        assertThat(overviews.startClient(List.of(), true)).as("truly nothing yet")
                .isEqualTo(ClientService.DEFAULT_CLIENT_ID);

        Client ana = services.clients().add("Ana Petrova");
        Client zoe = services.clients().add("Zoe Quinn");
        services.clients().archive(ana.id(), true);
        assertThat(overviews.startClient(List.of(), true)).isEqualTo(zoe.id());
        assertThat(overviews.startClient(List.of(), false)).isEqualTo(ClientService.DEFAULT_CLIENT_ID);
    }

    @Test
    void theBuiltInClientIsInUseOnceItHasAProfileAnOfferOrANote() {
        ClientOverviewService overviews = services.overviews();
        Client me = services.clients().byId(ClientService.DEFAULT_CLIENT_ID).orElseThrow();
        assertThat(ClientOverviewService.inUse(overviews.of(me))).isFalse();
        assertThat(ClientOverviewService.inUse(overviews.of(services.clients().add("Priya Shah"))))
                .as("every other client counts").isTrue();

        services.offers().add(me.id(), Offer.basic("Northwind", 200_000));
        assertThat(ClientOverviewService.inUse(overviews.of(me))).isTrue();
    }

    @Test
    void aSavedProfileAlsoCounts() {
        services.profiles().save(ClientService.DEFAULT_CLIENT_ID, new Profile(Level.MID, 4, List.of(), null, null, null,
                null, Set.of(), 150_000L, null, null, null, MarketAssumptions.NONE));
        Client me = services.clients().byId(ClientService.DEFAULT_CLIENT_ID).orElseThrow();
        assertThat(services.overviews().of(me).level()).isEqualTo("Mid-Level");
        assertThat(ClientOverviewService.inUse(services.overviews().of(me))).isTrue();
    }
}
