package com.counteroffer.ui.offers.equity;

import com.counteroffer.ui.common.Notes;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.LiquiditySchedule;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** When the grant can become money: paper apart from what tender offers let one sell, year by year. */
final class LiquidityPart {

    private LiquidityPart() {
    }

    static Node build(UiContext ui, EquityAnalysis analysis) {
        Privacy privacy = ui.privacy();
        LiquiditySchedule schedule = analysis.liquidity();
        VBox part = Parts.part("liquidityPart", Parts.title(ui.text("offers.equity.liquidity")));
        String unit = analysis.kind() == EquityAnalysis.Kind.OPTIONS ? "options" : "units";
        boolean tenders = schedule.kind() == Liquidity.Kind.TENDER;
        String years = String.valueOf(schedule.horizonYears());
        String paper = Parts.count(schedule.paperUnits());
        String paperValue = privacy.money(schedule.paperValue());
        String basis = analysis.basis().label();
        part.getChildren().add(Parts.line(tenders
                ? ui.text("offers.equity.liquidity.summary", years, privacy.money(schedule.proceeds()),
                        Parts.count(schedule.soldUnits()), unit, paper, paperValue, basis)
                : ui.text("offers.equity.liquidity.atExit", years, paper, unit, paperValue, basis)));
        schedule.notes().forEach(note -> part.getChildren().add(Notes.note(privacy.prose(note))));
        if (tenders) {
            List<List<String>> rows = new ArrayList<>();
            for (LiquiditySchedule.Year year : schedule.years()) {
                rows.add(List.of(Integer.toString(year.year()), Parts.count(year.vested()),
                        Integer.toString(year.tenders()), Parts.count(year.sold()), privacy.money(year.proceeds()),
                        Parts.count(year.onPaper())));
            }
            part.getChildren().add(Parts.table("liquidityTable", List.of(ui.text("offers.equity.col.year"),
                    ui.text("offers.equity.col.vested"), ui.text("offers.equity.col.tenders"),
                    ui.text("offers.equity.col.sold"), ui.text("offers.equity.col.proceeds"),
                    ui.text("offers.equity.col.paper")), rows));
            part.getChildren().add(Parts.how(ui, "liquidityHow", ui.text("offers.equity.how"), List.of(
                    "Each tender: the share one may sell × the vested units still held, rounded down; proceeds ="
                            + " units sold × the tender price" + (schedule.tenderPrice() == null ? ""
                            : " of " + Money.sharePrice(schedule.tenderPrice())) + (unit.equals("options")
                            ? ", less the strike" : "") + ".",
                    "Paper = vested units still held, valued under the basis chosen: " + analysis.basis().label()
                            + ".")));
        }
        return part;
    }
}
