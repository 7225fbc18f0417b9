package com.counteroffer.data;

import com.counteroffer.domain.input.TextRules;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.ValuationBasis;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code private_company} object of an offer file's {@code equity} (docs/offer-format.md): how
 * the shares are valued, the exit, the exit scenarios, the liquidation preferences, the dilution
 * and when the shares can be sold. Reading checks the shape and the types; the ranges are
 * {@link com.counteroffer.domain.offer.OfferValidator}'s, as for every other key.
 */
final class PrivateCompanyJson {

    static final String KEY = "private_company";

    private static final String[] KEYS = {"valuation_basis", "exit_value", "exit_price", "scenarios", "preferences",
        "dilution", "liquidity"};
    private static final String[] SCENARIO_KEYS = {"name", "company_value", "probability_pct"};
    private static final String[] PREFERENCE_KEYS = {"invested", "multiple", "participating", "preferred_pct"};
    private static final String[] DILUTION_KEYS = {"pct_per_round", "rounds_to_exit"};
    private static final String[] LIQUIDITY_KEYS = {"kind", "expiry_years", "tender_every_months",
        "first_tender_month", "tender_sellable_pct", "tender_price"};
    private static final String MULTIPLE = "a number such as 1 (for 1×) or 1.5, 0 or more";

    private final OfferJson reader;
    private final FieldChecks checks;

    PrivateCompanyJson(OfferJson reader) {
        this.reader = reader;
        this.checks = reader.checks();
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes every term, defaults included, so a file shows what is assumed; the scenarios only when
     * the user gave some (none means the shipped defaults).
     */
    static void write(PrivateCompany company, ObjectNode node) {
        node.put("valuation_basis", company.valuation().id());
        if (company.exitValue() != null) {
            node.put("exit_value", company.exitValue());
        }
        if (company.exitPrice() != null) {
            node.put("exit_price", company.exitPrice());
        }
        if (!company.scenarios().isEmpty()) {
            ArrayNode scenarios = node.putArray("scenarios");
            for (ExitScenario scenario : company.scenarios()) {
                scenarios.addObject().put("name", scenario.name()).put("company_value", scenario.companyValue())
                        .put("probability_pct", scenario.probabilityPercent());
            }
        }
        Preferences preferences = company.preferences();
        ObjectNode preferencesNode = node.putObject("preferences").put("invested", preferences.invested())
                .put("multiple", preferences.multiple()).put("participating", preferences.participating());
        if (preferences.preferredPercent() != null) {
            preferencesNode.put("preferred_pct", preferences.preferredPercent());
        }
        node.putObject("dilution").put("pct_per_round", company.dilution().percentPerRound())
                .put("rounds_to_exit", company.dilution().roundsToExit());
        Liquidity liquidity = company.liquidity();
        ObjectNode liquidityNode = node.putObject("liquidity").put("kind", liquidity.kind().id());
        if (liquidity.expiryYears() != null) {
            liquidityNode.put("expiry_years", liquidity.expiryYears());
        }
        if (liquidity.tenderEveryMonths() != null) {
            liquidityNode.put("tender_every_months", liquidity.tenderEveryMonths());
        }
        if (liquidity.firstTenderMonth() != null) {
            liquidityNode.put("first_tender_month", liquidity.firstTenderMonth());
        }
        if (liquidity.tenderSellablePercent() != null) {
            liquidityNode.put("tender_sellable_pct", liquidity.tenderSellablePercent());
        }
        if (liquidity.tenderPrice() != null) {
            liquidityNode.put("tender_price", liquidity.tenderPrice());
        }
    }

    // ---------------------------------------------------------------- reading

    /** The {@code private_company} of {@code equity}; null with its problems noted when it is not usable. */
    PrivateCompany read(JsonNode equity, String equityPath) {
        JsonNode node = checks.object(equity, equityPath, KEY);
        if (node == null) {
            return null;
        }
        String path = FieldChecks.at(equityPath, KEY);
        int before = checks.count();
        reader.allowOnly(node, path, KEYS);
        ValuationBasis basis = reader.choice(node, path, "valuation_basis", ValuationBasis.values(),
                ValuationBasis::id, id -> OfferJson.byId(ValuationBasis.values(), ValuationBasis::id, id));
        Long exitValue = reader.optionalDollars(node, path, "exit_value", null);
        BigDecimal exitPrice = node.hasNonNull("exit_price")
                ? reader.decimal(node, path, "exit_price", OfferJson.PRICE) : null;
        List<ExitScenario> scenarios = scenarios(node, path);
        Preferences preferences = node.hasNonNull("preferences") ? preferences(node, path) : Preferences.NONE;
        Dilution dilution = node.hasNonNull("dilution") ? dilution(node, path) : Dilution.DEFAULT;
        Liquidity liquidity = node.hasNonNull("liquidity") ? liquidity(node, path) : Liquidity.AT_EXIT;
        return checks.count() > before ? null
                : new PrivateCompany(basis, exitValue, exitPrice, scenarios, preferences, dilution, liquidity);
    }

    private List<ExitScenario> scenarios(JsonNode company, String companyPath) {
        List<ExitScenario> scenarios = new ArrayList<>();
        if (!company.hasNonNull("scenarios")) {
            return scenarios;
        }
        JsonNode list = checks.array(company, companyPath, "scenarios");
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = FieldChecks.at(companyPath, "scenarios") + "[" + i + "]";
            JsonNode item = checks.objectItem(list.get(i), path);
            if (item == null) {
                continue;
            }
            int before = checks.count();
            reader.allowOnly(item, path, SCENARIO_KEYS);
            String name = checks.text(item, path, "name");
            if (name != null && reader.checkText()) {
                checks.textRules(FieldChecks.at(path, "name"), name, TextRules.Kind.NAME);
            }
            Long value = checks.dollars(item, path, "company_value");
            BigDecimal probability = present(item, path, "probability_pct", "the chance of this outcome as a percent")
                    ? reader.percent(item, path, "probability_pct") : null;
            if (checks.count() == before) {
                scenarios.add(new ExitScenario(name, value, probability));
            }
        }
        return scenarios;
    }

