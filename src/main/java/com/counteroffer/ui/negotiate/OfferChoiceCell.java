package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.offer.Offer;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * An offer in the Negotiate screen's chooser: the company, and its title on a line of its own.
 * On one line a long company and title ran past a narrow window and ended in "…"; a combo box's
 * height does not follow a wrapping cell, but it does follow a two-line one.
 */
final class OfferChoiceCell extends ListCell<Long> {

    private final Function<Long, Optional<Offer>> offers;
    private final Label company = new Label();
    private final Label title = new Label();
    private final VBox lines = new VBox(company, title);

    OfferChoiceCell(Function<Long, Optional<Offer>> offers) {
        this.offers = offers;
        title.managedProperty().bind(title.visibleProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Long id, boolean empty) {
        super.updateItem(id, empty);
        Optional<Offer> offer = empty || id == null ? Optional.empty() : offers.apply(id);
        if (offer.isEmpty()) {
            setText(null);
            setGraphic(null);
            return;
        }
        company.setText(offer.get().company());
        title.setText(offer.get().title());
        title.setVisible(!offer.get().title().isEmpty());
        // The text stays for screen readers and type-to-select; only the two lines are drawn.
        setText(offer.get().company() + (offer.get().title().isEmpty() ? "" : " — " + offer.get().title()));
        setGraphic(lines);
    }
}
