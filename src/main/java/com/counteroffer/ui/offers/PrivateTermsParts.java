package com.counteroffer.ui.offers;

import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.ui.common.Reflow;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.offers.OfferEditorModel.EquityKind;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import com.counteroffer.ui.common.Notes;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The editor's private-company controls under the equity fields: for options their type and early
 * exercise; for RSUs whether they are a private company's (then their 409A price, share count and
 * when they can be sold); for both the liquidation preferences and the dilution. Labels wrap, so
 * nothing is cut at large text sizes; every control is an ordinary focusable one, reached by Tab.
 */
final class PrivateTermsParts {

    private final UiContext ui;
    private final OfferEditorParts parts;

    PrivateTermsParts(UiContext ui, OfferEditorParts parts) {
        this.ui = ui;
        this.parts = parts;
    }

    /** The controls for this kind of grant; none without equity. */
    List<Node> editor(PrivateTermsInput terms, EquityKind kind) {
        List<Node> nodes = new ArrayList<>();
        if (kind == EquityKind.OPTIONS) {
            nodes.add(optionTerms(terms));
            nodes.addAll(companyTerms(terms));
        } else if (kind == EquityKind.RSU_VALUE || kind == EquityKind.RSU_SHARES) {
            CheckBox isPrivate = checkBox(ui.text("offer.private.rsuPrivate"), "private-rsu");
            isPrivate.selectedProperty().bindBidirectional(terms.rsuPrivateProperty());
            VBox details = new VBox(6, Notes.note(ui.text("offer.private.rsuPrivate.note")),
                    grid(parts.amountField(ui.text("offer.private.fmv"), terms.fairMarketValue(), "private-fmv"),
                            parts.field(ui.text("offer.private.fds"), terms.fullyDilutedShares(), "private-fds")),
                    liquidity(terms));
            details.getChildren().addAll(companyTerms(terms));
            showWhen(details, terms.rsuPrivateProperty());
            nodes.add(isPrivate);
            nodes.add(details);
        }
        return nodes;
    }

    private Node optionTerms(PrivateTermsInput terms) {
        ComboBox<OptionType> type = new ComboBox<>(FXCollections.observableArrayList(OptionType.values()));
        type.setId("option-type");
        type.setConverter(Converters.labelled(option -> ui.text("offer.private.optionType." + option.id())));
        type.valueProperty().bindBidirectional(terms.optionTypeProperty());
        type.setAccessibleText(ui.text("offer.private.optionType"));
        type.setMaxWidth(Double.MAX_VALUE);
        Label caption = wrapped(ui.text("offer.private.optionType"));
        caption.setLabelFor(type);
        CheckBox early = checkBox(ui.text("offer.private.earlyExercise"), "early-exercise");
        early.selectedProperty().bindBidirectional(terms.earlyExerciseProperty());
        return grid(new VBox(2, caption, type), new VBox(2, early));
    }

    /** When RSUs can be sold: at an exit, double-trigger (with an expiry) or in tenders (with their terms). */
    private Node liquidity(PrivateTermsInput terms) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(4, subtitle(ui.text("offer.private.liquidity")));
        for (Liquidity.Kind kind : Liquidity.Kind.values()) {
            RadioButton choice = new RadioButton(ui.text(switch (kind) {
                case AT_EXIT -> "offer.private.liquidity.atExit";
                case DOUBLE_TRIGGER -> "offer.private.liquidity.doubleTrigger";
                case TENDER -> "offer.private.liquidity.tender";
            }));
            choice.setId("liquidity-" + kind.id());
            choice.setWrapText(true);
            choice.setAccessibleText(choice.getText());
            choice.setUserData(kind);
            choice.setToggleGroup(group);
            choice.setSelected(terms.liquidityProperty().get() == kind);
            choices.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                terms.liquidityProperty().set((Liquidity.Kind) now.getUserData());
            }
        });
        // The choice follows the model (an offer loaded while shown) for as long as these controls exist.
        ChangeListener<Liquidity.Kind> follow = (o, was, kind) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == kind).findFirst().ifPresent(toggle -> toggle.setSelected(true));
        choices.getProperties().put(ChangeListener.class, follow);
        terms.liquidityProperty().addListener(new WeakChangeListener<>(follow));
        GridPane expiry = grid(parts.field(ui.text("offer.private.expiry"), terms.expiryYears(), "private-expiry"));
        showWhen(expiry, terms.liquidityProperty().isEqualTo(Liquidity.Kind.DOUBLE_TRIGGER));
        GridPane tender = grid(
                parts.field(ui.text("offer.private.tenderEvery"), terms.tenderEvery(), "tender-every"),
                parts.field(ui.text("offer.private.tenderFirst"), terms.firstTender(), "tender-first"),
                parts.field(ui.text("offer.private.tenderSellable"), terms.tenderSellable(), "tender-sellable"),
                parts.amountField(ui.text("offer.private.tenderPrice"), terms.tenderPrice(), "tender-price"));
        showWhen(tender, terms.liquidityProperty().isEqualTo(Liquidity.Kind.TENDER));
        return new VBox(4, choices, expiry, tender);
    }

    /** Preferences and dilution, for options and a private company's RSUs alike. */
    private List<Node> companyTerms(PrivateTermsInput terms) {
        CheckBox participating = checkBox(ui.text("offer.private.participating"), "participating");
        participating.selectedProperty().bindBidirectional(terms.participatingProperty());
        VBox preferences = new VBox(4, subtitle(ui.text("offer.private.preferences")),
                Notes.note(ui.text("offer.private.preferences.note")),
                grid(parts.amountField(ui.text("offer.private.invested"), terms.invested(), "pref-invested"),
                        parts.field(ui.text("offer.private.multiple"), terms.multiple(), "pref-multiple"),
                        parts.field(ui.text("offer.private.preferredPct"), terms.preferredPercent(), "pref-pct"),
                        new VBox(2, participating)));
        VBox dilution = new VBox(4, subtitle(ui.text("offer.private.dilution")),
                Notes.note(ui.text("offer.private.dilution.note")),
                grid(parts.field(ui.text("offer.private.perRound"), terms.dilutionPerRound(), "dilution-per-round"),
                        parts.field(ui.text("offer.private.rounds"), terms.roundsToExit(), "dilution-rounds")));
        preferences.getStyleClass().add("sub-block");
        dilution.getStyleClass().add("sub-block");
        return List.of(preferences, dilution, Notes.note(ui.text("offer.private.kept")));
    }

    /** Two columns of equal width, so long captions wrap instead of widening the form. */
    private static GridPane grid(Node... cells) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(3);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(50);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        for (int i = 0; i < cells.length; i++) {
            grid.add(cells[i], i % 2, i / 2);
        }
        Reflow.grid(grid);
        return grid;
    }

    private static void showWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static CheckBox checkBox(String text, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        box.setAccessibleText(text);
        return box;
    }

    private static Label subtitle(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
