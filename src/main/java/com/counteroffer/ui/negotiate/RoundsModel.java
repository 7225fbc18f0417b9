package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.input.Amounts;
import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.negotiation.RoundProgress;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.service.RoundRequest;
import com.counteroffer.service.RoundView;
import com.counteroffer.ui.common.RoundFields;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ValidatedField;
import java.time.LocalDate;
import java.util.List;
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
    private final RoundFields round = new RoundFields();
    private final ValidatedField<Long> base = amount(AmountParser.MAX_AMOUNT);
    private final ValidatedField<Long> signOn = amount(AmountParser.MAX_AMOUNT);
    private final ValidatedField<Long> grant = amount(OfferValidator.MAX_GRANT);
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final javafx.beans.property.ObjectProperty<RoundProgress.Progress> progress =
            new javafx.beans.property.SimpleObjectProperty<>(this, "progress");

    RoundsModel(UiContext ui, NegotiateModel owner) {
        this.ui = ui;
        this.owner = owner;
        reset();
        rounds.addListener((javafx.beans.Observable changed) -> progress.set(progressOf(rounds)));
    }

    /** After the employer's answer to an ask: what moved and the next move, or null. */
    private RoundProgress.Progress progressOf(List<RoundView> history) {
        Long offerId = owner.openOfferId();
        if (offerId == null || history.isEmpty()) {
            return null;
        }
        String company = history.get(history.size() - 1).round().terms().company();
        return RoundProgress.of(history.stream().map(view -> new RoundProgress.Step(view.round().date(),
                view.round().proposedBy() == com.counteroffer.domain.offer.ProposedBy.EMPLOYER, view.round().agreed(),
                view.annualised(), view.changes())).toList(), company).orElse(null);
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
        round.reset(LocalDate.now(ui.services().clock()));
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
        round.reveal();
        for (ValidatedField<?> field : List.of(base, signOn, grant)) {
            field.reveal();
        }
        String problem = !round.valid() ? round.problem()
                : !base.validProperty().get() ? "New base: " + base.messageOf()
                : !signOn.validProperty().get() ? "New sign-on: " + signOn.messageOf()
                : !grant.validProperty().get() ? "New grant: " + grant.messageOf() : null;
        if (problem != null) {
            error.set(problem);
            return;
        }
        error.set("");
        long client = ui.session().clientId();
        RoundRequest request = round.request();
        Long newBase = base.value();
        Long newSignOn = signOn.value();
        Long newGrant = grant.value();
        ui.tasks().run(progress -> ui.services().offers().recordRound(client, offerId, newBase, newSignOn, newGrant,
                request), recorded -> {
                    reset();
                    status.set(ui.text(recorded.setTerms() ? "negotiate.round.recorded" : "negotiate.round.asked"));
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

    /** When, who proposed it, agreed or not, and a note: as on the Offers screen. */
    public RoundFields round() {
        return round;
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

    public javafx.beans.property.ReadOnlyObjectProperty<RoundProgress.Progress> progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
