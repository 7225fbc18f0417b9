package com.counteroffer.domain.offer;

/**
 * A sign-on payment: a lump sum paid at the start of {@code year} (1 = the first year), or, when
 * {@code monthlyOverMonths} is above 0, paid in equal monthly parts over that many months from
 * the start of that year (Amazon-style; the parts stop when you leave).
 */
public record SignOnPayment(long amount, int year, int monthlyOverMonths) {

    public SignOnPayment {
        if (year < 1) {
            throw new IllegalArgumentException("a sign-on year starts at 1");
        }
        if (monthlyOverMonths < 0) {
            throw new IllegalArgumentException("monthly payments can't run over a negative number of months");
        }
    }

    public static SignOnPayment lumpSum(long amount, int year) {
        return new SignOnPayment(amount, year, 0);
    }

    public boolean monthly() {
        return monthlyOverMonths > 0;
    }
}
