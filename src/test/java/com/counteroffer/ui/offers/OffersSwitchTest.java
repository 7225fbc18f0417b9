package com.counteroffer.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.common.Dialogs;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switching client on Offers (and its editor): the draft is asked about, the rest of the screen starts fresh. */
class OffersSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private OffersModel model;
    private Client priya;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        fixture.services().offers().add(1, Samples.bigTech());
        fixture.services().offers().add(1, Samples.startup());
        priya = fixture.services().clients().add("Priya Shah");
        fixture.services().offers().add(priya.id(), Samples.startup());
        model = new OffersModel(fixture.ui());
        // As the window does: the Offers screen releases its editor before a switch.
        fixture.session().setLeaveGuard(model::closeEditor);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void searchFilterSelectionUndoBannerAndEditorDraftAreReset() {
        long northwind = model.rows().get(0).id();
        model.selectedIdProperty().set(model.rows().get(1).id());
        model.deleteSelected();
        assertThat(model.undoTextProperty().get()).startsWith("Deleted");
        model.searchProperty().set("north");
        model.statusFilterProperty().set(OfferStatus.RECEIVED);
        model.selectedIdProperty().set(northwind);
        model.editSelected();
        model.editor().company().textProperty().set("Northwind Cloud (typed for Me)");
        model.saveEditor();
        model.editSelected();
        model.editor().base().textProperty().set("not an amount");
        model.saveEditor();
        assertThat(model.editorStatusProperty().get()).isNotEmpty();
        fixture.dialogs().answer(Dialogs.Unsaved.DISCARD);

        fixture.session().switchTo(priya, error -> { });

        assertThat(fixture.session().clientId()).isEqualTo(priya.id());
        assertThat(fixture.dialogs().allAnswered()).as("the draft was asked about").isTrue();
        assertThat(model.editingProperty().get()).isNull();
        assertThat(model.editorStatusProperty().get()).isEmpty();
        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.statusFilterProperty().get()).isNull();
        assertThat(model.selectedIdProperty().get()).isNull();
        assertThat(model.detailProperty().get()).isNull();
        assertThat(model.undoTextProperty().get()).isEmpty();
        assertThat(model.canUndo()).isFalse();
        assertThat(model.shown()).extracting(row -> row.offer().company()).containsExactly("Lattice AI");
    }

    @Test
    void stayingKeepsTheClientAndTheDraft() {
        model.newOffer();
        model.editor().company().textProperty().set("Contoso AI");
        fixture.dialogs().answer(Dialogs.Unsaved.STAY);

        fixture.session().switchTo(priya, error -> { });

        assertThat(fixture.session().clientId()).isEqualTo(1);
        assertThat(model.editingProperty().get()).isNotNull();
        assertThat(model.editor().company().textProperty().get()).isEqualTo("Contoso AI");
    }
}
