package com.counteroffer.ui.common;

import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.service.RoundRequest;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What recording a negotiation round asks besides the terms: when, who proposed them, and, for an
 * ask of the user's, whether the employer agreed (only then do the terms become the offer's).
 * Offers (a full round) and Negotiate (a quick one) ask the same.
 */
public final class RoundFields {

    private final ValidatedField<LocalDate> date = new ValidatedField<>(text -> Dates.parse(text, true, "date of the round"));
    private final ObjectProperty<ProposedBy> proposedBy = new SimpleObjectProperty<>(this, "proposedBy", ProposedBy.EMPLOYER);
    private final BooleanProperty agreed = new SimpleBooleanProperty(this, "agreed");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanBinding agreedApplies = Bindings.createBooleanBinding(
            () -> proposedBy.get() == ProposedBy.CANDIDATE, proposedBy);

    /** Starts a round dated {@code today}, proposed by the employer. */
    public void reset(LocalDate today) {
        date.load(Dates.format(today));
        proposedBy.set(ProposedBy.EMPLOYER);
        agreed.set(false);
        label.set("");
        note.set("");
    }

    public boolean valid() {
        return date.validProperty().get() && date.value() != null && RoundRequest.problem(label.get(), note.get()) == null;
    }

    public String problem() {
        if (!date.validProperty().get() || date.value() == null) {
            return "Date of the round: " + date.messageOf();
        }
        String text = RoundRequest.problem(label.get(), note.get());
        return text == null ? "" : text;
    }

    /** Shows the date's message even if the field was never left. */
    public void reveal() {
        date.reveal();
    }

    /** Only call when {@link #valid()}. */
    public RoundRequest request() {
        return new RoundRequest(date.value(), proposedBy.get(), label.get(), note.get(),
                proposedBy.get() == ProposedBy.CANDIDATE && agreed.get());
    }

    public ValidatedField<LocalDate> date() {
        return date;
    }

    public ObjectProperty<ProposedBy> proposedByProperty() {
        return proposedBy;
    }

    public BooleanProperty agreedProperty() {
        return agreed;
    }

    /** "Agreed" means something only for an ask of the user's. */
    public BooleanBinding agreedAppliesProperty() {
        return agreedApplies;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