    private Preferences preferences(JsonNode company, String companyPath) {
        JsonNode node = checks.object(company, companyPath, "preferences");
        if (node == null) {
            return null;
        }
        String path = FieldChecks.at(companyPath, "preferences");
        reader.allowOnly(node, path, PREFERENCE_KEYS);
        Long invested = reader.optionalDollars(node, path, "invested", 0L);
        BigDecimal multiple = node.hasNonNull("multiple") ? reader.decimal(node, path, "multiple", MULTIPLE)
                : BigDecimal.ONE;
        Boolean participating = node.hasNonNull("participating") ? checks.bool(node, path, "participating")
                : Boolean.FALSE;
        BigDecimal preferredPercent = node.hasNonNull("preferred_pct")
                ? reader.percent(node, path, "preferred_pct") : null;
        return invested == null || multiple == null || participating == null ? null
                : new Preferences(invested, multiple, participating, preferredPercent);
    }

    private Dilution dilution(JsonNode company, String companyPath) {
        JsonNode node = checks.object(company, companyPath, "dilution");
        if (node == null) {
            return null;
        }
        String path = FieldChecks.at(companyPath, "dilution");
        reader.allowOnly(node, path, DILUTION_KEYS);
        BigDecimal perRound = node.hasNonNull("pct_per_round") ? reader.percent(node, path, "pct_per_round")
                : Dilution.DEFAULT.percentPerRound();
        Integer rounds = node.hasNonNull("rounds_to_exit")
                ? reader.whole(node, path, "rounds_to_exit", 0, "a number of funding rounds, 0 or more")
                : Integer.valueOf(Dilution.DEFAULT.roundsToExit());
        return perRound == null || rounds == null ? null : new Dilution(perRound, rounds);
    }

    private Liquidity liquidity(JsonNode company, String companyPath) {
        JsonNode node = checks.object(company, companyPath, "liquidity");
        if (node == null) {
            return null;
        }
        String path = FieldChecks.at(companyPath, "liquidity");
        reader.allowOnly(node, path, LIQUIDITY_KEYS);
        Liquidity.Kind kind = present(node, path, "kind", "\"kind\": \"at_exit\", \"double_trigger\" or \"tender\"")
                ? reader.choice(node, path, "kind", Liquidity.Kind.values(), Liquidity.Kind::id,
                        id -> OfferJson.byId(Liquidity.Kind.values(), Liquidity.Kind::id, id)) : null;
        Integer expiry = months(node, path, "expiry_years", "a number of years, 0 or more");
        Integer every = months(node, path, "tender_every_months", "a number of months, 0 or more");
        Integer first = months(node, path, "first_tender_month", "a month counted from the start, 0 or more");
        BigDecimal sellable = node.hasNonNull("tender_sellable_pct")
                ? reader.percent(node, path, "tender_sellable_pct") : null;
        BigDecimal price = node.hasNonNull("tender_price")
                ? reader.decimal(node, path, "tender_price", OfferJson.PRICE) : null;
        return kind == null ? null : new Liquidity(kind, expiry, every, first, sellable, price);
    }

    private Integer months(JsonNode parent, String path, String field, String what) {
        return parent.hasNonNull(field) ? reader.whole(parent, path, field, 0, what) : null;
    }

    private boolean present(JsonNode parent, String path, String field, String what) {
        if (parent.hasNonNull(field)) {
            return true;
        }
        checks.problem(FieldChecks.at(path, field), "missing; add " + what);
        return false;
    }
}
