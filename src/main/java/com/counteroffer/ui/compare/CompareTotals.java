package com.counteroffer.ui.compare;

import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.service.CompareResult;
import com.counteroffer.ui.common.UiContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The strip's summary: per compared offer its horizon total, after tax and, when leaving early is
 * on, what leaving pays. It stays above the scrolling table, so the answer is always in view.
 */
final class CompareTotals {

    private CompareTotals() {
    }

    /** One offer's card: texts as shown, whether it pays the most, and its chart colour. */
    record Card(String key, String name, String total, String net, String leave, boolean best, int color) {
    }

    static List<Card> of(UiContext ui, CompareModel model, CompareResult result) {
        if (result == null) {
            return List.of();
        }
        CompareResult.Row horizon = row(result, "horizon");
        CompareResult.Row net = row(result, "net");
        CompareResult.Row leave = row(result, "leave_paid");
        List<OfferComparison> offers = result.comparison().offers();
        List<Card> cards = new ArrayList<>();
        for (int c = 0; c < offers.size(); c++) {
            String key = offers.get(c).entry().key();
            cards.add(new Card(key, offers.get(c).entry().name(), money(ui, horizon, c), money(ui, net, c),
                    money(ui, leave, c),
                    horizon != null && horizon.best().contains(c) && offers.size() > 1, model.colorIndex(key)));
        }
        return cards;
    }

    /**
     * One compact card per offer: its name, its horizon total, then after tax and what leaving pays.
     * Cards flow into rows, so at large type they wrap instead of shortening a figure.
     */
    static List<Node> cards(UiContext ui, CompareModel model, CompareResult result) {
        List<Node> nodes = new ArrayList<>();
        for (Card card : of(ui, model, result)) {
            Label name = label(card.name(), "total-name");
            Label total = label(card.total(), "total-value");
            total.setId("total-" + card.key());
            String over = ui.text("compare.totals.horizon", model.yearsProperty().get());
            VBox box = new VBox(1, name, total);
            String details = over + " · " + ui.text("compare.totals.net", card.net())
                    + (card.leave().isEmpty() ? "" : " · " + ui.text("compare.totals.leave", model.leaveMonthProperty().get(),
                    card.leave()));
            box.getChildren().add(label(details, "total-line"));
            box.getStyleClass().addAll("total-card", "offer-color-" + card.color());
            if (card.best()) {
                box.getStyleClass().add("best");
            }
            box.setAccessibleText(card.name() + ": " + card.total() + " " + over + (card.best()
                    ? ", " + ui.text("compare.totals.best") : "") + "; " + details);
            nodes.add(box);
        }
        return nodes;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        if (style.equals("total-value")) {
            // A figure is never shortened: the card is at least as wide as it.
            label.setMinWidth(Region.USE_PREF_SIZE);
        } else {
            // Words wrap (between words, so no figure is split); the card grows to hold them.
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        return label;
    }

    private static CompareResult.Row row(CompareResult result, String id) {
        return result.rows().stream().filter(row -> row.id().equals(id)).findFirst().orElse(null);
    }

    private static String money(UiContext ui, CompareResult.Row row, int column) {
        if (row == null) {
            return "";
        }
        BigDecimal value = row.values().get(column);
        return value == null ? "…" : ui.privacy().money(value);
    }
}
