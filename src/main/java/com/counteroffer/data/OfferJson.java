package com.counteroffer.data;

import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.input.OfferFormatException;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.Refresher;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code counteroffer.offer/2} file format: one offer as JSON, described in docs/offer-format.md.
 * Reading checks the whole file and reports every problem at once; writing then reading gives back
 * an equal offer. Writing always writes version 2; reading also accepts {@code counteroffer.offer/1},
 * which lacks the private-company keys (they take their defaults there).
 */
public final class OfferJson {

    public static final String FORMAT = "counteroffer.offer/2";
    /** The first version, before options and RSUs carried a private company's terms. Still read. */
    public static final String FORMAT_1 = "counteroffer.offer/1";

    /** Cliff and cadence of a vesting given as a bare list of yearly percents. */
    public static final int DEFAULT_CLIFF_MONTHS = 12;
    public static final Cadence DEFAULT_CADENCE = Cadence.MONTHLY;
    public static final int DEFAULT_FIRST_REFRESHER_YEAR = 2;

    private static final String[] TOP_KEYS = {"format", "company", "title", "level", "location", "start_date",
        "deadline", "status", "remote_policy", "notes", "current", "base", "yearly_raise_pct", "target_bonus_pct",
        "target_bonus_amount", "sign_on", "clawback", "relocation", "equity", "refreshers", "k401_match",
        "benefits_value", "pto_days"};
    /** The top-level keys in the order they are written, for tables with one column per key. */
    static final List<String> KEY_ORDER = List.of(TOP_KEYS);
    private static final String[] RSU_KEYS_1 = {"type", "grant_value", "shares", "share_price", "vesting",
        "cliff_months", "cadence"};
    private static final String[] RSU_KEYS = {"type", "grant_value", "shares", "share_price", "vesting",
        "cliff_months", "cadence", "fair_market_value", "fully_diluted_shares", PrivateCompanyJson.KEY};
    private static final String[] OPTION_KEYS_1 = {"type", "shares", "strike", "fair_market_value",
        "preferred_price", "valuation", "fully_diluted_shares", "exercise_window_months", "vesting", "cliff_months",
        "cadence"};
    private static final String[] OPTION_KEYS = {"type", "shares", "strike", "fair_market_value", "preferred_price",
        "valuation", "fully_diluted_shares", "exercise_window_months", "vesting", "cliff_months", "cadence",
        "option_type", "early_exercise", PrivateCompanyJson.KEY};
    private static final String[] ANY_EQUITY_KEYS = {"type", "grant_value", "shares", "share_price", "strike",
        "fair_market_value", "preferred_price", "valuation", "fully_diluted_shares", "exercise_window_months",
        "vesting", "cliff_months", "cadence", "option_type", "early_exercise", PrivateCompanyJson.KEY};
    private static final String[] ANY_EQUITY_KEYS_1 = {"type", "grant_value", "shares", "share_price", "strike",
        "fair_market_value", "preferred_price", "valuation", "fully_diluted_shares", "exercise_window_months",
        "vesting", "cliff_months", "cadence"};
    private static final String[] VESTING_OBJECT_KEYS = {"yearly_pct", "cliff_months", "cadence"};
    private static final String PERCENT_EXAMPLE = "[25, 25, 25, 25]";

    static final String PERCENT = "a percent as a number, 0 or more (15 means 15 %)";
    static final String PRICE = "a price in dollars per share as a number, 0 or more";

    /** "on the first 6 % of pay": the share of pay whose contributions the employer matches. */
    private static final String MATCH_FIRST = "on_first_pct_of_pay";
    /**
     * Files written before the match was read as letters state it call {@link #MATCH_FIRST} this; users
     * typed the "up to 6 %" of their letter into it, so it is read as that.
     */
    private static final String MATCH_FIRST_OLD = "cap_pct_of_base";

    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    // Two-space indent, "key": value, and the same line ending on every system so files diff cleanly.
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private final FieldChecks checks = new FieldChecks();
    /** Whether the text is held to {@link OfferValidator#textProblems}: for offers given, not for offers stored. */
    private final boolean checkText;
    /** Whether the document is version 1, where the private-company keys are unknown. */
    private boolean firstVersion;
    /** The key this file gives the matched share of pay under: the current one or its older name. */
    private String matchFirstKey = MATCH_FIRST;

