package com.counteroffer.domain.tax;

import com.counteroffer.domain.market.Source;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Regional price parities of one vintage, and which metro stands for each hub. Pay is compared across
 * places as purchasing power: pay ÷ (RPP ÷ 100).
 *
 * @param usAverage the national price level, 100 by definition; stands for hubs with no metro (other, remote)
 * @param hubs hub id → the metro that stands for it, or an empty list of metros for the US average;
 *             the first metro is the main one, the rest are alternatives (San Jose for sf)
 */
public record CostOfLiving(String name, int year, List<Source> sources, BigDecimal usAverage,
                           List<PriceParity> metros, Map<String, List<String>> hubs) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CostOfLiving {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(usAverage, "usAverage");
        sources = List.copyOf(sources);
        metros = List.copyOf(metros);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        hubs.forEach((hub, ids) -> copy.put(hub, List.copyOf(ids)));
        hubs = Collections.unmodifiableMap(copy);
        for (Map.Entry<String, List<String>> hub : hubs.entrySet()) {
            for (String id : hub.getValue()) {
                if (metros.stream().noneMatch(metro -> metro.id().equals(id))) {
                    throw new IllegalArgumentException("hub " + hub.getKey() + " names unknown metro " + id);
                }
            }
        }
    }

    /** Real pay: what {@code pay} buys at the national price level where prices stand at {@code rpp}. */
    public static BigDecimal purchasingPower(BigDecimal pay, BigDecimal rpp) {
        if (rpp.signum() <= 0) {
            throw new IllegalArgumentException("a price parity must be above 0, found " + rpp.toPlainString());
        }
        // Not a terminating division in general; 34 digits, rounded to dollars only for display.
        return pay.multiply(HUNDRED).divide(rpp, MathContext.DECIMAL128);
    }

    public Optional<PriceParity> metro(String id) {
        return metros.stream().filter(metro -> metro.id().equals(id)).findFirst();
    }

    /** The main metro for a hub; empty for a hub priced at the US average (other, remote) or an unknown hub. */
    public Optional<PriceParity> metroForHub(String hubId) {
        List<String> ids = hubs.getOrDefault(hubId, List.of());
        return ids.isEmpty() ? Optional.empty() : metro(ids.get(0));
    }

    /** Other metros that could stand for the hub, e.g. San Jose for sf. */
    public List<PriceParity> alternativesForHub(String hubId) {
        List<String> ids = hubs.getOrDefault(hubId, List.of());
        return ids.stream().skip(1).map(id -> metro(id).orElseThrow()).toList();
    }

    /**
     * The price level to use for a job at {@code hubId}: the hub's metro, or for a hub without one (other,
     * remote) the user's home metro when given, else the US average.
     *
     * @param homeMetroId a metro id from this file, or null
     * @throws IllegalArgumentException for an unknown hub or home metro
     */
    public BigDecimal rppFor(String hubId, String homeMetroId) {
        if (!hubs.containsKey(hubId)) {
            throw new IllegalArgumentException("unknown hub \"" + hubId + "\"; use one of "
                    + String.join(", ", hubs.keySet()));
        }
        Optional<PriceParity> hubMetro = metroForHub(hubId);
        if (hubMetro.isPresent()) {
            return hubMetro.get().rpp();
        }
        if (homeMetroId == null) {
            return usAverage;
        }
        return metro(homeMetroId).map(PriceParity::rpp).orElseThrow(() -> new IllegalArgumentException(
                "unknown metro \"" + homeMetroId + "\"; use one of "
                        + String.join(", ", metros.stream().map(PriceParity::id).toList())));
    }
}
