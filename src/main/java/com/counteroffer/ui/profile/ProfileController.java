package com.counteroffer.ui.profile;

import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.market.Sector;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.ProjectSuggestions;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import javafx.scene.layout.VBox;
import com.counteroffer.service.TaxService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.TypeToSelect;
import com.counteroffer.ui.common.FormBinding;
import com.counteroffer.ui.common.DraftHolder;
import com.counteroffer.ui.common.LeaveGuard;
import com.counteroffer.ui.common.UiContext;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.textfield.TextFields;

/** The profile form: binds controls to {@link ProfileModel}, which saves it. */
public final class ProfileController implements LeaveGuard, DraftHolder {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ProfileModel screen;
    private final ProfileForm model;
    private final UiContext ui;
    private final javafx.beans.property.StringProperty projectProblem = new javafx.beans.property.SimpleStringProperty("");

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<Level> levelBox;
    @FXML
    private Label levelError;
    @FXML
    private TextField yearsField;
    @FXML
    private Label yearsError;
    @FXML
    private FlowPane projectChips;
    @FXML
    private TextField projectField;
    @FXML
    private Button addProjectButton;
    @FXML
    private Label projectError;
    @FXML
    private ComboBox<String> locationBox;
    @FXML
    private ComboBox<UsState> stateBox;
    @FXML
    private ComboBox<Education> educationBox;
    @FXML
    private ComboBox<String> sectorBox;
    @FXML
    private Label sectorNote;
    @FXML
    private FlowPane skillBoxes;
    @FXML
    private TextField baseField;
    @FXML
    private Label baseError;
    @FXML
    private TextField bonusField;
    @FXML
    private Label bonusError;
    @FXML
    private TextField equityField;
    @FXML
    private Label equityError;
    @FXML
    private TextField unvestedField;
    @FXML
    private Label unvestedError;
    @FXML
    private ComboBox<FilingStatus> filingBox;
    @FXML
    private TextField k401Field;
    @FXML
    private Label k401Error;
    @FXML
    private CheckBox nycBox;
    @FXML
    private VBox localityBox;
    @FXML
    private ComboBox<String> localityCombo;
    @FXML
    private TextField spouseWagesField;
    @FXML
    private Label spouseWagesError;
    @FXML
    private TextField ageField;
    @FXML
    private Label ageError;
    @FXML
    private TextField rothField;
    @FXML
    private Label rothError;
    @FXML
    private TextField propertyTaxField;
    @FXML
    private Label propertyTaxError;
    @FXML
    private TextField hsaField;
    @FXML
    private Label hsaError;
    @FXML
    private ComboBox<HsaCoverage> hsaCoverageBox;
    @FXML
    private Label householdError;
    @FXML
    private VBox mdCountyBox;
    @FXML
    private TextField mdCountyField;
    @FXML
    private Label mdCountyError;
    @FXML
    private Label statusLabel;
    @FXML
    private Label privacyNote;
    @FXML
    private Button saveButton;
    @FXML
    private Button revertButton;

    public ProfileController(UiContext ui) {
        this.ui = ui;
        this.screen = new ProfileModel(ui);
        this.model = screen.form();
    }

    public ProfileModel model() {
        return screen;
    }

    private void bindHousehold(HouseholdForm household) {
        String locked = ui.text("privacy.amountLocked");
        FormBinding.bindAmount(spouseWagesField, household.spouseWages(), spouseWagesError, ui.privacy(), locked);
        FormBinding.bind(ageField, household.age(), ageError);
        FormBinding.bindAmount(rothField, household.roth401k(), rothError, ui.privacy(), locked);
        FormBinding.bindAmount(propertyTaxField, household.propertyTax(), propertyTaxError, ui.privacy(), locked);
        FormBinding.bindAmount(hsaField, household.hsa(), hsaError, ui.privacy(), locked);
        hsaCoverageBox.setItems(FXCollections.observableArrayList(HsaCoverage.values()));
        hsaCoverageBox.setConverter(Converters.labelled(HsaCoverage::label));
        hsaCoverageBox.valueProperty().bindBidirectional(household.hsaCoverageProperty());
        FormBinding.bindMessage(householdError, model.householdProblemProperty());
    }

