package com.counteroffer.domain.market;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's market figures for the role, each with its source and status. A new year is a new
 * data file read into this record, not new code.
 *
 * @param factorSwing how far experience, education and sector can move pay (the seed: $50,000 or more)
 * @param seniorHubTcFloor total compensation senior engineers in major hubs exceed (the seed: $250,000)
 */
public record MarketDataset(String format, String name, int year, String version,
                            List<Source> sources, List<LevelBand> levels, GlobalContext globalContext,
                            List<Premium> premiums, List<Hub> hubs, List<Sector> sectors,
                            SectorGrowth sectorGrowth, List<PremiumSkill> premiumSkills,
                            List<PrevailingWage> prevailingWages, SourcedAmount factorSwing,
                            SourcedAmount seniorHubTcFloor) {

    public MarketDataset {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(globalContext, "globalContext");
        Objects.requireNonNull(sectorGrowth, "sectorGrowth");
        Objects.requireNonNull(factorSwing, "factorSwing");
        Objects.requireNonNull(seniorHubTcFloor, "seniorHubTcFloor");
        sources = List.copyOf(sources);
        levels = List.copyOf(levels);
        premiums = List.copyOf(premiums);
        hubs = List.copyOf(hubs);
        sectors = List.copyOf(sectors);
        premiumSkills = List.copyOf(premiumSkills);
        prevailingWages = List.copyOf(prevailingWages);
        Map<Level, LevelBand> byLevel = new EnumMap<>(Level.class);
        for (LevelBand band : levels) {
            if (byLevel.put(band.level(), band) != null) {
                throw new IllegalArgumentException("level " + band.level().id() + " appears twice");
            }
        }
        if (byLevel.size() != Level.values().length) {
            throw new IllegalArgumentException("every level needs a band; found " + byLevel.keySet());
        }
    }

    /** The band for a level; every dataset has one for each level. */
    public LevelBand band(Level level) {
        return levels.stream().filter(band -> band.level() == level).findFirst().orElseThrow();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst();
    }

    public Optional<Hub> hub(String id) {
        return hubs.stream().filter(hub -> hub.id().equals(id)).findFirst();
    }

    public Optional<Premium> premium(String id) {
        return premiums.stream().filter(premium -> premium.id().equals(id)).findFirst();
    }

    public Optional<PremiumSkill> skill(String id) {
        return premiumSkills.stream().filter(skill -> skill.id().equals(id)).findFirst();
    }

    /** The prevailing-wage rows of the metros a hub covers, in file order; empty for unranked places. */
    public List<PrevailingWage> prevailingWagesFor(String hubId) {
        return prevailingWages.stream().filter(wage -> wage.hubId().equals(hubId)).toList();
    }
}
