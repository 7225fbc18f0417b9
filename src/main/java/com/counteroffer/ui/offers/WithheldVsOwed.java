package com.counteroffer.ui.offers;

import com.counteroffer.domain.tax.TaxResult;
import com.counteroffer.domain.tax.withholding.WithholdingLine;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import com.counteroffer.ui.common.Privacy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The take-home view's "Withheld vs owed" part as text, worked out without the toolkit: per tax, what payroll
 * withholds over the year and what is owed, each with its formula; the balance due in April; the safe harbour
 * and the estimated payments that avoid a penalty; and how each line was worked out, with its source.
 */
final class WithheldVsOwed {

    /** One tax: withheld and owed as shown, and the formula one click (hover or focus) away. */
    record Row(String id, String label, String withheld, String owed, String formula) {
    }

    private final WithholdingResult result;
    private final int year;
    private final Privacy privacy;

    WithheldVsOwed(WithholdingResult result, int year, Privacy privacy) {
        this.result = result;
        this.year = year;
        this.privacy = privacy;
    }

    String title() {
        return "Withheld vs owed, year " + year;
    }

    /** Which pay counts as regular and which as supplemental, in one sentence. */
    String basis() {
        BigDecimal wages = result.liability().input().wages();
        BigDecimal supplemental = result.input().supplementalWages();
        BigDecimal spouse = result.liability().input().spouseWages();
        boolean couple = spouse.signum() > 0;
        return privacy.prose("Payroll withholds on " + money(wages.subtract(supplemental)) + " of regular pay (base) "
                + (couple ? "and the spouse's " + money(spouse) + " (their own job, the same W-4) " : "")
                + "by the IRS percentage method and on " + money(supplemental) + " of bonus, sign-on, RSU vests and "
                + "relocation at the flat supplemental rates" + (couple ? "; owed is the household's tax on the joint "
                + "return." : "."));
    }

    List<Row> rows() {
        TaxResult owed = result.liability();
        List<Row> rows = new ArrayList<>();
        rows.add(row("withheldFederal", "Federal income tax", result.federalWithheld(), owed.federalIncomeTax(),
                WithholdingResult.FEDERAL_REGULAR, WithholdingResult.FEDERAL_SUPPLEMENTAL));
        rows.add(row("withheldFica", "Social Security and Medicare", result.ficaWithheld(),
                owed.socialSecurity().add(owed.medicare()).add(owed.additionalMedicare()), WithholdingResult.FICA,
                WithholdingResult.ADDITIONAL_MEDICARE));
        rows.add(row("withheldState", "State income tax", result.stateWithheld(),
                owed.stateIncomeTax().add(owed.workStateTax()),
                WithholdingResult.STATE_REGULAR, WithholdingResult.STATE_SUPPLEMENTAL));
        if (result.localWithheld().signum() > 0 || owed.localIncomeTax().signum() > 0) {
            rows.add(row("withheldLocal", "Local income tax", result.localWithheld(), owed.localIncomeTax(),
                    WithholdingResult.LOCAL));
        }
        if (result.statePayroll().signum() > 0) {
            rows.add(row("withheldPayroll", "State payroll premiums", result.statePayroll(), owed.statePayroll(),
                    WithholdingResult.STATE_PAYROLL));
        }
        rows.add(row("withheldTotal", "Total", result.totalWithheld(), result.totalOwed(), WithholdingResult.TOTAL,
                WithholdingResult.OWED));
        return rows;
    }

    /** "Balance due in April: $14,658" or "Refund in April: $1,200". */
    String balanceDue() {
        BigDecimal balance = result.balanceDue();
        return (balance.signum() >= 0 ? "Balance due in April: " : "Refund in April: ") + money(balance.abs());
    }

    String balanceFormula() {
        return formula(WithholdingResult.BALANCE_DUE, WithholdingResult.FEDERAL_BALANCE_DUE,
                WithholdingResult.STATE_BALANCE_DUE);
    }

    String safeHarbor() {
        return "Safe harbour (IRC §6654): " + money(result.safeHarbor()) + " of federal tax paid through the year";
    }

    String safeHarborFormula() {
        return formula(WithholdingResult.SAFE_HARBOR);
    }

    /** The estimated payments still needed, or that none are. */
    String estimatedPayments() {
        return result.noPenalty() ? "No estimated payments needed to avoid a penalty"
                : "Estimated payments to avoid a penalty: " + money(result.estimatedPaymentsNeeded());
    }

    String estimatedPaymentsFormula() {
        return formula(WithholdingResult.ESTIMATED_PAYMENTS);
    }

    /** Every line: its label, formula and source, assumptions labelled as such. */
    List<String> howLines() {
        List<String> how = new ArrayList<>();
        for (WithholdingLine line : result.lines()) {
            how.add(privacy.prose(line.label() + (line.assumption() ? " (assumption)" : "") + ": " + line.formula()
                    + (line.source().isEmpty() ? "" : ". Source: " + line.source())));
        }
        return how;
    }

    List<String> notes() {
        return result.notes().stream().map(privacy::prose).toList();
    }

    private Row row(String id, String label, BigDecimal withheld, BigDecimal owed, String... keys) {
        return new Row(id, label, money(withheld), money(owed), formula(keys));
    }

    /** The named lines' formulas, one per line, figures hidden in privacy mode. */
    private String formula(String... keys) {
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            result.line(key).ifPresent(line -> parts.add(line.label() + (line.assumption() ? " (assumption)" : "")
                    + ": " + line.formula()));
        }
        return privacy.prose(String.join("\n", parts));
    }

    private String money(BigDecimal amount) {
        return privacy.money(amount);
    }
}
