package com.counteroffer.domain.offer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a private company's shares might be worth and when they can be sold, saved with the offer.
 * Options always have these terms (the defaults when the user gave none); RSUs have them only when
 * the company is private.
 *
 * @param valuation how the user chose to value the shares (default: 409A)
 * @param exitValue for {@link ValuationBasis#EXIT}: the company's value at the exit, or null
 * @param exitPrice for {@link ValuationBasis#EXIT}: the price per common share at the exit instead
 *     (used when given; no dilution or preferences applied on top), or null
 * @param scenarios the user's exit scenarios; empty means the shipped defaults
 */
public record PrivateCompany(ValuationBasis valuation, Long exitValue, BigDecimal exitPrice,
                             List<ExitScenario> scenarios, Preferences preferences, Dilution dilution,
                             Liquidity liquidity) {

    /** 409A valuation, default scenarios, no preferences typed, ~20 % a round over two rounds, sold at exit. */
    public static final PrivateCompany DEFAULTS = new PrivateCompany(ValuationBasis.FAIR_MARKET_VALUE, null, null,
            List.of(), Preferences.NONE, Dilution.DEFAULT, Liquidity.AT_EXIT);

    public PrivateCompany {
        valuation = valuation == null ? ValuationBasis.FAIR_MARKET_VALUE : valuation;
        scenarios = List.copyOf(scenarios == null ? List.of() : scenarios);
        preferences = preferences == null ? Preferences.NONE : preferences;
        dilution = dilution == null ? Dilution.DEFAULT : dilution;
        liquidity = liquidity == null ? Liquidity.AT_EXIT : liquidity;
    }

    public PrivateCompany withValuation(ValuationBasis basis) {
        return new PrivateCompany(Objects.requireNonNull(basis), exitValue, exitPrice, scenarios, preferences,
                dilution, liquidity);
    }

    public PrivateCompany withExit(Long companyValue, BigDecimal pricePerShare) {
        return new PrivateCompany(valuation, companyValue, pricePerShare, scenarios, preferences, dilution, liquidity);
    }

    public PrivateCompany withScenarios(List<ExitScenario> newScenarios) {
        return new PrivateCompany(valuation, exitValue, exitPrice, newScenarios, preferences, dilution, liquidity);
    }
}
