package com.counteroffer.service;

import com.counteroffer.domain.input.DatasetException;
import com.counteroffer.data.MarketDatasetReader;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.MarketPositionEngine;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.ProfileAdjustments;
import com.counteroffer.store.MarketDatasetRepository;
import com.counteroffer.store.MarketDatasetRepository.StoredDataset;
import com.counteroffer.data.InputFiles;
import com.counteroffer.domain.input.UnreadableFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The market dataset in use (a coach's loaded file, else the built-in one) and where a client
 * stands in it. Every screen, command and the report read the dataset and the standing here, so a
 * loaded dataset and the user's switches count everywhere alike.
 */
public final class MarketService {

    private static final Logger LOG = Logger.getLogger(MarketService.class.getName());
    /** The built-in dataset's file name, as the Sources screen names it. */
    public static final String BUILT_IN_FILE = MarketDatasetReader.BUILT_IN;

    private final MarketDatasetRepository repository;
    private final Supplier<MarketDataset> builtIn;
    private final DataChanges changes;
    /** The stored dataset last parsed, so a reread costs a query, not a parse. */
    private volatile Parsed parsed;

    private record Parsed(long id, ActiveDataset active) {
    }

    public MarketService(MarketDatasetRepository repository, Supplier<MarketDataset> builtIn, DataChanges changes) {
        this.repository = repository;
        this.builtIn = builtIn;
        this.changes = changes;
    }

    /** The dataset in use. A stored one that no longer reads gives way to the built-in one (logged). */
    /** Parses the dataset shipped in the application. Blocking: the start path runs it beside opening the database. */
    public static MarketDataset readBuiltIn() {
        return MarketDatasetReader.readBuiltIn();
    }

    public ActiveDataset active() {
        Optional<StoredDataset> stored = Await.result(repository.active());
        if (stored.isEmpty()) {
            return new ActiveDataset(builtIn.get(), null, null);
        }
        Parsed known = parsed;
        if (known != null && known.id() == stored.get().id()) {
            return known.active();
        }
        try {
            MarketDataset dataset = MarketDatasetReader.read(stored.get().content(), stored.get().origin());
            ActiveDataset active = new ActiveDataset(dataset, stored.get().origin(), day(stored.get().loadedAt()));
            parsed = new Parsed(stored.get().id(), active);
            return active;
        } catch (DatasetException e) {
            LOG.log(java.util.logging.Level.WARNING, "The stored market dataset no longer reads; using the built-in one", e);
            return new ActiveDataset(builtIn.get(), null, null);
        }
    }

    /**
     * Checks a dataset file in full, keeps its text in the database and makes it the one in use.
     *
     * @throws DatasetException listing every problem when the file is not a valid dataset
     */
    public ActiveDataset load(Path file) {
        String origin = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = InputFiles.readText(file, InputFiles.DATASET_MAX_BYTES, "a market dataset file (counteroffer.market/1 JSON)");
        } catch (UnreadableFileException e) {
            throw new DatasetException(origin, e.problems());
        }
        // The text checked is the text kept: decoded once, so the next start reads exactly what was accepted.
        MarketDataset dataset = MarketDatasetReader.read(text, origin);
        StoredDataset stored = Await.result(repository.activate(dataset.name(), dataset.year(), file.toString(), text));
        ActiveDataset active = new ActiveDataset(dataset, stored.origin(), day(stored.loadedAt()));
        parsed = new Parsed(stored.id(), active);
        changes.announce(new DataChange.Dataset());
        return active;
    }

    /** Goes back to the built-in dataset (loaded ones stay stored). */
    public ActiveDataset useBuiltIn() {
        Await.result(repository.useBuiltIn());
        changes.announce(new DataChange.Dataset());
        return new ActiveDataset(builtIn.get(), null, null);
    }

    /** Where the client stands in the dataset in use. */
    public MarketStanding standing(Profile profile) {
        return standing(profile, active().dataset());
    }

    /** Where the client stands in {@code dataset}: the one computation the screens, commands and report share. */
    public static MarketStanding standing(Profile profile, MarketDataset dataset) {
        if (profile == null || profile.level() == null) {
            return new MarketStanding(dataset, profile, null, List.of(), null, null);
        }
        LevelBand band = dataset.band(profile.level());
        List<Adjustment> adjustments = ProfileAdjustments.of(profile, dataset);
        Long value = band.basis() == PayBasis.BASE ? profile.currentBase() : profile.currentTotalComp();
        if (value == null) {
            return new MarketStanding(dataset, profile, band, adjustments, null, null);
        }
        try {
            return new MarketStanding(dataset, profile, band, adjustments,
                    MarketPositionEngine.position(band, band.basis(), value, adjustments), null);
        } catch (IllegalArgumentException e) {
            return new MarketStanding(dataset, profile, band, adjustments, null, e.getMessage());
        }
    }

    /**
     * A pay figure placed in a level's band of the dataset in use, with the AI-skill premium once when
     * premium skills are named (the source gives one figure for them all).
     *
     * @param basis what {@code value} measures; it must be the band's
     * @throws InvalidInputException for an unknown skill or a figure of the other basis
     */
    public MarketPosition position(MarketDataset dataset, Level level, PayBasis basis, long value, List<String> skills) {
        LevelBand band = dataset.band(level);
        if (band.basis() != basis) {
            throw new InvalidInputException("the " + level.label() + " range is " + band.basis().label()
                    + "; give " + (band.basis() == PayBasis.BASE ? "a base salary" : "a total compensation"));
        }
        return MarketPositionEngine.position(band, basis, value, skillPremium(dataset, skills));
    }

    private static List<Adjustment> skillPremium(MarketDataset dataset, List<String> skills) {
        if (skills.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        for (String id : skills) {
            PremiumSkill skill = dataset.skill(id.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new InvalidInputException("unknown skill \"" + id + "\"; use one of "
                            + dataset.premiumSkills().stream().map(PremiumSkill::id).collect(Collectors.joining(", "))));
            labels.add(skill.label());
        }
        Premium premium = dataset.premium(ProfileAdjustments.AI_SKILLS_PREMIUM)
                .orElseThrow(() -> new InvalidInputException("the dataset in use has no AI-skill premium"));
        Source source = dataset.source(premium.sourceId())
                .orElseThrow(() -> new InvalidInputException("the dataset in use cites no source for its AI-skill premium"));
        return List.of(Adjustment.fromPremium(premium, source, String.join(", ", labels)));
    }

    private static String day(String instant) {
        return instant == null ? null : instant.substring(0, Math.min(10, instant.length()));
    }
}
