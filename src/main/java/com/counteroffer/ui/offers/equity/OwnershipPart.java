package com.counteroffer.ui.offers.equity;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.Ownership;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** Ownership today and after each funding round expected before the exit. */
final class OwnershipPart {

    private OwnershipPart() {
    }

    static Node build(UiContext ui, EquityAnalysis analysis, Dilution dilution) {
        Ownership ownership = analysis.ownership();
        if (ownership == null) {
            return Parts.part("ownershipPart", Parts.title(ui.text("offers.equity.ownership")),
                    Notes.note(ui.text("offers.equity.ownership.unknown")));
        }
        String unit = analysis.kind() == EquityAnalysis.Kind.OPTIONS ? "options" : "shares";
        List<String> path = new ArrayList<>();
        for (Ownership.Step step : ownership.path()) {
            path.add((step.round() == 0 ? "Today " : "after round " + step.round() + ": ")
                    + Parts.ownership(step.percent()));
        }
        String today = Parts.count(ownership.shares()) + " " + unit + " of " + Parts.count(ownership.fullyDiluted())
                + " fully diluted shares: " + Parts.ownership(ownership.percentToday()) + " of the company today.";
        String atExit = ownership.roundsToExit() == 0 ? "No further rounds before the exit."
                : String.join(" → ", path) + " at the exit (" + Parts.count(ownership.fullyDilutedAtExit())
                        + " shares by then).";
        String rounds = ownership.roundsToExit() + (ownership.roundsToExit() == 1 ? " round" : " rounds") + " of "
                + ownership.dilutionPercentPerRound().stripTrailingZeros().toPlainString() + " % each";
        Node dilutionLine = Dilution.DEFAULT.equals(dilution)
                ? Parts.assumption(ui, ui.text("offers.equity.dilution.default", rounds))
                : Notes.note(ui.text("offers.equity.dilution.typed", rounds));
        Node today1 = Parts.line(today);
        Node exit = Parts.line(atExit);
        return Parts.part("ownershipPart", Parts.title(ui.text("offers.equity.ownership")), today1, exit,
                dilutionLine, Parts.how(ui, "ownershipHow", ui.text("offers.equity.how"), arithmetic(ownership)));
    }

    /** 60,000 ÷ 100,000,000 × 100 = 0.06 %; × (1 − 20 %) = 0.048 %; … */
    private static List<String> arithmetic(Ownership ownership) {
        List<String> lines = new ArrayList<>();
        lines.add("Ownership = shares ÷ fully diluted shares; each round that sells d of the company leaves"
                + " ownership × (1 − d).");
        lines.add(Parts.count(ownership.shares()) + " ÷ " + Parts.count(ownership.fullyDiluted()) + " = "
                + Parts.ownership(ownership.percentToday()) + ".");
        String kept = "(1 − " + ownership.dilutionPercentPerRound().stripTrailingZeros().toPlainString() + " %)";
        for (Ownership.Step step : ownership.path().subList(1, ownership.path().size())) {
            lines.add("Round " + step.round() + ": × " + kept + " = " + Parts.ownership(step.percent()) + ".");
        }
        lines.add("Shares at the exit: " + Parts.count(ownership.fullyDiluted()) + " ÷ " + kept + "^"
                + ownership.roundsToExit() + " = " + Parts.count(ownership.fullyDilutedAtExit()) + ".");
        return lines;
    }
}