    @FXML
    private void initialize() {
        MarketDataset dataset = ui.session().dataset().dataset();
        levelBox.setItems(FXCollections.observableArrayList(Level.values()));
        levelBox.setConverter(Converters.labelled(Level::label));
        levelBox.valueProperty().bindBidirectional(model.levelProperty());
        FormBinding.bindMessage(levelError, model.levelMessageProperty());

        FormBinding.bind(yearsField, model.years(), yearsError);
        FormBinding.bindAmount(baseField, model.currentBase(), baseError, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bindAmount(bonusField, model.currentBonus(), bonusError, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bindAmount(equityField, model.currentEquity(), equityError, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bindAmount(unvestedField, model.unvestedEquity(), unvestedError, ui.privacy(), ui.text("privacy.amountLocked"));

        locationBox.setItems(FXCollections.observableArrayList(dataset.hubs().stream().map(Hub::id).toList()));
        locationBox.setConverter(Converters.labelled(id -> dataset.hub(id).map(Hub::label).orElse(id)));
        bindNullable(locationBox, model.locationProperty());
        stateBox.setItems(FXCollections.observableArrayList(UsState.values()));
        stateBox.setConverter(Converters.labelled(state -> state.label() + " (" + state.name() + ")"));
        bindNullable(stateBox, model.stateProperty());
        // Long lists: typing "wa" picks Washington, "sea" Seattle.
        TypeToSelect.install(stateBox);
        TypeToSelect.install(locationBox);
        TypeToSelect.install(levelBox);
        educationBox.setItems(FXCollections.observableArrayList(Education.values()));
        educationBox.setConverter(Converters.labelled(Education::label));
        bindNullable(educationBox, model.educationProperty());
        sectorBox.setItems(FXCollections.observableArrayList(dataset.sectors().stream().map(Sector::id).toList()));
        sectorBox.setConverter(Converters.labelled(id -> sectorOf(dataset, id).map(Sector::label).orElse(id)));
        bindNullable(sectorBox, model.sectorProperty());
        sectorNote.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> sectorOf(dataset, model.sectorProperty().get()).map(Sector::description).orElse(""),
                model.sectorProperty()));

        FormBinding.bindMessage(projectError, projectProblem);
        filingBox.setItems(FXCollections.observableArrayList(FilingStatus.values()));
        filingBox.setConverter(Converters.labelled(FilingStatus::label));
        filingBox.valueProperty().bindBidirectional(model.filingProperty());
        FormBinding.bindAmount(k401Field, model.k401Deferral(), k401Error, ui.privacy(), ui.text("privacy.amountLocked"));
        FormBinding.bind(mdCountyField, model.mdCountyRate(), mdCountyError);
        nycBox.selectedProperty().bindBidirectional(model.nycResidentProperty());
        bindHousehold(model.household());
        // Only residents of these states have these taxes; the fields appear with the state.
        bindLocality(model);
        nycBox.visibleProperty().bind(model.stateProperty().isEqualTo(UsState.NY));
        nycBox.managedProperty().bind(nycBox.visibleProperty());
        mdCountyBox.visibleProperty().bind(model.stateProperty().isEqualTo(UsState.MD));
        mdCountyBox.managedProperty().bind(mdCountyBox.visibleProperty());
        buildSkillBoxes(dataset);
        buildProjects();

        saveButton.disableProperty().bind(model.dirtyProperty().not().or(model.validProperty().not())
                .or(screen.savingProperty()));
        revertButton.disableProperty().bind(model.dirtyProperty().not().or(screen.savingProperty()));
        statusLabel.textProperty().bind(screen.statusProperty());
        privacyNote.visibleProperty().bind(ui.privacy().onProperty());
        privacyNote.managedProperty().bind(privacyNote.visibleProperty());
        screen.statusIsErrorProperty().addListener((o, was, error) -> {
            statusLabel.getStyleClass().remove("error");
            if (error) {
                statusLabel.getStyleClass().add("error");
            }
        });
        // Ctrl+S on an invalid form reveals every message instead of saving.
        root.setOnKeyPressed(event -> {
            if (SAVE.match(event)) {
                save();
                event.consume();
            }
        });
    }

    @FXML
    void save() {
        screen.save();
    }

    @FXML
    void revert() {
        screen.revert();
    }

    @FXML
    void addProject() {
        projectProblem.set(model.addProject());
        projectField.requestFocus();
    }

    @Override
    public boolean confirmLeave() {
        return screen.confirmLeave();
    }

    @Override
    public boolean releaseDrafts() {
        return screen.confirmLeave();
    }

    private void buildSkillBoxes(MarketDataset dataset) {
        for (PremiumSkill skill : dataset.premiumSkills()) {
            CheckBox box = new com.counteroffer.ui.common.FittingCheckBox(skill.label());
            box.setId("skill-" + skill.id());
            box.setAccessibleText(skill.label());
            box.setSelected(model.skills().contains(skill.id()));
            box.selectedProperty().addListener((observable, was, selected) -> {
                if (selected) {
                    model.skills().add(skill.id());
                } else {
                    model.skills().remove(skill.id());
                }
            });
            model.skills().addListener((SetChangeListener<String>) change -> box.setSelected(model.skills().contains(skill.id())));
            skillBoxes.getChildren().add(box);
        }
    }

    private void buildProjects() {
        projectField.textProperty().bindBidirectional(model.newProjectProperty());
        projectField.setOnAction(event -> addProject());
        var suggestions = TextFields.bindAutoCompletion(projectField, request -> ProjectSuggestions.ALL.stream()
                .filter(s -> request.getUserText().isBlank()
                        || s.toLowerCase().contains(request.getUserText().toLowerCase()))
                .filter(s -> !model.projects().contains(s))
                .toList());
        // As wide as the longest suggestion, so none is cut or scrolled sideways; never narrower than the field.
        suggestions.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(projectField.getWidth(), widest(ProjectSuggestions.ALL, projectField.getFont())
                        + 3 * projectField.getFont().getSize()),
                projectField.widthProperty(), projectField.fontProperty()));
        // Its stylesheet looks up Modena colours AtlantaFX lacks (a ClassCastException each time it is
        // styled, the first time before app.css reaches the popup): the theme's colours, from the start.
        suggestions.getAutoCompletionPopup().setStyle("-fx-color: -color-border-default;"
                + " -fx-control-inner-background: -color-bg-default;"
                + " -fx-selection-bar-non-focused: -color-accent-subtle; -fx-selection-bar: -color-accent-subtle;"
                + " -fx-accent: -color-accent-emphasis;");
        model.projects().addListener((ListChangeListener<String>) change -> renderProjects());
        renderProjects();
    }

    private static double widest(java.util.List<String> texts, javafx.scene.text.Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        double widest = 0;
        for (String text : texts) {
            probe.setText(text);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private void renderProjects() {
        projectChips.getChildren().setAll(model.projects().stream().map(this::chip).toList());
    }

    private HBox chip(String project) {
        Label text = new Label(project);
        Button remove = new Button("×");
        String removeText = MessageFormat.format(ui.text("profile.projects.remove"), project);
        remove.setAccessibleText(removeText);
        remove.setTooltip(new javafx.scene.control.Tooltip(removeText));
        remove.getStyleClass().add("flat");
        remove.setOnAction(event -> model.projects().remove(project));
        HBox chip = new HBox(text, remove);
        chip.getStyleClass().add("chip");
        return chip;
    }

    private static Optional<Sector> sectorOf(MarketDataset dataset, String id) {
        return dataset.sectors().stream().filter(sector -> sector.id().equals(id)).findFirst();
    }

    private static <T> void bindNullable(ComboBox<T> box, Property<T> property) {
        box.valueProperty().bindBidirectional(property);
    }


    /** The state's localities, "None of these" first; shown only where the state's tables list some. */
    private void bindLocality(ProfileForm form) {
        ObservableList<String> ids = FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<String> now = new ArrayList<>();
            now.add(null);
            form.localityChoices().forEach(choice -> now.add(choice.id()));
            ids.setAll(now);
            localityCombo.setValue(form.localityProperty().get());
        };
        form.localityChoices().addListener((ListChangeListener<TaxService.LocalityChoice>) change ->
                fill.run());
        localityCombo.setItems(ids);
        localityCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? ui.text("profile.locality.none") : form.localityChoices().stream()
                        .filter(choice -> choice.id().equals(id)).map(TaxService.LocalityChoice::name)
                        .findFirst().orElse(id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        fill.run();
        localityCombo.valueProperty().addListener((o, was, now) -> {
            if (!Objects.equals(now, form.localityProperty().get())) {
                form.localityProperty().set(now);
            }
        });
        form.localityProperty().addListener((o, was, now) -> localityCombo.setValue(now));
        localityBox.visibleProperty().bind(Bindings.isNotEmpty(form.localityChoices()));
        localityBox.managedProperty().bind(localityBox.visibleProperty());
    }
}
