package com.counteroffer.ui.offers.equity;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.equity.BreakPoints;
import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.ScenarioPayout;
import com.counteroffer.domain.equity.Waterfall;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** The liquidation preferences, the exits where the waterfall changes shape, and what each exit pays. */
final class WaterfallPart {

    private WaterfallPart() {
    }

    /**
     * @param analysis the terms as typed: break points and the chosen exit
     * @param scenarios the exits to show: the scenarios table as typed (or the saved one while it is invalid)
     */
    static Node build(UiContext ui, EquityAnalysis analysis, List<ScenarioPayout> scenarios, Preferences preferences) {
        VBox part = Parts.part("waterfallPart", Parts.title(ui.text("offers.equity.waterfall")));
        BreakPoints points = analysis.breakPoints();
        if (points == null) {
            part.getChildren().add(Notes.note(ui.text("offers.equity.ownership.unknown")));
            return part;
        }
        Privacy privacy = ui.privacy();
        if (preferences.invested() == 0) {
            part.getChildren().add(Parts.assumption(ui, ui.text("offers.equity.preferences.none")));
        } else {
            part.getChildren().add(Parts.line(ui.text("offers.equity.preferences", privacy.money(points.totalPreference()),
                    points.multiple().stripTrailingZeros().toPlainString(),
                    points.participating() ? "participating" : "non-participating",
                    privacy.money(preferences.invested()))));
        }
        part.getChildren().add(Parts.line(ui.text("offers.equity.breakEven", privacy.money(points.breakEvenExit()))));
        if (points.conversionExit() != null) {
            part.getChildren().add(Parts.line(ui.text("offers.equity.conversion",
                    privacy.money(points.conversionExit()))));
        }
        if (points.inTheMoneyExit() != null) {
            part.getChildren().add(Parts.line(ui.text("offers.equity.inTheMoney",
                    privacy.money(points.inTheMoneyExit()))));
        }
        List<ScenarioPayout> shown = new ArrayList<>(scenarios);
        if (analysis.chosenExit() != null) {
            shown.add(analysis.chosenExit());
        }
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioPayout payout : shown) {
            Waterfall fall = payout.waterfall();
            // Company-sized amounts short ($2.4B), so the table fits at larger type; exact in the arithmetic below.
            rows.add(List.of(payout.name(),
                    payout.companyValue() == null ? "—" : Parts.large(privacy, payout.companyValue()),
                    fall == null ? "—" : Parts.large(privacy, fall.preferredPayout())
                            + (fall.converted() ? " (converted)" : ""),
                    fall == null ? "—" : Parts.large(privacy, fall.commonPayout()),
                    Parts.price(privacy, payout.perCommonShare()),
                    privacy.money(payout.grantPayout())));
        }
        part.getChildren().add(Parts.table("waterfallTable", List.of(ui.text("offers.equity.col.name"),
                ui.text("offers.equity.col.exit"), ui.text("offers.equity.col.preferred"),
                ui.text("offers.equity.col.common"), ui.text("offers.equity.col.perShare"),
                ui.text("offers.equity.col.grant")), rows));
        part.getChildren().add(Parts.how(ui, "waterfallHow", ui.text("offers.equity.how"), arithmetic(points, shown)));
        return part;
    }

    private static List<String> arithmetic(BreakPoints points, List<ScenarioPayout> shown) {
        List<String> lines = new ArrayList<>();
        lines.add("Each exit pays the preferences first (invested × multiple), then the rest over all "
                + Parts.count(points.fullyDilutedAtExit()) + " shares at the exit; non-participating preferred takes"
                + " the larger of its preference and converting. One class of preferred is modelled.");
        lines.add("Break-even exit = the total preference = " + GrantLines.money(points.totalPreference()) + ".");
        if (points.conversionExit() != null) {
            lines.add("Conversion exit = preference × shares at the exit ÷ preferred shares = "
                    + GrantLines.money(points.totalPreference()) + " × " + Parts.count(points.fullyDilutedAtExit())
                    + " ÷ " + Parts.count(points.preferredShares()) + " = " + GrantLines.money(points.conversionExit())
                    + ".");
        }
        for (ScenarioPayout payout : shown) {
            if (payout.waterfall() != null) {
                Waterfall fall = payout.waterfall();
                lines.add(payout.name() + ": " + GrantLines.money(fall.exitValue()) + " − "
                        + GrantLines.money(fall.preferredPayout()) + " to preferred = "
                        + GrantLines.money(fall.commonPayout()) + " shared out → "
                        + Money.sharePrice(payout.perCommonShare()) + " a common share.");
            }
        }
        return lines;
    }
}
