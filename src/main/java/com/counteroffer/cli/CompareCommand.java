package com.counteroffer.cli;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compare.LeaderChange;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.input.GrowthRates;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.service.CompareResult;
import com.counteroffer.service.CompareService;
import com.counteroffer.service.Services;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counteroffer compare}: two to six saved offers side by side, optionally after tax. Values are
 * read as text and parsed here so that a bad value is bad input (exit 2), not a command-line error.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare 2 to 6 saved offers year by year: running totals, the best over the horizon, "
                + "the year the leader changes and the stock growth at which the ranking flips.",
                "With --after-tax, also the 2026 tax, net pay and purchasing power of each year."})
final class CompareCommand implements Callable<Integer> {

    private static final int LABEL_WIDTH = 16;
    private static final int COLUMN_WIDTH = 18;

    @Spec
    private CommandSpec spec;

    @Option(names = "--offers", paramLabel = "ID,ID[,ID...]",
            description = "The saved offers' ids, 2 to 6, separated by commas (see offers list). Default: the offers "
                    + "chosen on the Compare screen (the client's current scenario).")
    private String offers;

    @Option(names = "--years", paramLabel = "N",
            description = "Years to compare, 1 to 10. Default: the client's current scenario (4 for a new client).")
    private String years;

    @Option(names = "--growth", paramLabel = "PERCENT",
            description = "Yearly stock growth in percent for every offer without its own: 15, 15%% or -30 "
                    + "(15 means 15 %%). Default: the client's current scenario (0 for a new client).")
    private String growth;

    @Option(names = "--leave-at", paramLabel = "MONTH",
            description = "Also show what leaving at this month pays and forfeits (1 to 120). Default: the "
                    + "client's current scenario (none for a new client).")
    private String leaveAt;

    @Option(names = "--after-tax", description = "Also show each year after 2026 taxes and regional prices, for "
            + "the residence and filing status in the client's profile (or --state and --filing).")
    private boolean afterTax;

    @Option(names = "--state", paramLabel = "STATE",
            description = "With --after-tax: where you live: CA, NY, WA, TX, VA, DC, MD or OTHER. An on-site or "
                    + "hybrid offer in a hub is taxed in the hub's state; remote offers are priced at the US average.")
    private String state;

    @Option(names = "--filing", paramLabel = "STATUS",
            description = "With --after-tax: single, mfj (married filing jointly) or hoh (head of household).")
    private String filing;

