package com.counteroffer.ui.offers.equity;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.domain.equity.AmtEstimate;
import com.counteroffer.domain.equity.Exercise;
import com.counteroffer.domain.equity.ExerciseTax;
import com.counteroffer.domain.equity.IsoLimit;
import com.counteroffer.service.EquityView;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.UiContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Options only: what buying the shares costs, the window after leaving, the ISO limit and the tax estimate. */
final class ExercisePart {

    private ExercisePart() {
    }

    /** The exercise of the options {@code view} analyses, the tax estimated on its year-1 cash pay. */
    static Node build(UiContext ui, EquityView view) {
        Exercise exercise = view.analysis().exercise();
        ExerciseTax tax = exercise.tax();
        Privacy privacy = ui.privacy();
        VBox part = Parts.part("exercisePart", Parts.title(ui.text("offers.equity.exercise")));
        part.getChildren().add(Parts.line(ui.text("offers.equity.exercise.cost", exercise.type().label(),
                privacy.money(exercise.costAll()), Parts.count(exercise.shares()),
                Parts.price(privacy, exercise.strike()))));
        List<List<String>> rows = new ArrayList<>();
        for (Exercise.VestedCost year : exercise.byYear()) {
            rows.add(List.of(Integer.toString(year.year()), Parts.count(year.vestedShares()),
                    privacy.money(year.cost())));
        }
        part.getChildren().add(Parts.table("exerciseTable", List.of(ui.text("offers.equity.col.year"),
                ui.text("offers.equity.col.vested"), ui.text("offers.equity.col.cost")), rows));
        exercise.notes().forEach(note -> part.getChildren().add(Notes.note(privacy.prose(note))));
        if (exercise.isoLimit() != null) {
            part.getChildren().add(isoLimit(ui, exercise.isoLimit()));
        }
        part.getChildren().add(Parts.title(ui.text("offers.equity.tax")));
        if (tax == null) {
            part.getChildren().add(Notes.note(ui.text("offers.equity.tax.unavailable")));
        } else {
            part.getChildren().add(taxLines(ui, tax, view));
        }
        return part;
    }

    private static Node isoLimit(UiContext ui, IsoLimit limit) {
        Privacy privacy = ui.privacy();
        List<List<String>> rows = new ArrayList<>();
        for (IsoLimit.Year year : limit.years()) {
            rows.add(List.of(year.calendarYear() == null ? "year " + year.grantYear()
                            : Integer.toString(year.calendarYear()), Parts.count(year.shares()),
                    privacy.money(year.valueAtGrant()), Parts.count(year.isoShares()), Parts.count(year.nsoShares())));
        }
        return Parts.part("isoLimit", Parts.line(ui.text("offers.equity.isoLimit", Parts.count(limit.isoShares()),
                        Parts.count(limit.nsoShares()))),
                Parts.table("isoLimitTable", List.of(ui.text("offers.equity.col.year"),
                        ui.text("offers.equity.col.exercisable"), ui.text("offers.equity.col.atGrant"),
                        ui.text("offers.equity.col.iso"), ui.text("offers.equity.col.nso")), rows),
                Notes.note(privacy.prose(limit.note())));
    }

    private static Node taxLines(UiContext ui, ExerciseTax tax, EquityView view) {
        Privacy privacy = ui.privacy();
        VBox lines = new VBox(3);
        lines.setId("exerciseTax");
        lines.getChildren().add(Parts.line(ui.text("offers.equity.tax.total", privacy.money(tax.total()),
                String.valueOf(tax.taxYear()), Parts.price(privacy, tax.spreadPerShare()))));
        if (tax.nsoShares() > 0) {
            lines.getChildren().add(Parts.line(ui.text("offers.equity.tax.nso", Parts.count(tax.nsoShares()),
                    privacy.money(tax.nsoSpread()), privacy.money(tax.taxOnNsoSpread()))));
        }
        if (tax.amt() != null) {
            lines.getChildren().add(Parts.line(ui.text("offers.equity.tax.iso", Parts.count(tax.isoShares()),
                    privacy.money(tax.isoSpread()), privacy.money(tax.amt().amt()))));
        }
        lines.getChildren().add(Notes.note(ui.text("offers.equity.tax.wages", privacy.money(view.wagesForTax()),
                privacy.prose(view.taxedAs()))));
        tax.notes().forEach(note -> lines.getChildren().add(Notes.note(privacy.prose(note))));
        List<String> how = new ArrayList<>();
        how.add("Spread = max(0, 409A − strike) × shares. NSO spread: tax on wages + spread, less the tax on the"
                + " wages alone (federal, FICA and state, " + tax.taxYear() + " tables): wages "
                + GrantLines.money(tax.wages()) + ", spread " + GrantLines.money(tax.nsoSpread()) + " → "
                + GrantLines.money(tax.taxOnNsoSpread()) + ".");
        if (tax.amt() != null) {
            how.addAll(amt(tax.amt()));
        }
        lines.getChildren().add(Parts.how(ui, "exerciseTaxHow", ui.text("offers.equity.how"), how));
        return lines;
    }

    /** Form 6251 as the estimate works it, figure by figure, with the tables' source. */
    private static List<String> amt(AmtEstimate amt) {
        return List.of(
                "AMT income = regular taxable income " + GrantLines.money(amt.regularTaxableIncome())
                        + " + the deduction added back (standard or state and local taxes) " + GrantLines.money(amt.standardDeductionAddedBack())
                        + " + the ISO spread " + GrantLines.money(amt.isoSpread()) + " = " + GrantLines.money(amt.amti())
                        + ".",
                "Exemption " + GrantLines.money(amt.exemption()) + ", less " + rate(amt.phaseOutRate())
                        + " of the AMT income above " + GrantLines.money(amt.phaseOutStart()) + " = "
                        + GrantLines.money(amt.exemptionAllowed()) + "; taxable excess "
                        + GrantLines.money(amt.taxableExcess()) + ".",
                "Tentative minimum tax: " + rate(amt.lowRate()) + " up to " + GrantLines.money(amt.highRateThreshold())
                        + ", " + rate(amt.highRate()) + " above = " + GrantLines.money(amt.tentativeMinimumTax())
                        + "; less the regular federal tax " + GrantLines.money(amt.regularTax()) + " = AMT "
                        + GrantLines.money(amt.amt()) + ".",
                "Source: " + amt.source() + ".");
    }

    /** 0.26 → "26 %". */
    private static String rate(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + " %";
    }
}