    private OfferJson(boolean checkText) {
        this.checkText = checkText;
    }

    // ---------------------------------------------------------------- writing

    /** The offer as a pretty {@code counteroffer.offer/2} file, ending with a newline. */
    public static String write(Offer offer) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(tree(offer)) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain values always serialises; this would be a bug in this class.
            throw new IllegalStateException("cannot write offer JSON", e);
        }
    }

    /** The offer as a {@code counteroffer.offer/2} JSON object, for files that hold many offers. */
    public static ObjectNode tree(Offer offer) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("company", offer.company());
        root.put("title", offer.title());
        if (offer.level() != null) {
            root.put("level", offer.level().id());
        }
        if (offer.location() != null) {
            root.put("location", offer.location());
        }
        if (offer.startDate() != null) {
            root.put("start_date", offer.startDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        if (offer.deadline() != null) {
            root.put("deadline", offer.deadline().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        root.put("status", offer.status().id());
        if (offer.remotePolicy() != null) {
            root.put("remote_policy", offer.remotePolicy().id());
        }
        root.put("current", offer.current());
        root.put("base", offer.base());
        root.put("yearly_raise_pct", offer.yearlyRaisePercent());
        if (offer.bonus().amount() != null) {
            root.put("target_bonus_amount", offer.bonus().amount());
        } else {
            root.put("target_bonus_pct", offer.bonus().percentOfBase());
        }
        ArrayNode signOns = root.putArray("sign_on");
        for (SignOnPayment payment : offer.signOns()) {
            ObjectNode item = signOns.addObject();
            item.put("amount", payment.amount());
            item.put("year", payment.year());
            if (payment.monthly()) {
                item.put("monthly_over_months", payment.monthlyOverMonths());
            }
        }
        if (!offer.clawback().equals(Clawback.NONE)) {
            ObjectNode clawback = root.putObject("clawback");
            clawback.put("full_repayment_months", offer.clawback().fullRepaymentMonths());
            clawback.put("prorated_until_months", offer.clawback().proratedUntilMonths());
        }
        root.put("relocation", offer.relocation());
        if (offer.equity() != null) {
            writeEquity(offer.equity(), root.putObject("equity"));
        }
        ArrayNode refreshers = root.putArray("refreshers");
        for (Refresher refresher : offer.refreshers()) {
            ObjectNode item = refreshers.addObject();
            item.put("yearly_value", refresher.yearlyValue());
            item.set("vesting", vestingNode(refresher.vesting()));
            item.put("guaranteed", refresher.guaranteed());
            item.put("first_grant_year", refresher.firstGrantYear());
        }
        if (offer.match() != null) {
            ObjectNode match = root.putObject("k401_match");
            match.put("rate_pct", offer.match().ratePercent());
            match.put("on_first_pct_of_pay", offer.match().onFirstPercentOfPay());
            if (offer.match().annualCap() != null) {
                match.put("annual_cap", offer.match().annualCap());
            }
        }
        root.put("benefits_value", offer.benefitsValue());
        if (offer.ptoDays() != null) {
            root.put("pto_days", offer.ptoDays());
        }
        root.put("notes", offer.notes());
        return root;
    }

    private static void writeEquity(Equity equity, ObjectNode node) {
        if (equity instanceof RsuGrant rsu) {
            node.put("type", "rsu");
            if (rsu.grantValue() != null) {
                node.put("grant_value", rsu.grantValue());
            }
            if (rsu.shares() != null) {
                node.put("shares", rsu.shares());
            }
            if (rsu.sharePrice() != null) {
                node.put("share_price", rsu.sharePrice());
            }
            if (rsu.fairMarketValue() != null) {
                node.put("fair_market_value", rsu.fairMarketValue());
            }
            if (rsu.fullyDilutedShares() != null) {
                node.put("fully_diluted_shares", rsu.fullyDilutedShares());
            }
            if (rsu.isPrivate()) {
                PrivateCompanyJson.write(rsu.company(), node.putObject(PrivateCompanyJson.KEY));
            }
        } else if (equity instanceof OptionGrant options) {
            node.put("type", "options");
            node.put("shares", options.shares());
            node.put("strike", options.strike());
            node.put("fair_market_value", options.fairMarketValue());
            if (options.preferredPrice() != null) {
                node.put("preferred_price", options.preferredPrice());
            }
            if (options.valuation() != null) {
                node.put("valuation", options.valuation());
            }
            if (options.fullyDilutedShares() != null) {
                node.put("fully_diluted_shares", options.fullyDilutedShares());
            }
            if (options.exerciseWindowMonths() != null) {
                node.put("exercise_window_months", options.exerciseWindowMonths());
            }
            node.put("option_type", options.type().id());
            node.put("early_exercise", options.earlyExercise());
            PrivateCompanyJson.write(options.company(), node.putObject(PrivateCompanyJson.KEY));
        }
        node.set("vesting", vestingNode(equity.vesting()));
    }

    /** A preset unchanged is written by name; anything else as the full object form. */
    private static JsonNode vestingNode(Vesting vesting) {
        if (vesting.preset() != null && vesting.equals(Vesting.of(vesting.preset()))) {
            return JsonNodeFactory.instance.textNode(vesting.preset().id());
        }
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode yearly = node.putArray("yearly_pct");
        vesting.yearlyPercents().forEach(yearly::add);
        node.put("cliff_months", vesting.cliffMonths());
        node.put("cadence", vesting.cadence().id());
        return node;
    }

    // ---------------------------------------------------------------- reading

    /** Whether this class reads a document of that {@code format}: version 2, or the older version 1. */
    public static boolean reads(String format) {
        return FORMAT.equals(format) || FORMAT_1.equals(format);
    }

    /**
     * Reads an offer file the user gives. Every rule applies, the text rules
     * ({@link OfferValidator#textProblems}) too.
     *
     * @param origin how to name the file in messages, e.g. its file name
     * @throws OfferFormatException listing every problem found
     */
    public static Offer readFile(String json, String origin) {
        JsonNode root = StrictJson.object(json, origin, OfferFormatException::new);
        return new OfferJson(true).offer(root, origin);
    }

    /**
     * Reads an offer document as this application writes and stores it. The same rules but the text
     * rules, which came later: an offer saved before them still opens, and meets them when next edited.
     *
     * @param origin how to name the document in messages
     * @throws OfferFormatException listing every problem found
     */
    public static Offer read(String json, String origin) {
        JsonNode root = StrictJson.object(json, origin, OfferFormatException::new);
        return new OfferJson(false).offer(root, origin);
    }

    /**
     * Reads an offer object that is part of a larger file the user gives (a CSV row, an export), with
     * every rule, as {@link #read}.
     *
     * @throws OfferFormatException listing every problem found
     */
    public static Offer fromTree(JsonNode root, String origin) {
        if (root == null || !root.isObject()) {
            throw new OfferFormatException(origin, List.of("expected an offer object { ... }, found "
                    + (root == null ? "nothing" : FieldChecks.shown(root))));
        }
        return new OfferJson(true).offer(root, origin);
    }

    private Offer offer(JsonNode root, String origin) {
        JsonNode formatNode = root.get("format");
        if (formatNode == null || formatNode.isNull()) {
            checks.problem("format", "missing; add \"format\": \"" + FORMAT + "\" as the first key");
        } else if (!formatNode.isTextual() || !reads(formatNode.asText())) {
            // Another format's keys mean other things: checking them would only add noise.
            throw new OfferFormatException(origin, List.of("format: expected \"" + FORMAT + "\" (or the older \""
                    + FORMAT_1 + "\"), found " + FieldChecks.shown(formatNode)
                    + "; this version of Counteroffer reads only those formats"));
        } else {
            firstVersion = FORMAT_1.equals(formatNode.asText());
        }
        allowOnly(root, "", TOP_KEYS);
        String company = checks.text(root, "", "company");
        String title = checks.optionalText(root, "", "title");
        Level level = choice(root, "", "level", Level.values(), Level::id, Level::fromId);
        String location = root.hasNonNull("location") ? checks.text(root, "", "location") : null;
        LocalDate startDate = date(root, "", "start_date");
        LocalDate deadline = date(root, "", "deadline");
        OfferStatus status = choice(root, "", "status", OfferStatus.values(), OfferStatus::id, OfferStatus::fromId);
        RemotePolicy remote = choice(root, "", "remote_policy", RemotePolicy.values(), RemotePolicy::id,
                RemotePolicy::fromId);
        String notes = checks.optionalText(root, "", "notes");
        Boolean current = root.hasNonNull("current") ? checks.bool(root, "", "current") : Boolean.FALSE;
        Long base = checks.dollars(root, "", "base");
        BigDecimal raise = root.hasNonNull("yearly_raise_pct") ? raise(root) : null;
        TargetBonus bonus = bonus(root);
        List<SignOnPayment> signOns = list(root, "sign_on", this::signOn);
        Clawback clawback = root.hasNonNull("clawback") ? clawback(root) : Clawback.NONE;
        Long relocation = optionalDollars(root, "", "relocation");
        Equity equity = root.hasNonNull("equity") ? equity(root) : null;
        List<Refresher> refreshers = list(root, "refreshers", this::refresher);
        RetirementMatch match = root.hasNonNull("k401_match") ? match(root) : null;
        Long benefits = optionalDollars(root, "", "benefits_value");
        Integer ptoDays = root.hasNonNull("pto_days") ? whole(root, "", "pto_days", 0, "a number of days") : null;
        if (checkText) {
            OfferValidator.textProblems(company, title, location, notes).forEach(checks::add);
        }
        if (checks.count() > 0) {
            throw new OfferFormatException(origin, checks.problems());
        }
        Offer offer;
        try {
            offer = new Offer(company, title, level, location, startDate, deadline, status, remote, notes, current,
                    base, raise, bonus, signOns, clawback, relocation, equity, refreshers, match, benefits,
                    ptoDays);
        } catch (IllegalArgumentException e) {
            throw new OfferFormatException(origin, List.of(e.getMessage()));
        }
        // The same limits as the forms (amounts that must be typing mistakes, percents out of range).
        List<String> limits = OfferValidator.problems(offer).stream().map(this::fileSpelling).toList();
        if (!limits.isEmpty()) {
            throw new OfferFormatException(origin, limits);
        }
        return offer;
    }

    /**
     * The validator names the 401(k) match after the record component; the file calls it k401_match,
     * and an older file names the matched share of pay by its older key.
     */
    private String fileSpelling(String problem) {
        String spelled = problem.startsWith("match.") ? "k401_" + problem : problem;
        String current = "k401_match." + MATCH_FIRST;
        return spelled.startsWith(current) && !matchFirstKey.equals(MATCH_FIRST)
                ? "k401_match." + matchFirstKey + spelled.substring(current.length()) : spelled;
    }

    /** A raise may be negative (an expected pay cut); the validator bounds it. */
    private BigDecimal raise(JsonNode root) {
        JsonNode node = root.get("yearly_raise_pct");
        if (!node.isNumber()) {
            checks.problem("yearly_raise_pct", "expected a percent as a number (3 means 3 % a year), found "
                    + FieldChecks.shown(node));
            return null;
        }
        return node.decimalValue();
    }

    private TargetBonus bonus(JsonNode root) {
        boolean hasPercent = root.hasNonNull("target_bonus_pct");
        boolean hasAmount = root.hasNonNull("target_bonus_amount");
        if (hasPercent && hasAmount) {
            checks.problem("target_bonus_amount", "give target_bonus_pct or target_bonus_amount, not both; "
                    + "remove one");
            return null;
        }
        if (hasAmount) {
            Long amount = checks.dollars(root, "", "target_bonus_amount");
            return amount == null ? null : TargetBonus.amount(amount);
        }
        if (hasPercent) {
            BigDecimal percent = percent(root, "", "target_bonus_pct");
            return percent == null ? null : TargetBonus.percent(percent);
        }
        return TargetBonus.NONE;
    }

    private SignOnPayment signOn(JsonNode node, String path) {
        int before = checks.count();
        allowOnly(node, path, "amount", "year", "monthly_over_months");
        Long amount = checks.dollars(node, path, "amount");
        Integer year = present(node, path, "year", "the year it is paid in, 1 for the first year")
                ? whole(node, path, "year", 1, "a year of 1 or more (1 = the first year)") : null;
        Integer months = node.hasNonNull("monthly_over_months")
                ? whole(node, path, "monthly_over_months", 0, "a number of months, 0 for a lump sum") : Integer.valueOf(0);
        return checks.count() > before ? null : new SignOnPayment(amount, year, months);
    }

    private Clawback clawback(JsonNode root) {
        JsonNode node = checks.object(root, "", "clawback");
        if (node == null) {
            return null;
        }
        int before = checks.count();
        allowOnly(node, "clawback", "full_repayment_months", "prorated_until_months");
        Integer full = node.hasNonNull("full_repayment_months")
                ? whole(node, "clawback", "full_repayment_months", 0, "a number of months, 0 or more") : Integer.valueOf(0);
        Integer prorated = node.hasNonNull("prorated_until_months")
                ? whole(node, "clawback", "prorated_until_months", 0, "a number of months, 0 or more") : Integer.valueOf(0);
        if (checks.count() > before) {
            return null;
        }
        if (prorated != 0 && prorated < full) {
            checks.problem("clawback.prorated_until_months", "must be 0 (no prorated period) or at least "
                    + "full_repayment_months (" + full + "), found " + prorated);
            return null;
        }
        return new Clawback(full, prorated);
    }

    private Equity equity(JsonNode root) {
        JsonNode node = checks.object(root, "", "equity");
        if (node == null) {
            return null;
        }
        int before = checks.count();
        String type = null;
        if (present(node, "equity", "type", "\"type\": \"rsu\" or \"options\"")) {
            type = node.get("type").isTextual() ? node.get("type").asText() : "";
        }
        if ("rsu".equals(type)) {
            allowOnlyOfVersion(node, "equity", RSU_KEYS_1, RSU_KEYS);
            Long grantValue = optionalDollars(node, "equity", "grant_value", null);
            Long shares = node.hasNonNull("shares") ? count(node, "equity", "shares", 0) : null;
            BigDecimal price = node.hasNonNull("share_price") ? decimal(node, "equity", "share_price", PRICE) : null;
            BigDecimal fmv = !firstVersion && node.hasNonNull("fair_market_value")
                    ? decimal(node, "equity", "fair_market_value", PRICE) : null;
            Long fullyDiluted = !firstVersion && node.hasNonNull("fully_diluted_shares")
                    ? count(node, "equity", "fully_diluted_shares", 1) : null;
            boolean isPrivate = !firstVersion && node.hasNonNull(PrivateCompanyJson.KEY);
            PrivateCompany company = isPrivate ? new PrivateCompanyJson(this).read(node, "equity") : null;
            if (isPrivate) {
                String why = "; a private company's RSUs are valued per share: give shares and share_price (the"
                        + " latest round's price)";
                for (String needed : List.of("shares", "share_price")) {
                    if (!node.hasNonNull(needed)) {
                        checks.problem("equity." + needed, "missing" + why);
                    }
                }
            } else if (!node.hasNonNull("grant_value")) {
                String instead = "; give grant_value, or shares and share_price";
                if (!node.hasNonNull("shares") && !node.hasNonNull("share_price")) {
                    checks.problem("equity.grant_value", "missing" + instead);
                } else if (!node.hasNonNull("shares")) {
                    checks.problem("equity.shares", "missing" + instead);
                } else if (!node.hasNonNull("share_price")) {
                    checks.problem("equity.share_price", "missing" + instead);
                }
            }
            Vesting vesting = vesting(node, "equity");
            return checks.count() > before ? null
                    : new RsuGrant(grantValue, shares, price, vesting, fmv, fullyDiluted, company);
        }
        if ("options".equals(type)) {
            allowOnlyOfVersion(node, "equity", OPTION_KEYS_1, OPTION_KEYS);
            Long shares = present(node, "equity", "shares", "the number of option shares")
                    ? count(node, "equity", "shares", 0) : null;
            BigDecimal strike = present(node, "equity", "strike", PRICE)
                    ? decimal(node, "equity", "strike", PRICE) : null;
            BigDecimal fmv = present(node, "equity", "fair_market_value", "the 409A price per share")
                    ? decimal(node, "equity", "fair_market_value", PRICE) : null;
            BigDecimal preferred = node.hasNonNull("preferred_price")
                    ? decimal(node, "equity", "preferred_price", PRICE) : null;
            Long valuation = optionalDollars(node, "equity", "valuation", null);
            Long fullyDiluted = node.hasNonNull("fully_diluted_shares")
                    ? count(node, "equity", "fully_diluted_shares", 1) : null;
            Integer window = node.hasNonNull("exercise_window_months")
                    ? whole(node, "equity", "exercise_window_months", 0, "a number of months, 0 or more") : null;
            OptionType optionType = firstVersion ? OptionType.ISO : choice(node, "equity", "option_type",
                    OptionType.values(), OptionType::id, id -> byId(OptionType.values(), OptionType::id, id));
            Boolean early = !firstVersion && node.hasNonNull("early_exercise")
                    ? checks.bool(node, "equity", "early_exercise") : Boolean.FALSE;
            PrivateCompany company = !firstVersion && node.hasNonNull(PrivateCompanyJson.KEY)
                    ? new PrivateCompanyJson(this).read(node, "equity") : PrivateCompany.DEFAULTS;
            Vesting vesting = vesting(node, "equity");
            return checks.count() > before ? null : new OptionGrant(shares, strike, fmv, preferred, valuation,
                    fullyDiluted, window, vesting, optionType, early, company);
        }
        if (type != null) {
            checks.problem("equity.type", "expected \"rsu\" or \"options\", found " + FieldChecks.shown(node.get("type")));
        }
        // Still check the rest, so one pass shows every problem of the section.
        allowOnlyOfVersion(node, "equity", ANY_EQUITY_KEYS_1, ANY_EQUITY_KEYS);
        vesting(node, "equity");
        return null;
    }

    private Refresher refresher(JsonNode node, String path) {
        int before = checks.count();
        allowOnly(node, path, "yearly_value", "vesting", "cliff_months", "cadence", "guaranteed",
                "first_grant_year");
        Long value = checks.dollars(node, path, "yearly_value");
        Vesting vesting = vesting(node, path);
        Boolean guaranteed = node.hasNonNull("guaranteed") ? checks.bool(node, path, "guaranteed") : Boolean.FALSE;
        Integer firstYear = node.hasNonNull("first_grant_year")
                ? whole(node, path, "first_grant_year", 1, "a year of 1 or more (2 = at the first anniversary)")
                : Integer.valueOf(DEFAULT_FIRST_REFRESHER_YEAR);
        return checks.count() > before ? null : new Refresher(value, vesting, guaranteed, firstYear);
    }

    private RetirementMatch match(JsonNode root) {
        JsonNode node = checks.object(root, "", "k401_match");
        if (node == null) {
            return null;
        }
        int before = checks.count();
        allowOnly(node, "k401_match", "rate_pct", MATCH_FIRST, "annual_cap", MATCH_FIRST_OLD);
        BigDecimal rate = present(node, "k401_match", "rate_pct", PERCENT + " of what you put in (50 for \"50 % "
                + "on the first 6 % of pay\")") ? percent(node, "k401_match", "rate_pct") : null;
        BigDecimal first = null;
        if (node.hasNonNull(MATCH_FIRST) && node.hasNonNull(MATCH_FIRST_OLD)) {
            checks.problem("k401_match." + MATCH_FIRST_OLD, "the older name of " + MATCH_FIRST + "; give one of "
                    + "them, not both; remove " + MATCH_FIRST_OLD);
        } else if (node.hasNonNull(MATCH_FIRST_OLD)) {
            matchFirstKey = MATCH_FIRST_OLD;
            first = percent(node, "k401_match", MATCH_FIRST_OLD);
        } else if (present(node, "k401_match", MATCH_FIRST, PERCENT + " of pay your contributions are matched on "
                + "(6 for \"50 % on the first 6 % of pay\")")) {
            first = percent(node, "k401_match", MATCH_FIRST);
        }
        Long annualCap = optionalDollars(node, "k401_match", "annual_cap", null);
        return checks.count() > before ? null : new RetirementMatch(rate, first, annualCap);
    }

    /**
     * The {@code vesting} of a grant: a preset name, a list of yearly percents (then the grant's own
     * {@code cliff_months} and {@code cadence} apply), or an object with all three.
     */
    private Vesting vesting(JsonNode owner, String ownerPath) {
        String path = FieldChecks.at(ownerPath, "vesting");
        JsonNode node = owner.get("vesting");
        boolean bareList = node != null && node.isArray();
        if (!bareList) {
            for (String sibling : List.of("cliff_months", "cadence")) {
                if (owner.has(sibling)) {
                    checks.problem(FieldChecks.at(ownerPath, sibling), "only goes with a vesting list such as "
                            + PERCENT_EXAMPLE + "; remove it, or put it inside the vesting object");
                }
            }
        }
        if (node == null || node.isNull()) {
            checks.problem(path, "missing; add a preset name (" + presetIds() + ") or yearly percents such as "
                    + PERCENT_EXAMPLE);
            return null;
        }
        if (node.isTextual()) {
            Optional<VestingPreset> preset = VestingPreset.fromId(node.asText());
            if (preset.isEmpty()) {
                checks.problem(path, "unknown vesting preset \"" + node.asText() + "\"; use one of "
                        + presetIds() + ", or yearly percents such as " + PERCENT_EXAMPLE);
                return null;
            }
            return Vesting.of(preset.get());
        }
        if (bareList) {
            return customVesting(node, path, owner, ownerPath);
        }
        if (node.isObject()) {
            allowOnly(node, path, VESTING_OBJECT_KEYS);
            JsonNode yearly = checks.array(node, path, "yearly_pct");
            return yearly == null ? null : customVesting(yearly, FieldChecks.at(path, "yearly_pct"), node, path);
        }
        checks.problem(path, "expected a preset name (" + presetIds() + "), a list of yearly percents such as "
                + PERCENT_EXAMPLE + " or an object {\"yearly_pct\": [...], \"cliff_months\": 12, "
                + "\"cadence\": \"monthly\"}, found " + FieldChecks.shown(node));
        return null;
    }

    /** @param settings the object holding {@code cliff_months} and {@code cadence} for this list */
    private Vesting customVesting(JsonNode list, String listPath, JsonNode settings, String settingsPath) {
        int before = checks.count();
        List<BigDecimal> percents = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (item.isNumber()) {
                percents.add(item.decimalValue());
            } else {
                checks.problem(listPath + "[" + i + "]", "expected " + PERCENT + ", found " + FieldChecks.shown(item));
            }
        }
        Integer cliff = settings.hasNonNull("cliff_months")
                ? whole(settings, settingsPath, "cliff_months", 0, "a number of months, 0 for no cliff")
                : Integer.valueOf(DEFAULT_CLIFF_MONTHS);
        Cadence cadence = settings.hasNonNull("cadence")
                ? choice(settings, settingsPath, "cadence", Cadence.values(), Cadence::id, Cadence::fromId)
                : DEFAULT_CADENCE;
        if (checks.count() > before) {
            return null;
        }
        Vesting vesting = Vesting.custom(percents, cliff, cadence);
        vesting.problems().forEach(problem -> checks.problem(listPath, problem));
        return checks.count() > before ? null : vesting;
    }

    // ---------------------------------------------------------------- field helpers

    private <T> List<T> list(JsonNode root, String field, ItemReader<T> reader) {
        List<T> result = new ArrayList<>();
        if (!root.hasNonNull(field)) {
            return result;
        }
        JsonNode array = checks.array(root, "", field);
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = field + "[" + i + "]";
            if (checks.objectItem(array.get(i), path) != null) {
                T item = reader.read(array.get(i), path);
                if (item != null) {
                    result.add(item);
                }
            }
        }
        return result;
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode node, String path);
    }

    /** Flags keys the format does not define, which are usually typos of ones it does. */
    void allowOnly(JsonNode object, String path, String... keys) {
        Set<String> allowed = Set.of(keys);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                checks.problem(FieldChecks.at(path, name), unknownKey(name, keys));
            }
        }
    }

    /**
     * {@link #allowOnly} for a part that version 2 widened: in a version 1 document a key that
     * version 2 added says so, rather than suggesting a look-alike.
     */
    private void allowOnlyOfVersion(JsonNode object, String path, String[] firstKeys, String[] keys) {
        if (!firstVersion) {
            allowOnly(object, path, keys);
            return;
        }
        Set<String> allowed = Set.of(firstKeys);
        Set<String> later = Set.of(keys);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (allowed.contains(name)) {
                continue;
            }
            checks.problem(FieldChecks.at(path, name), later.contains(name)
                    ? "a key of " + FORMAT + ", not of " + FORMAT_1 + "; to use it, change the format to \""
                            + FORMAT + "\""
                    : unknownKey(name, firstKeys));
        }
    }

    FieldChecks checks() {
        return checks;
    }

    boolean checkText() {
        return checkText;
    }

    /** "unknown key; did you mean "base"? If not, remove it; the keys here are …" */
    static String unknownKey(String name, String... keys) {
        String closest = Arrays.stream(keys).filter(key -> distance(key, name) <= 2)
                .min(Comparator.comparingInt(key -> distance(key, name)))
                .map(key -> "did you mean \"" + key + "\"? If not, remove it").orElse("remove it");
        return "unknown key; " + closest + "; the keys here are " + String.join(", ", keys);
    }

    /** True when the field is there; otherwise records it as missing. */
    private boolean present(JsonNode parent, String path, String field, String what) {
        if (parent.hasNonNull(field)) {
            return true;
        }
        checks.problem(FieldChecks.at(path, field), "missing; add " + what);
        return false;
    }

    private Long optionalDollars(JsonNode parent, String path, String field) {
        return optionalDollars(parent, path, field, 0L);
    }

    Long optionalDollars(JsonNode parent, String path, String field, Long absent) {
        return parent.hasNonNull(field) ? checks.dollars(parent, path, field) : absent;
    }

    Integer whole(JsonNode parent, String path, String field, int min, String what) {
        JsonNode node = parent.get(field);
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToInt()
                || node.intValue() < min) {
            checks.problem(FieldChecks.at(path, field), "expected " + what + ", found " + FieldChecks.shown(node));
            return null;
        }
        return node.intValue();
    }

    private Long count(JsonNode parent, String path, String field, long min) {
        JsonNode node = parent.get(field);
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToLong()
                || node.longValue() < min) {
            checks.problem(FieldChecks.at(path, field), "expected a whole number of shares, " + min
                    + " or more, found " + FieldChecks.shown(node));
            return null;
        }
        return node.longValue();
    }

    BigDecimal percent(JsonNode parent, String path, String field) {
        return decimal(parent, path, field, PERCENT);
    }

    BigDecimal decimal(JsonNode parent, String path, String field, String what) {
        JsonNode node = parent.get(field);
        if (!node.isNumber() || node.decimalValue().signum() < 0) {
            checks.problem(FieldChecks.at(path, field), "expected " + what + ", found " + FieldChecks.shown(node));
            return null;
        }
        return node.decimalValue();
    }

    private LocalDate date(JsonNode parent, String path, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String what = "a date as \"yyyy-MM-dd\", such as \"2026-03-01\" (or as typed on screen: \"Mar 1, 2026\", "
                + "\"3/1/2026\")";
        if (node.isTextual() && !node.asText().isBlank()) {
            // The forms' own parser: a file accepts every form a date field does.
            var parsed = Dates.parse(node.asText(), true, field);
            if (parsed.ok()) {
                return parsed.value();
            }
        }
        checks.problem(FieldChecks.at(path, field), "expected " + what + ", found " + FieldChecks.shown(node));
        return null;
    }

    /** An optional enum given by its id; null when absent or wrong. */
    <E> E choice(JsonNode parent, String path, String field, E[] values, Function<E, String> id,
                         Function<String, Optional<E>> lookup) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String all = Arrays.stream(values).map(id).collect(Collectors.joining(", "));
        E value = node.isTextual() ? lookup.apply(node.asText()).orElse(null) : null;
        if (value == null) {
            checks.problem(FieldChecks.at(path, field), "expected one of " + all + ", found " + FieldChecks.shown(node));
        }
        return value;
    }

    /** The value whose id is exactly {@code id}, as files write it. */
    static <E> Optional<E> byId(E[] values, Function<E, String> id, String wanted) {
        return Arrays.stream(values).filter(value -> id.apply(value).equals(wanted)).findFirst();
    }

    private static String presetIds() {
        return Arrays.stream(VestingPreset.values()).map(VestingPreset::id).collect(Collectors.joining(", "));
    }

    /** Edit distance, to suggest the key a typo was meant to be. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j] + 1, row[j - 1] + 1));
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
