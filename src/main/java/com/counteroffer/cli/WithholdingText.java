package com.counteroffer.cli;

import com.counteroffer.domain.tax.withholding.WithholdingLine;
import com.counteroffer.domain.tax.withholding.WithholdingResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;

/** take-home's text for withheld vs owed: the figures beside the liability, then how each was worked out. */
final class WithholdingText {

    private WithholdingText() {
    }

    static void print(PrintWriter out, WithholdingResult result) {
        BigDecimal supplemental = result.input().supplementalWages();
        out.println("Withheld by payroll vs owed" + (supplemental.signum() > 0 ? " (" + money(supplemental)
                + " of the wages paid as bonus, sign-on and RSU vests)" : "") + ":");
        row(out, "Federal income tax", result.federalWithheld(), result.liability().federalIncomeTax());
        BigDecimal ficaOwed = result.liability().socialSecurity().add(result.liability().medicare())
                .add(result.liability().additionalMedicare());
        row(out, "Social Security, Medicare", result.ficaWithheld(), ficaOwed);
        row(out, "State income tax", result.stateWithheld(), result.liability().stateIncomeTax()
                .add(result.liability().workStateTax()));
        row(out, "Local income tax", result.localWithheld(), result.liability().localIncomeTax());
        row(out, "State payroll premiums", result.statePayroll(), result.liability().statePayroll());
        row(out, "Total", result.totalWithheld(), result.totalOwed());
        BigDecimal balance = result.balanceDue();
        out.println(String.format(Locale.US, "  %-26s %13s", balance.signum() >= 0 ? "Balance due in April"
                : "Refund in April", money(balance.abs())));
        out.println(String.format(Locale.US, "  %-26s %13s", "Safe harbour (§6654)", money(result.safeHarbor())));
        out.println(String.format(Locale.US, "  %-26s %13s", "Estimated payments needed",
                money(result.estimatedPaymentsNeeded())));
        out.println("How:");
        for (WithholdingLine line : result.lines()) {
            out.println("  " + line.label() + (line.assumption() ? " (assumption)" : "") + ": " + line.formula()
                    + (line.source().isEmpty() ? "" : " [" + line.source() + "]"));
        }
        out.println("Withholding notes:");
        for (String note : result.notes()) {
            out.println("  - " + note);
        }
    }

    private static void row(PrintWriter out, String label, BigDecimal withheld, BigDecimal owed) {
        out.println(String.format(Locale.US, "  %-26s %13s withheld %13s owed", label, money(withheld), money(owed)));
    }

    private static String money(BigDecimal amount) {
        return TakeHomeCommand.money(amount);
    }
}
