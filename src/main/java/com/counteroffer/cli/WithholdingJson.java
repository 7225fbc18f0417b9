package com.counteroffer.cli;

import com.counteroffer.domain.tax.withholding.WithholdingLine;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** take-home's JSON for withheld vs owed: the figures in cents, then every line with its formula and source. */
final class WithholdingJson {

    private WithholdingJson() {
    }

    static void add(Map<String, Object> json, WithholdingResult result) {
        json.put("supplemental_wages", cents(result.input().supplementalWages()));
        json.put("prior_year_tax", result.input().priorYearTax() == null ? null : cents(result.input().priorYearTax()));
        json.put("prior_year_agi_over_150k", result.input().priorYearAgiOver150k());
        Map<String, Object> withheld = new LinkedHashMap<>();
        withheld.put("federal", cents(result.federalWithheld()));
        withheld.put("federal_regular", cents(result.federalRegular()));
        withheld.put("federal_supplemental", cents(result.federalSupplemental()));
        withheld.put("fica", cents(result.ficaWithheld()));
        withheld.put("additional_medicare", cents(result.additionalMedicareWithheld()));
        withheld.put("state", cents(result.stateWithheld()));
        withheld.put("local", cents(result.localWithheld()));
        withheld.put("state_payroll", cents(result.statePayroll()));
        withheld.put("total", cents(result.totalWithheld()));
        json.put("withheld", withheld);
        // From the rounded figures, so that owed − withheld adds up to the cent as printed.
        json.put("balance_due", cents(result.totalOwed()).subtract(cents(result.totalWithheld())));
        json.put("federal_balance_due", cents(result.federalBalanceDue()));
        json.put("state_balance_due", cents(result.stateBalanceDue()));
        Map<String, Object> safeHarbor = new LinkedHashMap<>();
        safeHarbor.put("required_payment", cents(result.safeHarbor()));
        safeHarbor.put("estimated_payments_needed", cents(result.estimatedPaymentsNeeded()));
        safeHarbor.put("no_penalty", result.noPenalty());
        json.put("safe_harbor", safeHarbor);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (WithholdingLine line : result.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", line.key());
            row.put("label", line.label());
            row.put("amount", cents(line.amount()));
            row.put("formula", line.formula());
            row.put("source", line.source());
            row.put("assumption", line.assumption());
            lines.add(row);
        }
        json.put("withholding_lines", lines);
        json.put("withholding_notes", result.notes());
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
