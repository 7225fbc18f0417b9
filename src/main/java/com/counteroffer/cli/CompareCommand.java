package com.counteroffer.cli;

import com.counteroffer.domain.offer.NoSuchOfferException;

import com.counteroffer.data.CostOfLivingReader;
import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.compare.CompareEngine;
import com.counteroffer.domain.compare.CompareEntry;
import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compare.LeaderChange;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.OfferTakeHome;
import com.counteroffer.domain.compare.TaxProfile;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.tax.CostOfLiving;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.StateCode;
import com.counteroffer.domain.tax.TaxTables;
import com.counteroffer.store.Database;
import com.counteroffer.store.OfferRepository;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

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

    @Option(names = "--offers", required = true, paramLabel = "ID,ID[,ID...]",
            description = "The saved offers' ids, 2 to 6, separated by commas (see offers list).")
    private String offers;

    @Option(names = "--years", paramLabel = "N", description = "Years to compare, 1 to 10 (default 4).")
    private String years = "4";

    @Option(names = "--growth", paramLabel = "R",
            description = "Yearly stock growth for every offer: 0.15, 15% or -30% (default 0).")
    private String growth = "0";

    @Option(names = "--after-tax", description = "Also show each year after 2026 taxes and regional prices "
            + "(needs --state and --filing).")
    private boolean afterTax;

    @Option(names = "--state", paramLabel = "STATE",
            description = "With --after-tax: where you live: CA, NY, WA, TX, VA, DC, MD or OTHER. An on-site or "
                    + "hybrid offer in a hub is taxed in the hub's state; remote offers are priced at the US average.")
    private String state;

    @Option(names = "--filing", paramLabel = "STATUS",
            description = "With --after-tax: single, mfj (married filing jointly) or hoh (head of household).")
    private String filing;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() {
        List<Long> ids = parseIds(offers);
        ProjectionSettings settings = ProjectionSettings.defaults()
                .withYears(ProjectionCommand.parseYears(years))
                .withGrowth(ProjectionCommand.parseGrowth(growth));
        TaxProfile profile = taxProfile();
        List<CompareEntry> entries = load(ids);
        Comparison comparison = CompareEngine.compare(entries, settings, null);
        Map<String, List<YearTakeHome>> taxed = profile == null ? Map.of() : afterTax(comparison, profile);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(comparison, settings, profile, taxed)));
        } else {
            printText(out, comparison, profile, taxed);
        }
        return ExitCode.OK;
    }

    /** The ids in the order given: 2 to 6 of them, each a whole number, none twice. */
    static List<Long> parseIds(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length < CompareEngine.MIN_OFFERS || parts.length > CompareEngine.MAX_OFFERS) {
            throw new BadInputException("--offers: give " + CompareEngine.MIN_OFFERS + " to "
                    + CompareEngine.MAX_OFFERS + " offer ids separated by commas, e.g. --offers 1,2; found "
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

    /** The residence and filing to tax under, or null without --after-tax. */
    private TaxProfile taxProfile() {
        if (!afterTax) {
            if (state != null || filing != null) {
                throw new BadInputException((state != null ? "--state" : "--filing")
                        + " applies only with --after-tax; add --after-tax to see each year after tax");
            }
            return null;
        }
        if (state == null || filing == null) {
            throw new BadInputException("--after-tax needs --state (CA, NY, WA, TX, VA, DC, MD or OTHER) and "
                    + "--filing (single, mfj or hoh); missing " + (state == null && filing == null
                    ? "both" : state == null ? "--state" : "--filing"));
        }
        StateCode stateCode = CliTaxOptions.state(state);
        FilingStatus filingStatus = CliTaxOptions.filing(filing);
        // No home hub: the command line has no profile, so remote offers are priced at the US average.
        return new TaxProfile(filingStatus, stateCode, false, null, BigDecimal.ZERO, null);
    }

    private List<CompareEntry> load(List<Long> ids) {
        List<CompareEntry> entries = new ArrayList<>();
        try (Database database = RootCommand.of(spec).openDatabase()) {
            OfferRepository repository = new OfferRepository(database, Clock.systemUTC());
            long client = RootCommand.of(spec).clientId(database);
            for (long id : ids) {
                Offer offer = OffersCommand.join(repository.get(client, id))
                        .orElseThrow(() -> new BadInputException(new NoSuchOfferException(id).getMessage()))
                        .offer();
                List<String> problems = OfferValidator.problems(offer);
                if (!problems.isEmpty()) {
                    throw new BadInputException("offer " + id + " (" + offer.company() + ") can't be projected:\n  "
                            + String.join("\n  ", problems));
                }
                entries.add(new CompareEntry(Long.toString(id), offer, null));
            }
        }
        return entries;
    }

    private static Map<String, List<YearTakeHome>> afterTax(Comparison comparison, TaxProfile profile) {
        TaxTables tables = TaxTablesReader.builtIn();
        CostOfLiving prices = CostOfLivingReader.readBuiltIn();
        Map<String, List<YearTakeHome>> taxed = new LinkedHashMap<>();
        for (OfferComparison offer : comparison.offers()) {
            taxed.put(offer.entry().key(), OfferTakeHome.of(offer.entry().offer(), offer.projection(), profile,
                    tables, prices));
        }
        return taxed;
    }

    private static Map<String, Object> json(Comparison comparison, ProjectionSettings settings, TaxProfile profile,
                                            Map<String, List<YearTakeHome>> taxed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("horizon_years", settings.years());
        json.put("growth", settings.growthInYear(1));
        if (profile != null) {
            json.put("state", profile.state().name());
            json.put("filing", profile.filing().shortId());
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
            List<YearTakeHome> years = taxed.get(offer.entry().key());
            if (years != null) {
                row.put("residence", years.isEmpty() ? null : years.get(0).residence());
                List<Map<String, Object>> afterTax = new ArrayList<>();
                long netTotal = 0;
                long powerTotal = 0;
                for (YearTakeHome year : years) {
                    Map<String, Object> taxedYear = new LinkedHashMap<>();
                    long wages = WholeDollars.of(year.wages());
                    long tax = WholeDollars.of(year.tax().totalTax());
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

    private static void printText(PrintWriter out, Comparison comparison, TaxProfile profile,
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
        if (profile != null) {
            out.println();
            out.println("After 2026 tax (" + profile.state().label() + ", "
                    + profile.filing().label().toLowerCase(Locale.ROOT) + "), net of tax:");
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
        return WholeDollars.of(year.wages()) - WholeDollars.of(year.tax().totalTax());
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
