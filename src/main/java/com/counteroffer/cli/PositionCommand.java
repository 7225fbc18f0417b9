package com.counteroffer.cli;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.PrevailingWage;
import com.counteroffer.domain.market.Source;
import com.counteroffer.service.MarketStanding;
import com.counteroffer.service.Services;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counteroffer position}: where a pay figure falls in the 2026 range for a level, in the
 * market dataset in use (a coach's loaded one counts). Without {@code --level}, the client's own
 * position as the Market screen shows it (their profile's pay, level and switches).
 */
@Command(name = "position", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show where a base salary or total compensation falls in the 2026 market range for a level.",
            "Without --level: where the client's current pay stands, with their profile's premiums and factors, "
                    + "as the Market screen shows it."})
final class PositionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "entry, mid, senior or principal (leave out for the client's own position).")
    private String level;

    @Option(names = "--base", paramLabel = "DOLLARS",
            description = "Annual base salary, e.g. 185000, 185,000, $185,000 or 185k (entry, mid, senior).")
    private String base;

    @Option(names = "--tc", paramLabel = "DOLLARS",
            description = "Annual total compensation (principal).")
    private String totalComp;

    @Option(names = "--location", paramLabel = "HUB",
            description = "sf, seattle, nyc, austin, dc, other or remote: adds the DOL prevailing wages for reference; "
                    + "the range itself is not changed.")
    private String location;

    @Option(names = "--skill", paramLabel = "SKILL",
            description = "A premium skill you bring (repeatable), e.g. kubernetes, gpu_orchestration, mlops: "
                    + "applies the AI-skill wage premium (×1.11) once.")
    private List<String> skills = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        try (Services services = RootCommand.of(spec).openServices()) {
            long client = RootCommand.of(spec).client(services).id();
            UnreadableRowLines unreadable = UnreadableRowLines.of(services, client);
            MarketDataset dataset = services.market().active().dataset();
            MarketPosition position;
            LevelBand band;
            Hub hub = location == null ? null : hub(dataset, location);
            if (level == null) {
                if (base != null || totalComp != null || !skills.isEmpty()) {
                    throw new BadInputException("--level: give the level with --base, --tc or --skill; without "
                            + "--level the client's own profile is used");
                }
                // The client's own position is their profile's: one that can't be read is named, not "missing".
                unreadable.refuseWithout(UnreadableRowLines.in(UnreadableRow.Table.PROFILE));
                MarketStanding standing = services.market().standing(services.profiles().load(client).orElse(null));
                if (standing.band() == null) {
                    throw new BadInputException("the client has no profile with a level yet; save one in the app, or "
                            + "give --level and --base (or --tc)");
                }
                if (standing.position() == null) {
                    throw new BadInputException(standing.problem() != null ? standing.problem()
                            : "the client's profile has no current " + (standing.band().basis() == PayBasis.BASE
                                    ? "base salary" : "pay") + " to place; give --level and --base (or --tc)");
                }
                position = standing.position();
                band = standing.band();
                if (hub == null && standing.profile().location() != null) {
                    hub = dataset.hub(standing.profile().location()).orElse(null);
                }
            } else {
                Level chosen = Level.fromId(level).orElseThrow(() -> new BadInputException("--level: unknown level \""
                        + level + "\"; use one of " + Arrays.stream(Level.values()).map(Level::id)
                                .collect(Collectors.joining(", "))));
                if ((base == null) == (totalComp == null)) {
                    throw new BadInputException("give exactly one of --base (base salary) or --tc (total compensation)");
                }
                PayBasis basis = base != null ? PayBasis.BASE : PayBasis.TOTAL_COMP;
                long value = base != null ? CliInputs.amount("--base", base) : CliInputs.amount("--tc", totalComp);
                band = dataset.band(chosen);
                if (band.basis() != basis) {
                    throw new BadInputException("the " + chosen.label() + " range is " + band.basis().label() + "; give "
                            + (band.basis() == PayBasis.BASE ? "--base" : "--tc"));
                }
                try {
                    position = services.market().position(dataset, chosen, basis, value, skills);
                } catch (com.counteroffer.service.InvalidInputException e) {
                    throw new BadInputException("--skill: " + e.getMessage());
                }
            }
            Map<String, Object> result = result(dataset, band, position, hub);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(result));
            } else {
                printText(out, dataset, band, position, hub);
            }
            return unreadable.finish(spec, UnreadableRowLines.NONE_NEEDED, ExitCode.OK);
        }
    }

    private static Hub hub(MarketDataset dataset, String location) {
        return dataset.hub(location.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> new BadInputException(
                "--location: unknown place \"" + location + "\"; use one of "
                        + dataset.hubs().stream().map(Hub::id).collect(Collectors.joining(", "))));
    }

    private static Map<String, Object> result(MarketDataset dataset, LevelBand band, MarketPosition position,
                                              Hub hub) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("level", position.level().id());
        result.put("basis", position.basis().id());
        result.put("min", position.adjustedMin());
        result.put("max", position.adjustedMax());
        result.put("band_min", position.bandMin());
        result.put("band_max", position.bandMax());
        result.put("open_top", position.openTop());
        result.put("value", position.value());
        result.put("position", position.position());
        result.put("status", position.status().id());
        result.put("distance", position.distance());
        result.put("factor", position.combinedFactor());
        List<Map<String, Object>> adjustments = new ArrayList<>();
        for (Adjustment adjustment : position.adjustments()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", adjustment.name());
            entry.put("factor", adjustment.factor());
            entry.put("source", adjustment.source());
            adjustments.add(entry);
        }
        result.put("adjustments", adjustments);
        result.put("description", position.describe());
        Map<String, Object> bandSource = new LinkedHashMap<>();
        bandSource.put("source", dataset.source(band.sourceId()).map(Source::citation).orElse(band.sourceId()));
        bandSource.put("status", band.status().id());
        bandSource.put("note", band.note());
        result.put("band_source", bandSource);
        if (hub != null) {
            result.put("location_reference", locationReference(dataset, hub));
        }
        result.put("dataset", dataset.name() + " " + dataset.year() + " (version " + dataset.version() + ")");
        return result;
    }

    private static Map<String, Object> locationReference(MarketDataset dataset, Hub hub) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("hub", hub.id());
        reference.put("label", hub.label());
        reference.put("rank", hub.rank());
        reference.put("driver", hub.driver());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PrevailingWage wage : dataset.prevailingWagesFor(hub.id())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("metro", wage.metro());
            row.put("level_1", wage.level1());
            row.put("level_2", wage.level2());
            row.put("level_3", wage.level3());
            row.put("level_4", wage.level4());
            row.put("source", dataset.source(wage.sourceId()).map(Source::citation).orElse(wage.sourceId()));
            row.put("status", wage.status().id());
            row.put("note", wage.note());
            rows.add(row);
        }
        reference.put("prevailing_wages", rows);
        reference.put("note", rows.isEmpty()
                ? "No prevailing-wage figures for this location in the dataset; the range is not changed."
                : "Reference only: annual base for software developers; the range is not changed by location.");
        return reference;
    }

    private static void printText(PrintWriter out, MarketDataset dataset, LevelBand band, MarketPosition position,
                                  Hub hub) {
        String source = dataset.source(band.sourceId()).map(Source::citation).orElse(band.sourceId());
        out.println(band.title() + ": " + money(band.min()) + " – " + money(band.max()) + (band.openTop() ? "+" : "")
                + "  [" + band.status().id() + "; " + source + "]");
        for (Adjustment adjustment : position.adjustments()) {
            out.println("Adjusted ×" + adjustment.factor().toPlainString() + " for " + adjustment.name()
                    + "  [" + adjustment.source() + "]");
        }
        if (!position.adjustments().isEmpty()) {
            out.println("Adjusted range: " + money(position.adjustedMin()) + " – " + money(position.adjustedMax())
                    + (position.openTop() ? "+" : ""));
        }
        out.println("Your " + position.basis().label() + ": " + money(position.value()));
        out.println("Position: " + position.describe());
        if (hub != null) {
            List<PrevailingWage> wages = dataset.prevailingWagesFor(hub.id());
            out.println("Location: " + hub.label() + (hub.rank() == null ? "" : " (hub rank " + hub.rank() + ")")
                    + " — for reference only; no location multiplier is applied.");
            if (wages.isEmpty()) {
                out.println("  No prevailing-wage figures for this location in the dataset.");
            }
            for (PrevailingWage wage : wages) {
                out.println(String.format(Locale.US, "  DOL prevailing wage, %s: I %s · II %s · III %s · IV %s",
                        wage.metro(), money(wage.level1()), money(wage.level2()), money(wage.level3()),
                        money(wage.level4())));
            }
        }
    }

    private static String money(long amount) {
        return String.format(Locale.US, "$%,d", amount);
    }
}
