package com.counteroffer.data;

import com.counteroffer.domain.input.DatasetException;

import com.counteroffer.domain.market.GlobalContext;
import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.market.PrevailingWage;
import com.counteroffer.domain.market.Sector;
import com.counteroffer.domain.market.SectorGrowth;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.market.SourcedAmount;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a market dataset file ({@code counteroffer.market/1}) and checks all of it: a figure
 * without a valid source or status, or a range that makes no sense, refuses the whole file.
 */
public final class MarketDatasetReader {

    public static final String FORMAT = "counteroffer.market/1";
    public static final String BUILT_IN = "market-2026.json";

    private final FieldChecks checks = new FieldChecks();

    private MarketDatasetReader() {
    }

    /** The dataset shipped with the application. */
    public static MarketDataset readBuiltIn() {
        return StrictJson.builtIn(MarketDatasetReader.class, BUILT_IN, BUILT_IN, DatasetException::new,
                MarketDatasetReader::read);
    }

    /**
     * @param origin how to name the file in messages, e.g. its file name
     * @throws DatasetException listing every problem found
     */
    public static MarketDataset read(InputStream in, String origin) {
        return new MarketDatasetReader().dataset(StrictJson.object(in, origin, DatasetException::new), origin);
    }

    /**
     * Reads a dataset's text, as {@link InputFiles} decoded it or as the store kept it.
     *
     * @throws DatasetException listing every problem found
     */
    public static MarketDataset read(String text, String origin) {
        return new MarketDatasetReader().dataset(StrictJson.object(text, origin, DatasetException::new), origin);
    }

    private MarketDataset dataset(JsonNode root, String origin) {
        StrictJson.requireFormat(checks, root, FORMAT, origin, DatasetException::new);
        String format = FORMAT;
        checks.allowOnly(root, "", "format", "name", "year", "version", "sources", "levels", "global_context",
                "premiums", "hubs", "sectors", "sector_growth", "premium_skills", "prevailing_wages",
                "factor_swing", "senior_hub_tc_floor");
        String name = checks.text(root, "", "name");
        Integer year = checks.integer(root, "", "year", "a year such as 2026");
        String version = checks.text(root, "", "version");
        List<Source> sources = list(root, "sources", this::source);
        sources.forEach(source -> checks.knowSource(source.id()));
        uniqueIds(sources.stream().map(Source::id).toList(), "sources");
        List<LevelBand> levels = levels(root);
        GlobalContext global = section(root, "global_context", this::globalContext);
        List<Premium> premiums = list(root, "premiums", this::premium);
        uniqueIds(premiums.stream().map(Premium::id).toList(), "premiums");
        List<Hub> hubs = list(root, "hubs", this::hub);
        uniqueIds(hubs.stream().map(Hub::id).toList(), "hubs");
        List<Sector> sectors = list(root, "sectors", this::sector);
        uniqueIds(sectors.stream().map(Sector::id).toList(), "sectors");
        SectorGrowth growth = section(root, "sector_growth", this::sectorGrowth);
        List<PremiumSkill> skills = list(root, "premium_skills", this::skill);
        uniqueIds(skills.stream().map(PremiumSkill::id).toList(), "premium_skills");
        Set<String> hubIds = hubs.stream().map(Hub::id).collect(Collectors.toCollection(LinkedHashSet::new));
        List<PrevailingWage> wages = list(root, "prevailing_wages", (node, path) -> prevailingWage(node, path, hubIds));
        SourcedAmount swing = section(root, "factor_swing", this::amount);
        SourcedAmount floor = section(root, "senior_hub_tc_floor", this::amount);
        if (checks.count() > 0) {
            throw new DatasetException(origin, checks.problems());
        }
        try {
            return new MarketDataset(format, name, year, version, sources, levels, global, premiums, hubs, sectors,
                    growth, skills, wages, swing, floor);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(origin, List.of(e.getMessage()));
        }
    }

