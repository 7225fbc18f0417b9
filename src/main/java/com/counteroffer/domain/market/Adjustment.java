package com.counteroffer.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A factor that scales a band before a figure is placed in it, with the text of its source.
 *
 * @param source who says so, e.g. "IZA World of Labor (n.d.): AI skill premium"
 */
public record Adjustment(String name, BigDecimal factor, String source) {

    public Adjustment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(source, "source");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("adjustment " + name + " needs a factor above 0, got " + factor);
        }
    }

    /** The premium as published, named by its label. */
    public static Adjustment fromPremium(Premium premium, Source source) {
        requireCited(premium, source);
        return new Adjustment(premium.label(), premium.factor(), source.citation());
    }

    /** The premium with why it applies, e.g. "AI-skill wage premium (Kubernetes / Kubeflow)". */
    public static Adjustment fromPremium(Premium premium, Source source, String reason) {
        requireCited(premium, source);
        return new Adjustment(premium.label() + " (" + reason + ")", premium.factor(), source.citation());
    }

    private static void requireCited(Premium premium, Source source) {
        if (!premium.sourceId().equals(source.id())) {
            throw new IllegalArgumentException("premium " + premium.id() + " cites source " + premium.sourceId()
                    + ", not " + source.id());
        }
    }
}
