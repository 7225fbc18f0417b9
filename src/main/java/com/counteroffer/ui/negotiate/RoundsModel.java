package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.input.Amounts;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.offer.ProposedBy;
import com.counteroffer.service.RoundRequest;
import com.counteroffer.service.RoundView;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ValidatedField;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The round log on the Negotiate screen: the offer's history, and a quick form for a round that
 * changes base, sign-on or the grant. The employer's terms become the offer's at once (every
 * screen follows); the user's own ask joins the history only, unless marked agreed.
 */
public final class RoundsModel {

    private final UiContext ui;
    private final NegotiateModel owner;
    private final ObservableList<RoundView> rounds = FXCollections.observableArrayList();
    private final ValidatedField<LocalDate> date = new ValidatedField<>(text -> Dates.parse(text, true, "date of the round"));
    private final ObjectProperty<ProposedBy> proposedBy = new SimpleObjectProperty<>(this, "proposedBy", ProposedBy.EMPLOYER);
    private final BooleanProperty agreed = new SimpleBooleanProperty(this, "agreed");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ValidatedField<Long> base = amount(AmountParser.MAX_AMOUNT);
    private final ValidatedField<Long> signOn = amount(AmountParser.MAX_AMOUNT);
    private final ValidatedField<Long> grant = amount(OfferValidator.MAX_GRANT);
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    RoundsModel(UiContext ui, NegotiateModel owner) {
        this.ui = ui;
        this.owner = owner;
        reset();
    }

    private static ValidatedField<Long> amount(long max) {
        return new ValidatedField<>(text -> Amounts.parse(text, max, false));
    }

    void clear() {
        rounds.clear();
        reset();
        error.set("");
        status.set("");
    }

    private void reset() {
        date.load(Dates.format(LocalDate.now(ui.services().clock())));
        proposedBy.set(ProposedBy.EMPLOYER);
        agreed.set(false);
        note.set("");
        base.load("");
        signOn.load("");
        grant.load("");
    }

    void load() {
        Long offerId = owner.openOfferId();
        if (offerId == null) {
            return;
        }
        long client = ui.session().clientId();
        ui.tasks().run(progress -> ui.services().offers().rounds(client, offerId), list -> {
            if (offerId.equals(owner.openOfferId())) {
                rounds.setAll(list);
            }
        }, problem -> error.set("Could not read the rounds: " + problem.getMessage()));
    }

    /** Records the round typed in the form; a bad value keeps its message and records nothing. */
    public void record() {
        Long offerId = owner.openOfferId();
        if (offerId == null) {
            return;
        }
        for (ValidatedField<?> field : List.of(date, base, signOn, grant)) {
            field.reveal();
        }
        String problem = !date.validProperty().get() ? "Date: " + date.messageOf()
                : !base.validProperty().get() ? "New base: " + base.messageOf()
                : !signOn.validProperty().get() ? "New sign-on: " + signOn.messageOf()
                : !grant.validProperty().get() ? "New grant: " + grant.messageOf() : null;
        if (problem != null) {
            error.set(problem);
            return;
        }
        error.set("");
        long client = ui.session().clientId();
        RoundRequest request = new RoundRequest(date.value(), proposedBy.get(),
                proposedBy.get() == ProposedBy.EMPLOYER ? "Employer's offer" : "Your ask", note.get(),
                proposedBy.get() == ProposedBy.CANDIDATE && agreed.get());
        Long newBase = base.value();
        Long newSignOn = signOn.value();
        Long newGrant = grant.value();
        ui.tasks().run(progress -> ui.services().offers().recordRound(client, offerId, newBase, newSignOn, newGrant,
                request), round -> {
                    reset();
                    status.set(ui.text(round.setTerms() ? "negotiate.round.recorded" : "negotiate.round.asked"));
                    load();
                }, failure -> error.set("Could not record the round: " + failure.getMessage()));
    }

    /** The employer agreed to an ask: its terms become the offer's. */
    public void markAgreed(int roundNumber) {
        Long offerId = owner.openOfferId();
        if (offerId == null) {
            return;
        }
        long client = ui.session().clientId();
        ui.tasks().run(progress -> {
            ui.services().offers().markAgreed(client, offerId, roundNumber);
            return null;
        }, done -> {
            status.set(ui.text("negotiate.round.agreed"));
            load();
        }, failure -> error.set(failure.getMessage()));
    }

    public ObservableList<RoundView> rounds() {
        return rounds;
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

    public StringProperty noteProperty() {
        return note;
    }

    public ValidatedField<Long> base() {
        return base;
    }

    public ValidatedField<Long> signOn() {
        return signOn;
    }

    public ValidatedField<Long> grant() {
        return grant;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
