package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The cost of exercising an options grant, its window, the ISO limit and the tax estimate. */
final class Exercises {

    static final String EARLY_EXERCISE = "Early exercise is allowed: unvested options can be bought now. File an"
            + " 83(b) election with the IRS within 30 days after exercising (IRC §83(b)(2)) so the spread is taxed at"
            + " exercise (often $0 when the strike equals the 409A price), not as the shares vest.";

    private Exercises() {
    }

    static Exercise of(OptionGrant options, LocalDate start, ExerciseTaxContext taxContext) {
        BigDecimal strike = options.strike();
        List<Exercise.VestedCost> byYear = new ArrayList<>();
        for (int year = 1; year <= options.vesting().years(); year++) {
            long vested = VestedUnits.byMonth(options.shares(), options.vesting(), year * 12);
            byYear.add(new Exercise.VestedCost(year, vested, strike.multiply(BigDecimal.valueOf(vested))));
        }
        List<String> notes = new ArrayList<>();
        notes.add(windowNote(options));
        if (options.type() == OptionType.ISO && options.exerciseWindowOrUsual() > OptionGrant.USUAL_EXERCISE_WINDOW_MONTHS) {
            notes.add("ISOs exercised more than 3 months after leaving are taxed as NSOs (IRC §422(a)(2)).");
        }
        if (options.earlyExercise()) {
            notes.add(EARLY_EXERCISE);
        }
        IsoLimit isoLimit = options.type() == OptionType.ISO ? IsoLimits.of(options, start) : null;
        if (isoLimit != null && isoLimit.nsoShares() > 0) {
            notes.add(isoLimit.note());
        }
        ExerciseTax tax = taxContext == null ? null : ExerciseTaxes.of(options, isoLimit, taxContext);
        return new Exercise(options.type(), options.shares(), strike, options.fairMarketValue(),
                strike.multiply(BigDecimal.valueOf(options.shares())), byYear, options.exerciseWindowOrUsual(),
                options.earlyExercise(), notes, isoLimit, tax);
    }

    private static String windowNote(OptionGrant options) {
        int months = options.exerciseWindowOrUsual();
        String window = months % 12 == 0 && months >= 12 ? (months / 12) + (months == 12 ? " year" : " years")
                : months + (months == 1 ? " month" : " months");
        return "After leaving, vested options can be bought for " + window + ", then they lapse"
                + (options.exerciseWindowMonths() == null ? " (the usual 3 months, as the letter doesn't say)." : ".");
    }
}
