package com.counteroffer.cli;

import com.counteroffer.domain.offer.NoSuchOfferException;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.store.Database;
import com.counteroffer.store.OfferRepository;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code counteroffer projection}: an offer year by year, with the named views. */
@Command(name = "projection", mixinStandardHelpOptions = true,
        description = "Project a saved offer or an offer file year by year, with year 1, annualised "
                + "(Levels-style), steady-state, guaranteed and at-risk totals.")
final class ProjectionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--offer", paramLabel = "ID", description = "A saved offer's id.")
        String offerId;
        @Option(names = "--file", paramLabel = "F", description = "An offer file (counteroffer.offer/1).")
        Path file;
    }

    @Option(names = "--years", paramLabel = "N", description = "Years to project, 1 to 10 (default 4).")
    private String years = "4";

    @Option(names = "--growth", paramLabel = "R",
            description = "Yearly stock growth: 0.15, 15% or -30% (default 0).")
    private String growth = "0";

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() {
        ProjectionSettings settings = ProjectionSettings.defaults()
                .withYears(parseYears(years)).withGrowth(parseGrowth(growth));
        Offer offer = source.file != null ? OfferFiles.read(source.file) : saved(OffersCommand.parseId(source.offerId));
        List<String> problems = OfferValidator.problems(offer);
        if (!problems.isEmpty()) {
            throw new BadInputException("the offer can't be projected:\n  " + String.join("\n  ", problems));
        }
        Projection projection = CompensationEngine.project(offer, settings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("company", offer.company());
            result.putAll(OfferOutput.projection(projection));
            out.println(Json.write(result));
            return ExitCode.OK;
        }
        out.println(offer.company() + ": " + projection.years().size() + " years, stock growth "
                + growth.strip() + " a year");
        out.printf("%4s %12s %11s %11s %11s %11s %12s%n", "YEAR", "BASE", "BONUS", "EQUITY", "SIGN-ON", "REFRESH", "TOTAL");
        for (YearAmounts year : projection.years()) {
            out.printf("%4d %12s %11s %11s %11s %11s %12s%n", year.year(), money(year.base()), money(year.bonus()),
                    money(year.equity()), money(year.signOn()), money(year.refreshers()), money(year.total()));
        }
        out.println("Year 1 " + money(projection.tcYear1()) + " · annualised (Levels-style) "
                + money(projection.tcAnnualized()) + " · steady state (year " + projection.steadyStateYear() + ") "
                + money(projection.tcSteadyState()));
        out.println("Guaranteed " + money(projection.guaranteed()) + " · at risk " + money(projection.atRisk())
                + " over " + projection.years().size() + " years");
        projection.conventions().forEach(line -> out.println("  - " + line));
        return ExitCode.OK;
    }

    private Offer saved(long id) {
        try (Database database = RootCommand.of(spec).openDatabase()) {
            return OffersCommand.join(new OfferRepository(database, Clock.systemUTC())
                            .get(RootCommand.of(spec).clientId(database), id))
                    .orElseThrow(() -> new BadInputException(new NoSuchOfferException(id).getMessage()))
                    .offer();
        }
    }

    static int parseYears(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= ProjectionSettings.MAX_YEARS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // same message below
        }
        throw new BadInputException("--years: \"" + text + "\" must be a whole number of years from 1 to 10.");
    }

    static BigDecimal parseGrowth(String text) {
        String cleaned = text.strip();
        try {
            BigDecimal rate = cleaned.endsWith("%")
                    ? new BigDecimal(cleaned.substring(0, cleaned.length() - 1)).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64)
                    : new BigDecimal(cleaned);
            if (rate.compareTo(ProjectionSettings.MIN_GROWTH) <= 0 || rate.compareTo(ProjectionSettings.MAX_GROWTH) > 0) {
                throw new BadInputException("--growth: \"" + text + "\" must be above -100% and at most 1000% a year.");
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new BadInputException("--growth: \"" + text + "\" is not a rate; write 0.15, 15% or -30%.");
        }
    }

    private static String money(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }
}
