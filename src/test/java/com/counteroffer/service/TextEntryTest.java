package com.counteroffer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.domain.client.BadClientNameException;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.Database;
import com.counteroffer.testing.Samples;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text typed into a form or given on the command line meets the same rules as text in a file: a
 * length limit per kind, no control characters (tabs and line breaks only in notes) and no broken
 * characters; refused with the limit and the length found, and nothing saved. Anything else is kept
 * exactly as given.
 */
class TextEntryTest {

    private static final long ME = ClientService.DEFAULT_CLIENT_ID;

    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = new Services(Database.open(folder.resolve("text.db")), Clock.systemUTC(), Services.builtInOnDemand());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anOfferWhoseCompanyIsOverTheLimitIsRefusedAndNotSaved() {
        Offer longName = Samples.bigTech().asCopyNamed("c".repeat(5_000));

        assertThatThrownBy(() -> services.offers().add(ME, longName)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("company").hasMessageContaining("5,000 characters")
                .hasMessageContaining("limit is 200");
        assertThat(services.offers().list(ME)).isEmpty();
    }

    @Test
    void anOfferWithANulInItsCompanyIsRefusedSoOurOwnExportsAlwaysImport() {
        assertThatThrownBy(() -> services.offers().add(ME, Samples.bigTech().asCopyNamed("Acme\u0000")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> services.offers().add(ME, Samples.bigTech().asCopyNamed("Acme \uD800")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("U+D800");
        assertThat(services.offers().list(ME)).isEmpty();
    }

    @Test
    void aSessionNoteIsHeldToTheNoteLimitAndOtherwiseKeptExactly() {
        assertThatThrownBy(() -> services.notes().add(ME, "n".repeat(10_001)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("10,001 characters")
                .hasMessageContaining("limit is 10,000");
        assertThatThrownBy(() -> services.notes().add(ME, "ring \u0007 bell"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("U+0007");

        String exact = "  Asked about\tequity.\n  Next: call Friday  ";
        services.notes().add(ME, exact);
        assertThat(services.notes().list(ME, "")).extracting(note -> note.text()).containsExactly(exact);
    }

    @Test
    void aRoundsLabelAndNoteAreHeldToTheirLimitsAndTheNoteIsKeptExactly() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThatThrownBy(() -> new RoundRequest(day, ProposedBy.EMPLOYER, "l".repeat(201), "", false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("201 characters")
                .hasMessageContaining("limit is 200");
        assertThatThrownBy(() -> new RoundRequest(day, ProposedBy.EMPLOYER, "Revised\noffer", "", false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line break");
        assertThatThrownBy(() -> new RoundRequest(day, ProposedBy.EMPLOYER, "", "n".repeat(10_001), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("10,001 characters");

        assertThat(new RoundRequest(day, ProposedBy.EMPLOYER, "Revised", "  they said:\n  yes  ", false).note())
                .isEqualTo("  they said:\n  yes  ");
    }

    @Test
    void talkingPointsChecklistItemsAndNamesAreHeldToTheirLimitsWhenTheWorkspaceIsSaved() {
        long offerId = services.offers().add(ME, Samples.bigTech());
        StoredOffer stored = services.offers().get(ME, offerId);
        NegotiationWorkspace workspace = services.negotiation().workspace(ME, stored);

        assertThatThrownBy(() -> services.negotiation().saveWorkspace(ME, offerId,
                workspace.withTalkingPoints(List.of("fine", "p".repeat(1_001)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("talking_points[1]")
                .hasMessageContaining("1,001 characters").hasMessageContaining("limit is 1,000");
        assertThatThrownBy(() -> services.negotiation().saveWorkspace(ME, offerId, workspace.withChecklist(List.of(
                new NegotiationWorkspace.ChecklistItem("Call\nback", null, false)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("checklist[0].text")
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> services.negotiation().saveWorkspace(ME, offerId,
                workspace.withNames("me", "r".repeat(201))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("recruiter");
        assertThat(services.negotiation().workspace(ME, stored)).isEqualTo(workspace);
    }

    @Test
    void aProjectOverTheNameLimitIsRefusedWhenTheProfileIsSaved() {
        Profile profile = new Profile(Level.SENIOR, 5, List.of("Built a cluster", "x".repeat(201)), "sf", null,
                null, null, Set.of(), 150_000L, null, null, null, MarketAssumptions.NONE);

        assertThatThrownBy(() -> services.profiles().save(ME, profile)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("projects[1]").hasMessageContaining("201 characters");
        assertThat(services.profiles().load(ME)).isEmpty();
    }

    @Test
    void aClientsNameSaysTheLimitAndTheLengthFoundAndRefusesBrokenCharacters() {
        assertThatThrownBy(() -> services.clients().add("a".repeat(81))).isInstanceOf(BadClientNameException.class)
                .hasMessageContaining("81 characters").hasMessageContaining("limit is 80");
        assertThatThrownBy(() -> services.clients().add("Ana \uDC00")).isInstanceOf(BadClientNameException.class)
                .hasMessageContaining("U+DC00");
    }
}
