package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The employer's 401(k) match: {@code ratePercent} of what the employee defers, up to
 * {@code capPercentOfBase} of base salary. The employee is assumed to defer up to the 2026 limit
 * of $24,500 (secondary: IRS 2026 limits), so the match is
 * min(rate × min(24,500, base), cap % × base).
 */
public record RetirementMatch(BigDecimal ratePercent, BigDecimal capPercentOfBase) {

    public static final long DEFERRAL_LIMIT_2026 = 24_500;

    public RetirementMatch {
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(capPercentOfBase, "capPercentOfBase");
    }
}
