package com.counteroffer.ui.offers;

import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ValidatedField;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The editor's repeated pieces: a labelled field with its message, a vesting schedule, a remove button. */
final class OfferEditorParts {

    private final UiContext ui;

    OfferEditorParts(UiContext ui) {
        this.ui = ui;
    }

    /** A preset chooser, and the custom fields when "Custom schedule" is chosen. */
    VBox vestingEditor(VestingInput vesting, String idPrefix) {
        ComboBox<VestingPreset> preset = new ComboBox<>(FXCollections.observableArrayList(VestingPreset.values()));
        preset.getItems().add(null);
        preset.setId(idPrefix + "-vesting-preset");
        preset.setConverter(Converters.labelled(VestingPreset::label));
        preset.setButtonCell(presetCell());
        preset.setCellFactory(list -> presetCell());
        preset.setAccessibleText(ui.text("offer.vesting"));
        preset.valueProperty().bindBidirectional(vesting.presetProperty());
        preset.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label();
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(() -> vesting.presetProperty().get() == null ? ""
                : vesting.presetProperty().get().sourceNote(), vesting.presetProperty()));
        VBox yearly = field(ui.text("offer.vesting.yearly"), vesting.yearlyPercents(), idPrefix + "-vesting-yearly");
        VBox cliff = field(ui.text("offer.vesting.cliff"), vesting.cliffMonths(), idPrefix + "-vesting-cliff");
        ComboBox<Cadence> cadence = new ComboBox<>(FXCollections.observableArrayList(Cadence.values()));
        cadence.setConverter(Converters.labelled(Cadence::id));
        cadence.valueProperty().bindBidirectional(vesting.cadenceProperty());
        cadence.setAccessibleText(ui.text("offer.vesting.cadence"));
        // The row squeezed it below its widest choice ("quar…"); the yearly field gives way instead.
        cadence.setMinWidth(Region.USE_PREF_SIZE);
        Label cadenceCaption = new Label(ui.text("offer.vesting.cadence"));
        cadenceCaption.setMinWidth(Region.USE_PREF_SIZE);
        VBox cadenceBox = new VBox(2, cadenceCaption, cadence);
        cadenceBox.setMinWidth(Region.USE_PREF_SIZE);
        Label customProblem = new Label();
        customProblem.getStyleClass().add("field-error");
        customProblem.setWrapText(true);
        FormBinding.bindMessage(customProblem, Bindings.createStringBinding(vesting::customProblem,
                vesting.presetProperty(), vesting.yearlyPercents().textProperty(), vesting.cliffMonths().textProperty(),
                vesting.cadenceProperty()));
        HBox custom = new HBox(10, yearly, cliff, cadenceBox);
        HBox.setHgrow(yearly, Priority.ALWAYS);
        custom.visibleProperty().bind(vesting.presetProperty().isNull());
        custom.managedProperty().bind(custom.visibleProperty());
        Label heading = new Label(ui.text("offer.vesting.preset"));
        heading.setWrapText(true);
        heading.setLabelFor(preset);
        return new VBox(3, heading, preset, note, custom, customProblem);
    }

    private ListCell<VestingPreset> presetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(VestingPreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? ui.text("offer.vesting.custom") : item.label());
            }
        };
    }

    /** {@link #field}, for an amount: hidden and locked in privacy mode. */
    VBox amountField(String label, ValidatedField<?> field, String id) {
        return field(label, field, id, true);
    }

    /** A caption, its input bound to the field, and the message under it. */
    VBox field(String label, ValidatedField<?> field, String id) {
        return field(label, field, id, false);
    }

    private VBox field(String label, ValidatedField<?> field, String id, boolean amount) {
        Label caption = new Label(label);
        caption.setWrapText(true);
        TextField input = new TextField();
        input.setId(id);
        input.setAccessibleText(label);
        caption.setLabelFor(input);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        if (amount) {
            FormBinding.bindAmount(input, field, error, ui.privacy(), ui.text("privacy.amountLocked"));
        } else {
            FormBinding.bind(input, field, error);
        }
        VBox box = new VBox(2, caption, input, error);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    static Button removeButton(String text, Runnable action) {
        Button remove = new Button("×");
        remove.setAccessibleText(text);
        remove.setTooltip(new Tooltip(text));
        remove.setOnAction(event -> action.run());
        return remove;
    }

    /** A line per sign-on payment: amount, year, months to repay, remove. */
    List<HBox> signOnLines(OfferEditorModel model) {
        List<HBox> lines = new ArrayList<>();
        for (OfferEditorModel.SignOnRow row : model.signOns()) {
            int index = lines.size() + 1;
            VBox amount = amountField(ui.text("offer.signOn.amount") + " " + index, row.amount(), "sign-on-amount");
            VBox year = field(ui.text("offer.signOn.year"), row.year(), "sign-on-year");
            VBox months = field(ui.text("offer.signOn.months"), row.months(), "sign-on-months");
            Button remove = removeButton(ui.text("offer.signOn.remove"), () -> model.signOns().remove(row));
            HBox line = new HBox(10, amount, year, months, remove);
            line.setAlignment(Pos.BOTTOM_LEFT);
            HBox.setHgrow(amount, Priority.ALWAYS);
            lines.add(line);
        }
        return lines;
    }

    /** A block per refresher grant: value, first year, guaranteed, remove, and its vesting. */
    List<VBox> refresherBlocks(OfferEditorModel model) {
        List<VBox> blocks = new ArrayList<>();
        for (OfferEditorModel.RefresherRow row : model.refreshers()) {
            int index = blocks.size() + 1;
            VBox value = amountField(ui.text("offer.refresher.value") + " " + index, row.value(), "refresher-value");
            VBox first = field(ui.text("offer.refresher.first"), row.firstYear(), "refresher-first");
            CheckBox guaranteed = new CheckBox(ui.text("offer.refresher.guaranteed"));
            guaranteed.selectedProperty().bindBidirectional(row.guaranteedProperty());
            // The amount field gives way, never the check box's words.
            guaranteed.setMinWidth(Region.USE_PREF_SIZE);
            guaranteed.setAccessibleText(ui.text("offer.refresher.guaranteed") + " " + index);
            Button remove = removeButton(ui.text("offer.refresher.remove"), () -> model.refreshers().remove(row));
            HBox line = new HBox(10, value, first, guaranteed, remove);
            line.setAlignment(Pos.BOTTOM_LEFT);
            HBox.setHgrow(value, Priority.ALWAYS);
            VBox block = new VBox(4, line, vestingEditor(row.vesting(), "refresher"));
            block.getStyleClass().add("sub-block");
            blocks.add(block);
        }
        return blocks;
    }

    /** The fields a kind of equity asks for, in reading order. */
    List<VBox> equityFields(OfferEditorModel model, OfferEditorModel.EquityKind kind) {
        return switch (kind) {
            case NONE -> List.of();
            case RSU_VALUE -> List.of(amountField(ui.text("offer.equity.grantValue"), model.grantValue(), "grant-value"));
            case RSU_SHARES -> List.of(field(ui.text("offer.equity.shares"), model.shares(), "shares"),
                    amountField(ui.text("offer.equity.sharePrice"), model.sharePrice(), "share-price"));
            case OPTIONS -> List.of(field(ui.text("offer.equity.shares"), model.shares(), "shares"),
                    amountField(ui.text("offer.equity.strike"), model.strike(), "strike"),
                    amountField(ui.text("offer.equity.fmv"), model.fairMarketValue(), "fmv"),
                    amountField(ui.text("offer.equity.preferred"), model.preferredPrice(), "preferred"),
                    amountField(ui.text("offer.equity.valuation"), model.valuation(), "valuation"),
                    field(ui.text("offer.equity.fds"), model.fullyDilutedShares(), "fds"),
                    field(ui.text("offer.equity.window"), model.exerciseWindow(), "window"));
        };
    }

    /** The live preview under the editor: each year's total, the annualised and the steady-state figure. */
    static String preview(Projection projection, Privacy privacy) {
        StringBuilder text = new StringBuilder();
        for (YearAmounts year : projection.years()) {
            text.append("Year ").append(year.year()).append(": ").append(privacy.money(year.total()))
                    .append('\n');
        }
        text.append('\n').append("Annualised (Levels-style): ")
                .append(privacy.money(projection.tcAnnualized()));
        text.append('\n').append("Steady state (year ").append(projection.steadyStateYear()).append("): ")
                .append(privacy.money(projection.tcSteadyState()));
        return text.toString();
    }
}
