package com.counteroffer.ui.negotiate;

import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.negotiation.EquivalentPackage;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.PackageView;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.ui.common.Converters;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.UiContext;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The equivalent packages part: the view in which they are worth the same (saved with the plan's
 * settings), the plan's packages side by side with base, grant, sign-on and value, why offering
 * them together helps (with its sources), and a Copy for each package's sentence.
 */
public final class PackagesController {

    /** The dataset sources the lead rests on; it names them only when the dataset in use has both. */
    static final List<String> SOURCES = List.of("leonardelli-2019", "medvec-galinsky-2005");

    private NegotiateModel model;
    private boolean loading;

    @FXML private ComboBox<PackageView> packageViewBox;
    @FXML private Label packagesLead;
    @FXML private FlowPane packageCards;
    @FXML private Label packagesSource;
    @FXML private Label packagesStatus;

    void attach(NegotiateModel owner) {
        this.model = owner;
        packagesStatus.visibleProperty().bind(packagesStatus.textProperty().isNotEmpty());
        packagesStatus.managedProperty().bind(packagesStatus.visibleProperty());
        packageViewBox.getItems().setAll(PackageView.values());
        packageViewBox.setConverter(Converters.labelled(PackageView::label));
        packageViewBox.valueProperty().addListener((o, was, chosen) -> {
            if (!loading && chosen != null && model.workspaceProperty().get() != null) {
                model.setPackageView(chosen);
            }
        });
        model.workspaceProperty().addListener((o, was, workspace) -> showView(workspace));
        model.viewProperty().addListener((o, was, view) -> render(view));
        model.ui().privacy().onProperty().addListener((o, was, on) -> render(model.viewProperty().get()));
        showView(model.workspaceProperty().get());
        render(model.viewProperty().get());
    }

    private void showView(NegotiationWorkspace workspace) {
        if (workspace == null) {
            return;
        }
        loading = true;
        try {
            packageViewBox.setValue(workspace.settings().packageView());
        } finally {
            loading = false;
        }
    }

    private void render(NegotiationView view) {
        packagesStatus.setText("");
        if (view == null) {
            packagesLead.setText("");
            packageCards.getChildren().clear();
            show(packagesSource, false);
            return;
        }
        UiContext ui = model.ui();
        PackageView chosen = view.workspace().settings().packageView();
        List<EquivalentPackage> packages = view.plan().packages();
        String measure = chosen.label().toLowerCase(Locale.ROOT);
        packagesLead.setText(ui.privacy().prose(ui.text(packages.isEmpty() ? "negotiate.packages.none"
                : "negotiate.packages.lead", measure)));
        packageCards.getChildren().setAll(packages.stream().map(p -> card(p, chosen)).toList());
        show(packagesSource, !packages.isEmpty() && cites(view.context().standing().dataset()));
    }

    private static boolean cites(MarketDataset dataset) {
        return dataset != null && SOURCES.stream().allMatch(id -> dataset.source(id).isPresent());
    }

    private VBox card(EquivalentPackage p, PackageView view) {
        UiContext ui = model.ui();
        Privacy privacy = ui.privacy();
        VBox card = new VBox();
        card.getStyleClass().add("package-card");
        card.setId("package-" + p.id());
        Label title = Parts.label(p.label(), null);
        title.getStyleClass().add("ask-headline");
        card.getChildren().add(title);
        card.getChildren().add(figure(ui.text("negotiate.packages.base") + ": " + privacy.money(p.base()),
                p.id().startsWith("base")));
        card.getChildren().add(figure(ui.text("negotiate.packages.grant") + ": " + (p.grant() == 0
                ? ui.text("negotiate.packages.noGrant") : privacy.money(p.grant())), p.id().equals("equity")));
        card.getChildren().add(figure(ui.text("negotiate.packages.signOn") + ": " + privacy.money(p.signOn()),
                p.id().endsWith("sign_on")));
        Label value = Parts.label(view.label() + ": " + privacy.money(p.value()), null);
        value.getStyleClass().add("package-value");
        card.getChildren().add(value);
        Label say = Parts.label(privacy.prose(p.say()), "say-" + p.id());
        say.getStyleClass().add("package-say");
        card.getChildren().add(say);
        Button copy = new Button(ui.text("negotiate.packages.copy"));
        copy.setId("copy-package-" + p.id());
        copy.setAccessibleText(ui.text("negotiate.packages.copy.help", p.label()));
        copy.setOnAction(event -> copy(p));
        card.getChildren().add(copy);
        return card;
    }

    /** A figure of the package; the one it moves from the offer stands out. */
    private static Label figure(String text, boolean moved) {
        Label label = Parts.label(text, null);
        if (moved) {
            label.getStyleClass().add("package-moved");
        }
        return label;
    }

    /** The package's sentence as written (its figures too: privacy mode is how the window draws, decision 0011). */
    private void copy(EquivalentPackage p) {
        ClipboardContent content = new ClipboardContent();
        content.putString(p.say());
        Clipboard.getSystemClipboard().setContent(content);
        packagesStatus.setText(model.ui().text("negotiate.copied"));
    }

    private static void show(Label label, boolean shown) {
        label.setVisible(shown);
        label.setManaged(shown);
    }
}
