package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.money.Money;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.UiContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import com.counteroffer.ui.common.Notes;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The pieces every part of the startup equity section is drawn with: titles, notes, tables, the arithmetic. */
final class Parts {

    private Parts() {
    }

    static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("subsection-title");
        label.setWrapText(true);
        return label;
    }

    static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        return label;
    }

    /** A sentence the engine wrote, marked as an assumption ("Assumption: …"), its figures hidden in privacy mode. */
    static Label assumption(UiContext ui, String text) {
        Label label = Notes.note(ui.text("offers.equity.assumption", ui.privacy().prose(text)));
        label.getStyleClass().add("assumption");
        return label;
    }

    /** A collapsed part holding the arithmetic or the sources: one click (or Space) away from the figures. */
    static TitledPane how(UiContext ui, String id, String heading, List<String> lines) {
        VBox content = new VBox(2);
        for (String text : lines) {
            content.getChildren().add(line(ui.privacy().prose(text)));
        }
        TitledPane pane = new TitledPane(heading, content);
        pane.setId(id);
        pane.setExpanded(false);
        return pane;
    }

    /** A table of labels under bold headers, each cell on one line; each row as many cells as there are headers. */
    static GridPane table(String id, List<String> headers, List<List<String>> rows) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("scenario-table");
        grid.setHgap(14);
        grid.setVgap(3);
        for (int c = 0; c < headers.size(); c++) {
            Label header = atWords(line(headers.get(c)));
            header.getStyleClass().add("header");
            grid.add(header, c, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                // A figure stays whole; several words ("Modest acquisition", "$135B (converted)") wrap between them.
                String text = row.get(c);
                grid.add(text.contains(" ") ? atWords(line(text)) : whole(line(text)), c, r + 1);
            }
        }
        return grid;
    }

    /**
     * A label kept on one line and never narrower than its text: figures and headers are neither broken
     * mid-word nor cut; a table that needs more room widens (and the detail scrolls).
     */
    static Label whole(Label label) {
        label.setWrapText(false);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A wrapping label never narrower than its longest word, so a squeezed column breaks between words,
     * never inside one. Measured again when the font changes (larger type).
     */
    static Label atWords(Label label) {
        Runnable measure = () -> {
            double widest = 0;
            for (String word : label.getText().split("\\s+")) {
                javafx.scene.text.Text text = new javafx.scene.text.Text(word);
                text.setFont(label.getFont());
                widest = Math.max(widest, text.getLayoutBounds().getWidth());
            }
            javafx.geometry.Insets padding = label.getPadding();
            label.setMinWidth(Math.ceil(widest + padding.getLeft() + padding.getRight()) + 1);
        };
        label.fontProperty().addListener((o, was, now) -> measure.run());
        measure.run();
        return label;
    }

    static VBox part(String id, Node... children) {
        VBox box = new VBox(4, children);
        box.setId(id);
        return box;
    }

    /** Redraws {@code box}; the "How" parts the user opened stay open. */
    static void keepingExpanded(Parent box, Runnable draw) {
        Set<String> open = new HashSet<>();
        box.lookupAll(".titled-pane").forEach(node -> {
            if (node instanceof TitledPane pane && pane.isExpanded() && pane.getId() != null) {
                open.add(pane.getId());
            }
        });
        draw.run();
        box.lookupAll(".titled-pane").forEach(node -> {
            if (node instanceof TitledPane pane && open.contains(pane.getId())) {
                pane.setExpanded(true);
            }
        });
    }

    static TextField field(String id, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.setMinWidth(40);
        return field;
    }

    /** $12.00, a price per share to the cent, or the hidden amount in privacy mode. */
    static String price(Privacy privacy, BigDecimal price) {
        return privacy.isOn() ? Privacy.HIDDEN_AMOUNT : Money.sharePrice(price);
    }

    /**
     * A company-sized amount, short: $600M, $2.4B, $1.5T (whole dollars below a million), or the hidden
     * amount in privacy mode. The exact figure is in the table's "How this is worked out".
     */
    static String large(Privacy privacy, BigDecimal amount) {
        if (privacy.isOn()) {
            return Privacy.HIDDEN_AMOUNT;
        }
        BigDecimal abs = amount.abs();
        String[] units = {"T", "B", "M"};
        int[] powers = {12, 9, 6};
        for (int i = 0; i < units.length; i++) {
            if (abs.compareTo(BigDecimal.TEN.pow(powers[i])) >= 0) {
                BigDecimal scaled = abs.movePointLeft(powers[i]).round(new MathContext(3, RoundingMode.HALF_UP))
                        .stripTrailingZeros();
                return (amount.signum() < 0 ? "-$" : "$") + scaled.toPlainString() + units[i];
            }
        }
        return privacy.money(amount);
    }

    /** A percent of the company: 0.06 %, 0.0384 % (three significant figures, at most). */
    static String ownership(BigDecimal percent) {
        BigDecimal shown = percent.signum() == 0 ? BigDecimal.ZERO : percent.round(new MathContext(3, RoundingMode.HALF_UP));
        return shown.stripTrailingZeros().toPlainString() + " %";
    }

    /** A share count: 60,000. Not money, so privacy mode leaves it. */
    static String count(long shares) {
        return String.format(java.util.Locale.US, "%,d", shares);
    }

    /** A share count that may be fractional (implied, or after dilution), rounded to whole shares. */
    static String count(BigDecimal shares) {
        return count(shares.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