    @Option(names = "--valuation", paramLabel = "BASIS", description = "How to value every offer's options and"
            + " private-company shares: own (each offer's choice), 409a, preferred, exit or scenarios. Default: the"
            + " client's current scenario (each offer's choice for a new client).")
    private String valuation;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() {
        CompareService.TaxBasis tax = taxBasis();
        try (Services services = RootCommand.of(spec).openServices()) {
            long client = RootCommand.of(spec).client(services).id();
            UnreadableRowLines unreadable = UnreadableRowLines.of(services, client);
            SavedComparison scenario = services.compare().scenario(client);
            if (offers != null) {
                List<Long> ids = parseIds(offers);
                for (long id : ids) {
                    services.offers().get(client, id);
                }
                scenario = scenario.withOffers(ids);
            }
            if (years != null) {
                scenario = scenario.withYears(CliInputs.years("--years", years));
            }
            if (growth != null) {
                scenario = scenario.withGrowth(CliInputs.growth("--growth", growth));
            }
            if (leaveAt != null) {
                scenario = scenario.withLeaveMonth(leaveMonth(leaveAt));
            }
            if (valuation != null) {
                scenario = scenario.withValuation("own".equalsIgnoreCase(valuation.trim()) ? null
                        : CliInputs.valuation("--valuation", valuation));
            }
            if (tax == CompareService.TaxBasis.PROFILE) {
                unreadable.refuseWithout(UnreadableRowLines.in(UnreadableRow.Table.PROFILE));
            }
            if (tax.afterTax() && tax.state() == null && services.profiles().load(client).isEmpty()) {
                throw new BadInputException("--after-tax needs --state and --filing: the client has no profile to "
                        + "take the residence and filing status from");
            }
            for (StoredOffer stored : services.offers().list(client)) {
                List<String> problems = services.offers().problems(stored.offer());
                if (scenario.offerIds().contains(stored.id()) && !problems.isEmpty()) {
                    throw new BadInputException("offer " + stored.id() + " (" + stored.offer().company()
                            + ") can't be projected:\n  " + String.join("\n  ", problems));
                }
            }
            SavedComparison chosen = scenario;
            // The scenario (its horizon and growth are the figures' basis) and its offers.
            Predicate<UnreadableRow> needed = UnreadableRowLines.in(UnreadableRow.Table.SCENARIO)
                    .or(row -> row.table() == UnreadableRow.Table.OFFER && chosen.offerIds().contains(row.rowId()));
            Optional<CompareResult> compared = services.compare().compare(client, chosen, tax);
            if (compared.isEmpty()) {
                // Too few offers to compare: any offer that can't be read (or the scenario naming them) may be why.
                unreadable.refuseWithout(UnreadableRowLines.in(UnreadableRow.Table.OFFER,
                        UnreadableRow.Table.SCENARIO));
            }
            CompareResult result = compared.orElseThrow(() ->
                    new BadInputException("--offers: compare at least 2 offers; the " + (offers == null
                            ? "client's current scenario holds " + chosen.offerIds().size() + " (choose them on the "
                                    + "Compare screen, or give --offers ID,ID)"
                            : "offers given name " + chosen.offerIds().size())));
            Comparison comparison = result.comparison();
            Map<String, List<YearTakeHome>> taxed = result.takeHome() == null ? Map.of() : result.takeHome();
            TaxedAs taxedAs = !tax.afterTax() ? null : tax.state() != null ? new TaxedAs(tax.state(), tax.filing())
                    : TaxedAs.of(services.profiles().load(client).orElseThrow());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> document = json(comparison, chosen, taxedAs, taxed);
                document.put("table", table(result));
                out.println(Json.write(document));
            } else {
                out.println(scenarioLine(chosen, offers == null && years == null && growth == null && leaveAt == null
                        && valuation == null));
                out.println();
                printText(out, comparison, taxedAs, taxed);
            }
            return unreadable.finish(spec, needed, ExitCode.OK);
        }
    }

    /** The ids in the order given: 2 to 6 of them, each a whole number, none twice. */
    static List<Long> parseIds(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length < CompareService.MIN_OFFERS || parts.length > CompareService.MAX_OFFERS) {
            throw new BadInputException("--offers: give " + CompareService.MIN_OFFERS + " to "
                    + CompareService.MAX_OFFERS + " offer ids separated by commas, e.g. --offers 1,2; found "
                    + parts.length + " in \"" + text + "\"");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : parts) {
            long id = OffersCommand.parseId(part);
            if (!ids.add(id)) {
                throw new BadInputException("--offers: offer " + id + " is given twice; compare different offers");
            }
        }
        return List.copyOf(ids);
    }

    private static int leaveMonth(String text) {
        var parsed = com.counteroffer.domain.input.Numbers.whole(text, 1, CompareService.MAX_LEAVE_MONTH, true,
                "month you leave");
        if (!parsed.ok()) {
            throw new BadInputException("--leave-at: " + parsed.error());
        }
        return parsed.value();
    }

    /** Whose taxes: none without --after-tax; the profile's, or --state and --filing for this run. */
    private CompareService.TaxBasis taxBasis() {
        if (!afterTax) {
            if (state != null || filing != null) {
                throw new BadInputException((state != null ? "--state" : "--filing")
                        + " applies only with --after-tax; add --after-tax to see each year after tax");
            }
            return CompareService.TaxBasis.NONE;
        }
        if (state == null && filing == null) {
            return CompareService.TaxBasis.PROFILE;
        }
        if (state == null || filing == null) {
            throw new BadInputException("--after-tax: missing " + (state == null ? "--state" : "--filing")
                    + "; give both --state and --filing, or neither to use the client's profile");
        }
        return CompareService.TaxBasis.of(CliTaxOptions.state(state), CliTaxOptions.filing(filing));
    }

    /** Where the user lives and how they file, as the after-tax figures assume. */
    private record TaxedAs(StateCode state, FilingStatus filing) {
        static TaxedAs of(Profile profile) {
            StateCode state = profile.stateOfResidence() == null ? StateCode.OTHER
                    : StateCode.fromCode(profile.stateOfResidence().name()).orElse(StateCode.OTHER);
            return new TaxedAs(state, profile.tax().filingStatus());
        }
    }

    /** The window's comparison table: each row's id, label and values in column order (whole dollars). */
    private static List<Map<String, Object>> table(CompareResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CompareResult.Row row : result.rows()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", row.id());
            line.put("label", row.label());
            line.put("values", row.values().stream().map(v -> v == null ? null
                    : row.id().endsWith("_score") ? v : (Object) WholeDollars.of(v)).toList());
            rows.add(line);
        }
        return rows;
    }

    private static Map<String, Object> json(Comparison comparison, SavedComparison scenario, TaxedAs taxedAs,
                                            Map<String, List<YearTakeHome>> taxed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("horizon_years", scenario.years());
        json.put("growth", scenario.growth());
        json.put("leave_month", scenario.leaveMonth());
        json.put("valuation", scenario.valuation() == null ? "own" : scenario.valuation().id());
        if (taxedAs != null) {
            json.put("state", taxedAs.state().name());
            json.put("filing", taxedAs.filing().shortId());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OfferComparison offer : comparison.offers()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", Long.parseLong(offer.entry().key()));
            row.put("company", offer.entry().name());
            row.put("years", OfferOutput.years(offer.projection()));
            row.put("cumulative", offer.cumulative().stream().map(WholeDollars::of).toList());
            row.put("horizon_total", WholeDollars.of(offer.horizonTotal()));
            row.put("guaranteed", WholeDollars.of(offer.projection().guaranteed()));
            row.put("at_risk", WholeDollars.of(offer.projection().atRisk()));
            row.put("paper", WholeDollars.of(offer.projection().paper()));
            row.put("liquid", WholeDollars.of(offer.projection().liquid()));
            row.put("valuation", OfferOutput.valuation(offer.projection().privateEquity()));
            List<YearTakeHome> years = taxed.get(offer.entry().key());
            if (years != null) {
                row.put("residence", years.isEmpty() ? null : years.get(0).residence());
                List<Map<String, Object>> afterTax = new ArrayList<>();
                long netTotal = 0;
                long powerTotal = 0;
                for (YearTakeHome year : years) {
                    Map<String, Object> taxedYear = new LinkedHashMap<>();
                    long wages = WholeDollars.of(year.wages());
                    long tax = WholeDollars.of(year.taxOnOffer());
                    // Net from the rounded figures, so that wages − total_tax = net in the output.
                    long net = wages - tax;
                    long power = WholeDollars.of(year.purchasingPower());
                    taxedYear.put("year", year.year());
                    taxedYear.put("wages", wages);
                    taxedYear.put("total_tax", tax);
                    taxedYear.put("net", net);
                    taxedYear.put("purchasing_power", power);
                    taxedYear.put("rpp", year.rpp());
                    taxedYear.put("rpp_place", year.rppPlace());
                    afterTax.add(taxedYear);
                    netTotal += net;
                    powerTotal += power;
                }
                row.put("after_tax", afterTax);
                row.put("net_horizon_total", netTotal);
                row.put("purchasing_power_horizon_total", powerTotal);
            }
            rows.add(row);
        }
        json.put("offers", rows);
        json.put("best_by_horizon_total", Long.parseLong(comparison.bestByHorizonTotal()));
        json.put("crossover_year", comparison.crossoverYear());
        json.put("leader_changes", comparison.leaderChanges().stream().map(CompareCommand::json).toList());
        json.put("breakeven_growth", comparison.breakevenGrowth());
        json.put("insights", comparison.insights());
        return json;
    }

    /** A change of leader, with the offers' ids as numbers like the other fields. */
    private static Map<String, Object> json(LeaderChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("basis", change.basis().id());
        json.put("year", change.year());
        json.put("from", Long.parseLong(change.fromKey()));
        json.put("to", Long.parseLong(change.toKey()));
        return json;
    }

    /** Which scenario the figures use, so a reader can match them with the Compare screen. */
    static String scenarioLine(SavedComparison scenario, boolean saved) {
        return "Scenario: " + scenario.years() + (scenario.years() == 1 ? " year" : " years") + ", stock growth "
                + GrowthRates.describe(scenario.growth())
                + (scenario.leaveMonth() == null ? "" : ", leaving at month " + scenario.leaveMonth())
                + ", startup equity at " + scenario.valuationWords()
                + (saved ? " (the client's scenario on the Compare screen)" : " (the client's scenario with the options given)")
                + ".";
    }

    private static void printText(PrintWriter out, Comparison comparison, TaxedAs taxedAs,
                                  Map<String, List<YearTakeHome>> taxed) {
        List<OfferComparison> offers = comparison.offers();
        int horizon = offers.get(0).projection().years().size();
        out.println(header(offers, o -> truncate(o.entry().name(), COLUMN_WIDTH - 1)));
        out.println(header(offers, o -> "id " + o.entry().key()));
        for (int year = 1; year <= horizon; year++) {
            int index = year;
            out.println(row("Year " + year, offers, o -> money(o.projection().year(index).total())));
        }
        out.println(row("Horizon total", offers, o -> money(o.horizonTotal())));
        if (taxedAs != null) {
            out.println();
            out.println("After 2026 tax (" + taxedAs.state().label() + ", "
                    + taxedAs.filing().label().toLowerCase(Locale.ROOT) + "), net of tax:");
            for (int year = 1; year <= horizon; year++) {
                int index = year - 1;
                out.println(row("Net year " + year, offers, o -> money(netOf(taxed.get(o.entry().key()).get(index)))));
            }
            out.println(row("Net total", offers, o -> Money.format(taxed.get(o.entry().key()).stream()
                    .mapToLong(CompareCommand::netOf).sum())));
            for (OfferComparison offer : offers) {
                List<YearTakeHome> years = taxed.get(offer.entry().key());
                if (!years.isEmpty()) {
                    out.println("  " + offer.entry().name() + ": " + years.get(0).residence()
                            + " Prices: " + years.get(0).rppPlace() + ".");
                }
            }
        }
        out.println();
        OfferComparison best = comparison.offer(comparison.bestByHorizonTotal()).orElseThrow();
        out.println("Best over " + horizon + (horizon == 1 ? " year: " : " years: ") + best.entry().name()
                + " (id " + best.entry().key() + ", " + money(best.horizonTotal()) + ")");
        // Who leads, by each year's total and by running total: the sentences the window shows.
        comparison.leaderSentences().forEach(out::println);
        out.println("Break-even stock growth: " + (comparison.breakevenGrowth() == null
                ? "none between −90 % and +200 % a year"
                : comparison.breakevenGrowth().movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + " % a year"));
        out.println("Insights:");
        comparison.insights().forEach(line -> out.println("  - " + line));
    }

    /** Net of tax from the rounded wages and tax, as in the JSON. */
    private static long netOf(YearTakeHome year) {
        return WholeDollars.of(year.wages()) - WholeDollars.of(year.taxOnOffer());
    }

    private static String header(List<OfferComparison> offers, Function<OfferComparison, String> cell) {
        return row("", offers, cell);
    }

    private static String row(String label, List<OfferComparison> offers,
                              Function<OfferComparison, String> cell) {
        StringBuilder line = new StringBuilder(String.format(Locale.US, "%-" + LABEL_WIDTH + "s", label));
        for (OfferComparison offer : offers) {
            line.append(String.format(Locale.US, "%" + COLUMN_WIDTH + "s", cell.apply(offer)));
        }
        return line.toString().stripTrailing();
    }

    private static String money(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }

    private static String money(long amount) {
        return Money.format(amount);
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