    private <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, String, T> entry) {
        List<T> result = new ArrayList<>();
        JsonNode array = checks.array(root, "", field);
        if (array == null) {
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = field + "[" + i + "]";
            if (checks.objectItem(array.get(i), path) != null) {
                T value = entry.apply(array.get(i), path);
                if (value != null) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    private <T> T section(JsonNode root, String field, BiFunction<JsonNode, String, T> reader) {
        JsonNode node = checks.object(root, "", field);
        return node == null ? null : reader.apply(node, field);
    }

    private void uniqueIds(List<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                checks.problem(field, "id \"" + id + "\" appears more than once; give each entry its own id");
            }
        }
    }

    private Source source(JsonNode node, String path) {
        return checks.source(node, path);
    }

    private List<LevelBand> levels(JsonNode root) {
        List<LevelBand> bands = list(root, "levels", this::levelBand);
        JsonNode array = root.get("levels");
        Map<Level, Integer> firstAt = new EnumMap<>(Level.class);
        for (int i = 0; array != null && array.isArray() && i < array.size(); i++) {
            Level level = Level.fromId(array.get(i).path("level").asText(null)).orElse(null);
            if (level != null && firstAt.putIfAbsent(level, i) != null) {
                checks.problem("levels[" + i + "].level", "\"" + level.id() + "\" appears twice (also at levels["
                        + firstAt.get(level) + "]); give each level one band");
            }
        }
        if (array != null && array.isArray()) {
            for (Level level : Level.values()) {
                if (!firstAt.containsKey(level)) {
                    checks.problem("levels", "no band for level \"" + level.id() + "\"; add one");
                }
            }
        }
        return bands;
    }

    private LevelBand levelBand(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "level", "min", "max", "open_top", "basis", "likely_basis", "source", "status",
                "note");
        String levelId = checks.text(node, path, "level");
        Level level = levelId == null ? null : Level.fromId(levelId).orElse(null);
        if (levelId != null && level == null) {
            checks.problem(path + ".level", "expected one of " + ids(Level.values(), Level::id)
                    + ", found \"" + levelId + "\"");
        }
        Long min = checks.dollars(node, path, "min");
        Long max = checks.dollars(node, path, "max");
        if (min != null && max != null && max <= min) {
            checks.problem(path + ".max", "must be above min (" + min + "), found " + max + "; swap or fix them");
        }
        Boolean openTop = checks.bool(node, path, "open_top");
        PayBasis basis = basis(node, path);
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        String note = checks.optionalText(node, path, "note");
        PayBasis likely = node.has("likely_basis") ? likelyBasis(node, path) : basis;
        return checks.count() > before ? null
                : new LevelBand(level, min, max, openTop, basis, source, status, note, likely);
    }

    /** "likely_basis": what a band's figures more likely measure when the source's stated basis is doubted. */
    private PayBasis likelyBasis(JsonNode node, String path) {
        String id = checks.text(node, path, "likely_basis");
        PayBasis basis = id == null ? null : PayBasis.fromId(id).orElse(null);
        if (id != null && basis == null) {
            checks.problem(path + ".likely_basis", "expected one of " + ids(PayBasis.values(), PayBasis::id)
                    + ", found \"" + id + "\"");
        }
        return basis;
    }

    private PayBasis basis(JsonNode node, String path) {
        String id = checks.text(node, path, "basis");
        PayBasis basis = id == null ? null : PayBasis.fromId(id).orElse(null);
        if (id != null && basis == null) {
            checks.problem(path + ".basis", "expected one of " + ids(PayBasis.values(), PayBasis::id)
                    + ", found \"" + id + "\"");
        }
        return basis;
    }

    private GlobalContext globalContext(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "min", "max", "max_approximate", "mean", "scope", "source", "status", "note",
                "cross_check_source");
        Long min = checks.dollars(node, path, "min");
        Long max = checks.dollars(node, path, "max");
        Long mean = checks.dollars(node, path, "mean");
        if (min != null && max != null && mean != null && (max <= min || mean < min || mean > max)) {
            checks.problem(path, "expected min < max with the mean between them, found min " + min + ", mean "
                    + mean + ", max " + max);
        }
        Boolean approximate = checks.bool(node, path, "max_approximate");
        String scope = checks.text(node, path, "scope");
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        String note = checks.optionalText(node, path, "note");
        String crossCheck = node.hasNonNull("cross_check_source")
                ? checks.sourceRef(node, path, "cross_check_source") : null;
        return checks.count() > before ? null
                : new GlobalContext(min, max, approximate, mean, scope, source, status, note, crossCheck);
    }

    private Premium premium(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "id", "label", "factor", "applies_to", "source", "status", "note");
        String id = checks.text(node, path, "id");
        String label = checks.text(node, path, "label");
        var factor = checks.positiveDecimal(node, path, "factor", "a factor above 0, such as 1.11 for +11 %");
        String appliesTo = checks.text(node, path, "applies_to");
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        String note = checks.optionalText(node, path, "note");
        return checks.count() > before ? null : new Premium(id, label, factor, appliesTo, source, status, note);
    }

    private Hub hub(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "id", "label", "rank", "driver", "source", "status", "note");
        String id = checks.text(node, path, "id");
        String label = checks.text(node, path, "label");
        Integer rank = node.hasNonNull("rank") ? checks.integer(node, path, "rank", "a rank of 1 or more, or null") : null;
        String driver = checks.optionalText(node, path, "driver");
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        String note = checks.optionalText(node, path, "note");
        return checks.count() > before ? null : new Hub(id, label, rank, driver, source, status, note);
    }

    private Sector sector(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "id", "label", "description", "source", "status");
        String id = checks.text(node, path, "id");
        String label = checks.text(node, path, "label");
        String description = checks.text(node, path, "description");
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        return checks.count() > before ? null : new Sector(id, label, description, source, status);
    }

    private SectorGrowth sectorGrowth(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "growth", "through_year", "sectors", "applies_to", "source", "status", "note");
        var growth = checks.positiveDecimal(node, path, "growth", "a fraction above 0, such as 0.20 for 20 %");
        Integer through = checks.integer(node, path, "through_year", "a year such as 2033");
        String sectors = checks.text(node, path, "sectors");
        String appliesTo = checks.text(node, path, "applies_to");
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        String note = checks.optionalText(node, path, "note");
        return checks.count() > before ? null
                : new SectorGrowth(growth, through, sectors, appliesTo, source, status, note);
    }

    private PremiumSkill skill(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "id", "label", "description", "source", "status");
        String id = checks.text(node, path, "id");
        String label = checks.text(node, path, "label");
        String description = checks.optionalText(node, path, "description");
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        return checks.count() > before ? null : new PremiumSkill(id, label, description, source, status);
    }

    private PrevailingWage prevailingWage(JsonNode node, String path, Set<String> hubIds) {
        int before = checks.count();
        checks.allowOnly(node, path, "metro", "hub", "level_1", "level_2", "level_3", "level_4", "source", "status",
                "note");
        String metro = checks.text(node, path, "metro");
        String hub = checks.text(node, path, "hub");
        if (hub != null && !hubIds.contains(hub)) {
            checks.problem(path + ".hub", "unknown hub \"" + hub + "\"; use one of the ids in hubs: "
                    + String.join(", ", hubIds));
        }
        Long[] levels = new Long[4];
        for (int i = 0; i < 4; i++) {
            levels[i] = checks.dollars(node, path, "level_" + (i + 1));
            if (i > 0 && levels[i] != null && levels[i - 1] != null && levels[i] <= levels[i - 1]) {
                checks.problem(path + ".level_" + (i + 1), "must be above level_" + i + " (" + levels[i - 1]
                        + "), found " + levels[i] + "; wages rise from level I to IV");
            }
        }
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        String note = checks.optionalText(node, path, "note");
        return checks.count() > before ? null
                : new PrevailingWage(metro, hub, levels[0], levels[1], levels[2], levels[3], source, status, note);
    }

    private SourcedAmount amount(JsonNode node, String path) {
        int before = checks.count();
        checks.allowOnly(node, path, "amount", "source", "status", "note");
        Long amount = checks.dollars(node, path, "amount");
        String source = checks.sourceRef(node, path, "source");
        var status = checks.status(node, path);
        String note = checks.optionalText(node, path, "note");
        return checks.count() > before ? null : new SourcedAmount(amount, source, status, note);
    }

    private static <E> String ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }
}
