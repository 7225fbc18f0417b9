package com.counteroffer.domain.offer;

import com.counteroffer.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The employer's 401(k) match as offer letters state it: "{@code ratePercent} % match on the first
 * {@code onFirstPercentOfPay} % of pay" (also written "50 % up to 6 %"). The employer puts in
 * {@code ratePercent} % of what you contribute, counting your contributions up to
 * {@code onFirstPercentOfPay} % of pay; {@code annualCap}, when a letter states "up to $X a year",
 * caps the result (null: no dollar cap).
 *
 * <p>Pay is base salary. You are assumed to contribute at least the matched share of pay, but no more
 * than the 2026 elective deferral limit ($24,500, IRC 402(g)), and pay above the 2026 compensation
 * limit of IRC 401(a)(17) ($360,000) is not counted; both figures are from IRS Notice 2025-67. So
 * the yearly match is
 * <pre>
 *   min(rate × min(first % × min(pay, 360,000), 24,500), annualCap)
 * </pre>
 * e.g. 50 % on the first 6 % of $210,000: 0.5 × 6 % × 210,000 = $6,300.
 */
public record RetirementMatch(BigDecimal ratePercent, BigDecimal onFirstPercentOfPay, Long annualCap) {

    /** 2026 elective deferral limit, IRC 402(g)(1) (IRS Notice 2025-67). */
    public static final long DEFERRAL_LIMIT_2026 = 24_500;
    /** 2026 limit on the pay a plan may count, IRC 401(a)(17) (IRS Notice 2025-67). */
    public static final long COMPENSATION_LIMIT_2026 = 360_000;

    public RetirementMatch {
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(onFirstPercentOfPay, "onFirstPercentOfPay");
    }

    /** A match with no yearly dollar cap. */
    public RetirementMatch(BigDecimal ratePercent, BigDecimal onFirstPercentOfPay) {
        this(ratePercent, onFirstPercentOfPay, null);
    }

    /** What you are assumed to put in: the matched share of the pay counted, at most the deferral limit. */
    public BigDecimal contribution(BigDecimal pay) {
        BigDecimal counted = pay.min(BigDecimal.valueOf(COMPENSATION_LIMIT_2026));
        return counted.multiply(onFirstPercentOfPay).movePointLeft(2).min(BigDecimal.valueOf(DEFERRAL_LIMIT_2026));
    }

    /** The employer's match for a year with this pay (base salary). */
    public BigDecimal yearly(BigDecimal pay) {
        BigDecimal matched = contribution(pay).multiply(ratePercent).movePointLeft(2);
        return annualCap == null ? matched : matched.min(BigDecimal.valueOf(annualCap));
    }

    /** "50 % on the first 6 % of pay", with ", at most $5,000 a year" when capped. */
    public String describe() {
        return plain(ratePercent) + " % on the first " + plain(onFirstPercentOfPay) + " % of pay"
                + (annualCap == null ? "" : ", at most " + Money.format(annualCap)
                + " a year");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
