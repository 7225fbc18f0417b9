package com.counteroffer.ui.offers;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.VestingPreset;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.UiContext;
import com.counteroffer.ui.common.ValidatedField;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
        VBox cadenceBox = new VBox(2, new Label(ui.text("offer.vesting.cadence")), cadence);
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

    /** A caption, its input bound to the field, and the message under it. */
    VBox field(String label, ValidatedField<?> field, String id) {
        Label caption = new Label(label);
        caption.setWrapText(true);
        TextField input = new TextField();
        input.setId(id);
        input.setAccessibleText(label);
        caption.setLabelFor(input);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        FormBinding.bind(input, field, error);
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
}
