package com.counteroffer.cli;

import com.counteroffer.domain.compensation.PrivateEquity;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes the offer and projection commands print, in whole dollars. */
final class OfferOutput {

    private OfferOutput() {
    }

    static List<Map<String, Object>> years(Projection projection) {
        List<Map<String, Object>> years = new ArrayList<>();
        for (YearAmounts year : projection.years()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year.year());
            row.put("base", WholeDollars.of(year.base()));
            row.put("bonus", WholeDollars.of(year.bonus()));
            row.put("equity", WholeDollars.of(year.equity()));
            row.put("sign_on", WholeDollars.of(year.signOn()));
            row.put("refreshers", WholeDollars.of(year.refreshers()));
            row.put("total", WholeDollars.of(year.total()));
            row.put("relocation", WholeDollars.of(year.relocation()));
            row.put("k401_match", WholeDollars.of(year.match()));
            row.put("benefits", WholeDollars.of(year.benefits()));
            years.add(row);
        }
        return years;
    }

    static Map<String, Object> projection(Projection projection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("years", years(projection));
        json.put("tc_year1", WholeDollars.of(projection.tcYear1()));
        json.put("tc_annualized", WholeDollars.of(projection.tcAnnualized()));
        json.put("tc_steady_state", WholeDollars.of(projection.tcSteadyState()));
        json.put("steady_state_year", projection.steadyStateYear());
        json.put("horizon_total", WholeDollars.of(projection.horizonTotal()));
        json.put("guaranteed", WholeDollars.of(projection.guaranteed()));
        json.put("at_risk", WholeDollars.of(projection.atRisk()));
        json.put("paper", WholeDollars.of(projection.paper()));
        json.put("liquid", WholeDollars.of(projection.liquid()));
        json.put("valuation", valuation(projection.privateEquity()));
        json.put("conventions", projection.conventions());
        return json;
    }

    /** How options or private shares were valued, or null for none: basis, per unit, the grant, the range. */
    static Map<String, Object> valuation(PrivateEquity valued) {
        if (valued == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("basis", valued.basis().id());
        json.put("label", valued.basis().label());
        json.put("units", valued.units());
        json.put("kind", valued.unitWord());
        json.put("per_unit", valued.perUnit().setScale(2, java.math.RoundingMode.HALF_UP));
        json.put("grant_value", WholeDollars.of(valued.grantValue()));
        json.put("worst_per_unit", valued.worstPerUnit().setScale(2, java.math.RoundingMode.HALF_UP));
        json.put("median_per_unit", valued.medianPerUnit().setScale(2, java.math.RoundingMode.HALF_UP));
        json.put("best_per_unit", valued.bestPerUnit().setScale(2, java.math.RoundingMode.HALF_UP));
        json.put("convention", valued.convention());
        json.put("assumptions", valued.assumptions());
        return json;
    }
}
