package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.service.RoundView;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Offers screen's model: the list follows every saved change, and the editor keeps what was typed. */
class OffersModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private OffersModel model;
    private long northwind;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        northwind = fixture.services().offers().add(1, Samples.bigTech());
        model = new OffersModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Defect: a start date typed as 2027-01-11 showed in the field but was never stored. */
    @Test
    void aTypedDateIsSavedWithTheOfferAndAnImpossibleOneIsRefusedWithAMessage() {
        model.newOffer();
        OfferEditorModel editor = model.editor();
        editor.company().textProperty().set("Contoso AI");
        editor.base().textProperty().set("205k");
        editor.startDate().textProperty().set("2027-02-30");

        model.saveEditor();

        assertThat(model.editingProperty().get()).as("the editor stays open").isNotNull();
        assertThat(model.editorStatusProperty().get()).contains("Start date").contains("not a date");
        assertThat(editor.startDate().messageProperty().get()).contains("not a date");
        assertThat(fixture.services().offers().list(1)).hasSize(1);

        editor.startDate().textProperty().set("2027-01-11");
        editor.deadline().textProperty().set("Dec 15, 2026");
        model.saveEditor();

        assertThat(model.editingProperty().get()).isNull();
        Offer saved = fixture.services().offers().get(1, model.selectedIdProperty().get()).offer();
        assertThat(saved.startDate()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(saved.deadline()).isEqualTo(LocalDate.of(2026, 12, 15));
        model.editSelected();
        assertThat(model.editor().startDate().textProperty().get()).isEqualTo("Jan 11, 2027");
    }

    /** Defect: recording "You (counter)" made the user's ask the offer's terms. */
    @Test
    void yourAskJoinsTheHistoryAndTheEmployersAnswerBecomesTheTerms() {
        model.selectedIdProperty().set(northwind);
        model.recordRound();
        model.round().proposedByProperty().set(ProposedBy.CANDIDATE);
        model.editor().base().textProperty().set("$247,500");
        model.saveEditor();

        Offer terms = fixture.services().offers().get(1, northwind).offer();
        assertThat(terms.base()).as("the ask leaves the employer's base").isEqualTo(200_000);
        assertThat(terms.status()).isEqualTo(OfferStatus.NEGOTIATING);
        assertThat(row(northwind).offer().base()).isEqualTo(200_000);

        model.recordRound();
        model.editor().base().textProperty().set("$225,000");
        model.saveEditor();

        assertThat(fixture.services().offers().get(1, northwind).offer().base()).isEqualTo(225_000);
        assertThat(row(northwind).offer().base()).as("the list follows at once").isEqualTo(225_000);
        List<RoundView> history = model.detailProperty().get().rounds();
        assertThat(history).extracting(RoundView::kind)
                .containsExactly("the employer's offer", "your ask", "the employer's offer");
        assertThat(history).extracting(view -> view.round().terms().base()).containsExactly(200_000L, 247_500L, 225_000L);
    }

    @Test
    void anEditorWithChangesAsksBeforeClosingAndTheListReturnsAfterADiscard() {
        model.selectedIdProperty().set(northwind);
        model.editSelected();
        model.editor().base().textProperty().set("210k");
        fixture.dialogs().answer(Dialogs.Unsaved.STAY).answer(Dialogs.Unsaved.DISCARD);

        assertThat(model.closeEditor()).isFalse();
        assertThat(model.editingProperty().get()).isEqualTo(OffersModel.EditMode.EDIT);
        assertThat(model.closeEditor()).isTrue();
        assertThat(model.editingProperty().get()).isNull();
        assertThat(fixture.services().offers().get(1, northwind).offer().base()).isEqualTo(200_000);
    }

    @Test
    void duplicateDeleteAndUndo() {
        model.selectedIdProperty().set(northwind);
        model.duplicateSelected();
        assertThat(model.rows()).extracting(row -> row.offer().company())
                .containsExactly("Northwind Cloud", "Northwind Cloud (copy)");

        model.deleteSelected();
        assertThat(model.rows()).hasSize(1);
        assertThat(model.undoTextProperty().get()).isEqualTo("Deleted Northwind Cloud (copy).");

        model.undoDelete();
        assertThat(model.rows()).hasSize(2);
        assertThat(model.undoTextProperty().get()).isEmpty();
    }

    @Test
    void searchFilterAndTheAfterTaxFigures() {
        fixture.services().offers().add(1, Samples.startup());
        model.searchProperty().set("lattice");
        assertThat(model.shown()).extracting(row -> row.offer().company()).containsExactly("Lattice AI");
        model.searchProperty().set("");
        model.statusFilterProperty().set(OfferStatus.ACCEPTED);
        assertThat(model.shown()).isEmpty();
        model.statusFilterProperty().set(null);
        assertThat(row(northwind).year1(OfferRow.Figures.NET)).as("after-tax figures are worked out").isNotNull()
                .isLessThan(row(northwind).year1(OfferRow.Figures.GROSS));
    }

    @Test
    void anotherClientStartsWithACleanScreen() {
        model.searchProperty().set("north");
        model.selectedIdProperty().set(northwind);
        model.deleteSelected();

        fixture.switchToNew("Priya");

        assertThat(model.rows()).isEmpty();
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.undoTextProperty().get()).isEmpty();
        assertThat(model.selectedIdProperty().get()).isNull();
    }

    private OfferRow row(long id) {
        return model.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
