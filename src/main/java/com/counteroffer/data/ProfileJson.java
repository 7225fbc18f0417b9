package com.counteroffer.data;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.TaxSettings;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import com.counteroffer.domain.tax.TaxInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A client's profile as JSON, for exports: every field the profile holds, its market assumptions
 * (each factor with the user's reason, and the premiums switched on) and its tax settings.
 * Nulls stay nulls, so a profile reads back equal.
 */
final class ProfileJson {

    static final String[] KEYS = {"level", "years_experience", "location", "state_of_residence", "education",
        "target_sector", "projects", "premium_skills", "current_base", "current_bonus", "current_yearly_equity",
        "unvested_equity", "market_assumptions", "tax_settings"};
    private static final String[] ASSUMPTION_KEYS = {"location_factor", "sector_factor", "education_factor",
        "applied_premiums"};
    private static final String[] FACTOR_KEYS = {"value", "reason"};
    private static final String[] TAX_KEYS = {"filing_status", "nyc_resident", "md_county_rate", "k401_deferral",
        "spouse_wages", "age", "roth_401k", "hsa", "hsa_coverage", "property_tax", "locality"};
    /** The profile form's limit for the Maryland county rate: 5 %, as a fraction. */
    private static final BigDecimal MAX_COUNTY_RATE = new BigDecimal("0.05");

    private ProfileJson() {
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode tree(Profile profile) {
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        root.put("level", profile.level().id());
        putNumber(root, "years_experience", profile.yearsExperience() == null ? null : profile.yearsExperience().longValue());
        root.put("location", profile.location());
        root.put("state_of_residence", profile.stateOfResidence() == null ? null : profile.stateOfResidence().name());
        root.put("education", profile.education() == null ? null : profile.education().name().toLowerCase(Locale.ROOT));
        root.put("target_sector", profile.targetSector());
        ArrayNode projects = root.putArray("projects");
        profile.projects().forEach(projects::add);
        ArrayNode skills = root.putArray("premium_skills");
        new TreeSet<>(profile.premiumSkills()).forEach(skills::add);
        putNumber(root, "current_base", profile.currentBase());
        putNumber(root, "current_bonus", profile.currentBonus());
        putNumber(root, "current_yearly_equity", profile.currentYearlyEquity());
        putNumber(root, "unvested_equity", profile.unvestedEquity());
        ObjectNode assumptions = root.putObject("market_assumptions");
        putFactor(assumptions, "location_factor", profile.assumptions().location());
        putFactor(assumptions, "sector_factor", profile.assumptions().sector());
        putFactor(assumptions, "education_factor", profile.assumptions().education());
        ArrayNode premiums = assumptions.putArray("applied_premiums");
        new TreeSet<>(profile.assumptions().appliedPremiums()).forEach(premiums::add);
        ObjectNode tax = root.putObject("tax_settings");
        tax.put("filing_status", profile.tax().filingStatus().id());
        tax.put("nyc_resident", profile.tax().nycResident());
        tax.put("md_county_rate", profile.tax().mdCountyRate());
        tax.put("k401_deferral", profile.tax().k401Deferral());
        Household household = profile.tax().household();
        tax.put("spouse_wages", household.spouseWages());
        putNumber(tax, "age", household.age() == null ? null : household.age().longValue());
        tax.put("roth_401k", household.roth401k());
        tax.put("hsa", household.hsa());
        tax.put("hsa_coverage", household.hsaCoverage().id());
        tax.put("property_tax", household.propertyTax());
        tax.put("locality", profile.tax().locality());
        return root;
    }

    private static void putNumber(ObjectNode node, String field, Long value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void putFactor(ObjectNode node, String field, MarketAssumptions.Factor factor) {
        if (factor == null) {
            node.putNull(field);
        } else {
            ObjectNode item = node.putObject(field);
            item.put("value", factor.value());
            item.put("reason", factor.reason());
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a profile object; every problem goes to {@code checks} under {@code path}. Only the
     * level is required; a key left out is empty (or the default tax settings).
     *
     * @return the profile, or null when anything in it is wrong
     */
    static Profile fromTree(JsonNode node, String path, FieldChecks checks) {
        if (!node.isObject()) {
            checks.problem(path, "expected a profile object { \"level\": …, … } or null, found " + FieldChecks.shown(node));
            return null;
        }
        int before = checks.count();
        checks.knownKeys(node, path, KEYS);
        Level level = null;
        JsonNode levelNode = node.get("level");
        String levels = Arrays.stream(Level.values()).map(Level::id).collect(Collectors.joining(", "));
        if (levelNode == null || levelNode.isNull()) {
            checks.problem(FieldChecks.at(path, "level"), "missing; add one of " + levels);
        } else {
            level = levelNode.isTextual() ? Level.fromId(levelNode.asText()).filter(found ->
                    found.id().equals(levelNode.asText())).orElse(null) : null;
            if (level == null) {
                checks.problem(FieldChecks.at(path, "level"), "expected one of " + levels + ", found "
                        + FieldChecks.shown(levelNode));
            }
        }
        Long years = whole(node, path, "years_experience", Profile.MAX_YEARS, "a number of years", checks);
        String location = optionalText(node, path, "location", checks);
        UsState state = null;
        JsonNode stateNode = node.get("state_of_residence");
        if (stateNode != null && !stateNode.isNull()) {
            state = stateNode.isTextual() && stateNode.asText().equals(stateNode.asText().toUpperCase(Locale.ROOT))
                    ? UsState.fromCode(stateNode.asText()).orElse(null) : null;
            if (state == null) {
                checks.problem(FieldChecks.at(path, "state_of_residence"), "expected a state's two-letter code in "
                        + "capitals, such as \"CA\" or \"DC\", or null, found " + FieldChecks.shown(stateNode));
            }
        }
        Education education = null;
        JsonNode educationNode = node.get("education");
        if (educationNode != null && !educationNode.isNull()) {
            String ids = Arrays.stream(Education.values()).map(value -> value.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            education = educationNode.isTextual() ? Arrays.stream(Education.values())
                    .filter(value -> value.name().toLowerCase(Locale.ROOT).equals(educationNode.asText()))
                    .findFirst().orElse(null) : null;
            if (education == null) {
                checks.problem(FieldChecks.at(path, "education"), "expected one of " + ids + ", or null, found "
                        + FieldChecks.shown(educationNode));
            }
        }
        String sector = optionalText(node, path, "target_sector", checks);
        List<String> projects = List.of();
        JsonNode projectNode = node.get("projects");
        if (projectNode != null && !projectNode.isNull()) {
            projects = NegotiationJson.texts(projectNode, FieldChecks.at(path, "projects"),
                    "a list of projects as text", checks);
        }
        Set<String> skills = ids(node, path, "premium_skills", "premium skill ids such as \"distributed_systems\"",
                checks);
        Long base = amount(node, path, "current_base", checks);
        Long bonus = amount(node, path, "current_bonus", checks);
        Long equity = amount(node, path, "current_yearly_equity", checks);
        Long unvested = amount(node, path, "unvested_equity", checks);
        MarketAssumptions assumptions = assumptions(node.get("market_assumptions"),
                FieldChecks.at(path, "market_assumptions"), checks);
        TaxSettings tax = tax(node.get("tax_settings"), FieldChecks.at(path, "tax_settings"), checks);
        if (checks.count() > before) {
            return null;
        }
        try {
            return new Profile(level, years == null ? null : years.intValue(), projects, location, state, education,
                    sector, skills, base, bonus, equity, unvested, assumptions, tax);
        } catch (IllegalArgumentException | NullPointerException e) {
            checks.problem(path, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static MarketAssumptions assumptions(JsonNode node, String path, FieldChecks checks) {
        if (node == null || node.isNull()) {
            return MarketAssumptions.NONE;
        }
        if (!node.isObject()) {
            checks.problem(path, "expected an object { \"location_factor\": …, \"applied_premiums\": [ … ] } or null,"
                    + " found " + FieldChecks.shown(node));
            return null;
        }
        checks.knownKeys(node, path, ASSUMPTION_KEYS);
        MarketAssumptions.Factor location = factor(node, path, "location_factor", checks);
        MarketAssumptions.Factor sector = factor(node, path, "sector_factor", checks);
        MarketAssumptions.Factor education = factor(node, path, "education_factor", checks);
        Set<String> premiums = ids(node, path, "applied_premiums", "premium ids such as \"ai_skills\"", checks);
        return premiums == null ? null : new MarketAssumptions(location, sector, education, premiums);
    }

    private static MarketAssumptions.Factor factor(JsonNode parent, String path, String field, FieldChecks checks) {
        JsonNode node = parent.get(field);
        String at = FieldChecks.at(path, field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            checks.problem(at, "expected { \"value\": 1.10, \"reason\": \"…\" } or null, found " + FieldChecks.shown(node));
            return null;
        }
        checks.knownKeys(node, at, FACTOR_KEYS);
        JsonNode value = node.get("value");
        String range = MarketAssumptions.Factor.MIN.toPlainString() + " to " + MarketAssumptions.Factor.MAX.toPlainString();
        if (value == null || value.isNull()) {
            checks.problem(FieldChecks.at(at, "value"), "missing; add the multiplier, " + range);
            return null;
        }
        if (!value.isNumber() || value.decimalValue().compareTo(MarketAssumptions.Factor.MIN) < 0
                || value.decimalValue().compareTo(MarketAssumptions.Factor.MAX) > 0) {
            checks.problem(FieldChecks.at(at, "value"), "expected a multiplier from " + range + " (1.10 = +10 %), found "
                    + FieldChecks.shown(value));
            return null;
        }
        String reason = optionalText(node, at, "reason", checks); // the factor keeps "" for none
        return new MarketAssumptions.Factor(value.decimalValue(), reason);
    }

    private static TaxSettings tax(JsonNode node, String path, FieldChecks checks) {
        if (node == null || node.isNull()) {
            return TaxSettings.DEFAULT;
        }
        if (!node.isObject()) {
            checks.problem(path, "expected an object { \"filing_status\": …, \"k401_deferral\": … } or null, found "
                    + FieldChecks.shown(node));
            return null;
        }
        int before = checks.count();
        checks.knownKeys(node, path, TAX_KEYS);
        FilingStatus filing = FilingStatus.SINGLE;
        JsonNode filingNode = node.get("filing_status");
        if (filingNode != null && !filingNode.isNull()) {
            String ids = Arrays.stream(FilingStatus.values()).map(FilingStatus::id).collect(Collectors.joining(", "));
            filing = filingNode.isTextual() ? Arrays.stream(FilingStatus.values())
                    .filter(status -> status.id().equals(filingNode.asText())).findFirst().orElse(null) : null;
            if (filing == null) {
                checks.problem(FieldChecks.at(path, "filing_status"), "expected one of " + ids + ", found "
                        + FieldChecks.shown(filingNode));
            }
        }
        boolean nyc = false;
        JsonNode nycNode = node.get("nyc_resident");
        if (nycNode != null && !nycNode.isNull()) {
            if (!nycNode.isBoolean()) {
                checks.problem(FieldChecks.at(path, "nyc_resident"), "expected true or false, found "
                        + FieldChecks.shown(nycNode));
            } else {
                nyc = nycNode.booleanValue();
            }
        }
        BigDecimal county = null;
        JsonNode countyNode = node.get("md_county_rate");
        if (countyNode != null && !countyNode.isNull()) {
            if (!countyNode.isNumber() || countyNode.decimalValue().signum() < 0
                    || countyNode.decimalValue().compareTo(MAX_COUNTY_RATE) > 0) {
                checks.problem(FieldChecks.at(path, "md_county_rate"), "expected the Maryland county rate as a "
                        + "fraction from 0 to 0.05 (0.032 = 3.2 %), or null for the tax tables' default, found "
                        + FieldChecks.shown(countyNode));
            } else {
                county = countyNode.decimalValue();
            }
        }
        Long deferral = whole(node, path, "k401_deferral", TaxSettings.DEFERRAL_LIMIT_2026,
                "the pre-tax 401(k) deferral a year in whole dollars", checks);
        Household household = household(node, path, checks);
        String locality = null;
        JsonNode localityNode = node.get("locality");
        if (localityNode != null && !localityNode.isNull()) {
            if (!localityNode.isTextual() || !localityNode.asText().matches("[a-z][a-z0-9-]{0,59}")) {
                checks.problem(FieldChecks.at(path, "locality"), "expected the id of a city or county from the "
                        + "state's tax tables, such as \"philadelphia\", or null for none, found "
                        + FieldChecks.shown(localityNode));
            } else {
                locality = localityNode.asText();
            }
        }
        if (checks.count() > before) {
            return null;
        }
        try {
            return new TaxSettings(filing, nyc, county, deferral == null ? 0 : deferral, household, locality);
        } catch (IllegalArgumentException e) {
            checks.problem(path, e.getMessage());
            return null;
        }
    }

    /** The household and accounts (issue 19); each key may be absent, as in files written before them. */
    private static Household household(JsonNode node, String path, FieldChecks checks) {
        Long spouse = amount(node, path, "spouse_wages", checks);
        Long age = whole(node, path, "age", TaxInput.MAX_AGE, "the age at the end of the tax year", checks);
        if (age != null && age < TaxInput.MIN_AGE) {
            checks.problem(FieldChecks.at(path, "age"), "expected an age from " + TaxInput.MIN_AGE + " to "
                    + TaxInput.MAX_AGE + ", or null, found " + age);
            age = null;
        }
        Long roth = amount(node, path, "roth_401k", checks);
        Long hsa = amount(node, path, "hsa", checks);
        Long propertyTax = amount(node, path, "property_tax", checks);
        HsaCoverage coverage = HsaCoverage.SELF;
        JsonNode coverageNode = node.get("hsa_coverage");
        if (coverageNode != null && !coverageNode.isNull()) {
            coverage = coverageNode.isTextual() ? HsaCoverage.fromId(coverageNode.asText()).orElse(null) : null;
            if (coverage == null) {
                checks.problem(FieldChecks.at(path, "hsa_coverage"), "expected self or family, found "
                        + FieldChecks.shown(coverageNode));
                coverage = HsaCoverage.SELF;
            }
        }
        return new Household(orZero(spouse), age == null ? null : age.intValue(), orZero(roth), orZero(hsa), coverage,
                orZero(propertyTax));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static Long amount(JsonNode node, String path, String field, FieldChecks checks) {
        return whole(node, path, field, AmountParser.MAX_AMOUNT, "a whole number of dollars a year", checks);
    }

    /** A whole number from 0 to {@code max}, or null when absent or null. */
    private static Long whole(JsonNode node, String path, String field, long max, String what, FieldChecks checks) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong()
                || value.longValue() < 0 || value.longValue() > max) {
            checks.problem(FieldChecks.at(path, field), "expected " + what + ", from 0 to " + max + ", or null, found "
                    + FieldChecks.shown(value));
            return null;
        }
        return value.longValue();
    }

    /** Text, possibly empty, or null. */
    private static String optionalText(JsonNode node, String path, String field, FieldChecks checks) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            checks.problem(FieldChecks.at(path, field), "expected text in quotes or null, found " + FieldChecks.shown(value));
            return null;
        }
        return value.asText();
    }

    /** A list of ids: each non-blank text without commas, none twice. */
    private static Set<String> ids(JsonNode node, String path, String field, String what, FieldChecks checks) {
        JsonNode list = node.get(field);
        Set<String> ids = new LinkedHashSet<>();
        if (list == null || list.isNull()) {
            return ids;
        }
        String at = FieldChecks.at(path, field);
        if (!list.isArray()) {
            checks.problem(at, "expected a list of " + what + ", found " + FieldChecks.shown(list));
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isTextual() || item.asText().isBlank() || item.asText().contains(",")) {
                checks.problem(at + "[" + i + "]", "expected one of " + what + " (text without commas), found "
                        + FieldChecks.shown(item));
                ok = false;
            } else if (!ids.add(item.asText())) {
                checks.problem(at + "[" + i + "]", "\"" + item.asText() + "\" is listed twice");
                ok = false;
            }
        }
        return ok ? ids : null;
    }
}
