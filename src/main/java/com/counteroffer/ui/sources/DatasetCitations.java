package com.counteroffer.ui.sources;

import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.Premium;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.market.PrevailingWage;
import com.counteroffer.domain.market.Sector;
import com.counteroffer.ui.common.Privacy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which figures of a dataset cite which source, so the Sources view can say what each one backs. */
final class DatasetCitations {

    private DatasetCitations() {
    }

    static Map<String, List<String>> bySource(MarketDataset dataset, Privacy privacy) {
        Map<String, List<String>> cited = new LinkedHashMap<>();
        for (LevelBand band : dataset.levels()) {
            add(cited, band.sourceId(), band.title() + " (" + band.status().id() + ")");
        }
        add(cited, dataset.globalContext().sourceId(), "global AI pay context (" + dataset.globalContext().status().id() + ")");
        if (dataset.globalContext().crossCheckSourceId() != null) {
            add(cited, dataset.globalContext().crossCheckSourceId(), "cross-check of the global AI pay figures");
        }
        for (Premium premium : dataset.premiums()) {
            add(cited, premium.sourceId(), premium.label() + " (" + premium.status().id() + ")");
        }
        for (Hub hub : dataset.hubs()) {
            add(cited, hub.sourceId(), "hub: " + hub.label());
        }
        for (Sector sector : dataset.sectors()) {
            add(cited, sector.sourceId(), "sector: " + sector.label());
        }
        add(cited, dataset.sectorGrowth().sourceId(), "sector growth through 2033");
        for (PremiumSkill skill : dataset.premiumSkills()) {
            add(cited, skill.sourceId(), "skill: " + skill.label());
        }
        for (PrevailingWage wage : dataset.prevailingWages()) {
            add(cited, wage.sourceId(), "prevailing wage: " + wage.metro() + " (" + wage.status().id() + ")");
        }
        add(cited, dataset.factorSwing().sourceId(), "pay swing of " + privacy.money(dataset.factorSwing().amount()) + " or more");
        add(cited, dataset.seniorHubTcFloor().sourceId(), "senior hub total compensation above " + privacy.money(dataset.seniorHubTcFloor().amount()));
        return cited;
    }

    private static void add(Map<String, List<String>> cited, String sourceId, String figure) {
        cited.computeIfAbsent(sourceId, id -> new ArrayList<>()).add(figure);
    }
}
