package com.counteroffer.cli;

import com.counteroffer.domain.compensation.PrivateEquity;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.input.GrowthRates;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.service.OfferService;
import com.counteroffer.service.Services;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
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

    /** The client's rows that can't be read, when a saved offer was projected. */
    private UnreadableRowLines unreadable;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--offer", paramLabel = "ID", description = "A saved offer's id.")
        String offerId;
        @Option(names = "--file", paramLabel = "F", description = "An offer file (counteroffer.offer/2, or /1).")
        Path file;
    }

    @Option(names = "--years", paramLabel = "N", description = "Years to project, 1 to 10 (default 4).")
    private String years = "4";

    @Option(names = "--growth", paramLabel = "PERCENT",
            description = "Yearly stock growth in percent: 15, 15%% or -30 (15 means 15 %%; default 0).")
    private String growth = "0";

    @Option(names = "--valuation", paramLabel = "BASIS", description = "How to value options and private-company"
            + " shares: 409a, preferred, exit or scenarios. Default: the offer's own choice (409a unless changed).")
    private String valuation;

    @Option(names = "--exit-value", paramLabel = "DOLLARS", description = "The company's value at the exit for this"
            + " run (e.g. 2000m or $2,000,000,000), instead of the offer's saved one; implies --valuation exit"
            + " and is refused beside another valuation.")
    private String exitValue;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() {
        int horizon = CliInputs.years("--years", years);
        BigDecimal rate = CliInputs.growth("--growth", growth);
        ValuationBasis basis = valuation == null ? null : CliInputs.valuation("--valuation", valuation);
        Long exit = exitValue == null ? null : CliInputs.companyValue("--exit-value", exitValue);
        if (exit != null) {
            // As in the equity command: implied when no valuation is given, refused beside another rather than
            // silently ignored.
            if (basis != null && basis != ValuationBasis.EXIT) {
                throw new BadInputException("--exit-value needs --valuation exit (found --valuation " + basis.id()
                        + "); leave out --valuation or give exit");
            }
            basis = ValuationBasis.EXIT;
        }
        Offer offer = source.file != null ? OfferService.readFile(source.file)
                : saved(OffersCommand.parseId(source.offerId));
        Projection projection;
        try {
            projection = OfferService.project(offer, horizon, rate, basis, exit);
        } catch (com.counteroffer.service.InvalidInputException e) {
            throw exit == null ? e : new BadInputException("--exit-value: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("company", offer.company());
            result.put("growth", rate);
            result.putAll(OfferOutput.projection(projection));
            out.println(Json.write(result));
            return done();
        }
        out.println(offer.company() + ": " + projection.years().size() + " years, stock growth "
                + GrowthRates.describe(rate));
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
        PrivateEquity valued = projection.privateEquity();
        if (valued != null) {
            out.println("Valuation: " + valued.basis().label() + " — " + String.format(java.util.Locale.ROOT, "%,d",
                    valued.units()) + " " + valued.unitWord() + " " + valued.atWords() + ", "
                    + money(valued.grantValue()) + " for the whole grant" + (basis == null ? " (the offer's own choice)"
                    : ""));
            out.println("Paper " + money(projection.paper()) + " · liquid " + money(projection.liquid()) + " over "
                    + projection.years().size() + " years");
        }
        projection.conventions().forEach(line -> out.println("  - " + line));
        return done();
    }

    /** The saved offer (refused, naming it, when its row can't be read); notes the client's other unreadable rows. */
    private Offer saved(long id) {
        try (Services services = RootCommand.of(spec).openServices()) {
            long client = RootCommand.of(spec).client(services).id();
            Offer offer = services.offers().get(client, id).offer();
            unreadable = UnreadableRowLines.of(services, client);
            return offer;
        }
    }

    /** The command's exit code, naming the client's other unreadable rows as a warning (a saved offer only). */
    private int done() {
        return unreadable == null ? ExitCode.OK
                : unreadable.finish(spec, UnreadableRowLines.NONE_NEEDED, ExitCode.OK);
    }

    private static String money(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }
}
