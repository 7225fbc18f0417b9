package com.counteroffer.ui.offers;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.Refresher;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.ui.common.FieldParsers;
import com.counteroffer.ui.common.ValidatedField;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.domain.input.Parsed;
import com.counteroffer.domain.input.TextRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The offer editor's state and rules without controls: every field of an offer letter as typed,
 * whether it is valid, whether it changed, and the {@link Offer} it makes.
 */
public final class OfferEditorModel {

    /** How the initial equity grant is given. */
    public enum EquityKind { NONE, RSU_VALUE, RSU_SHARES, OPTIONS }

    static final long MAX_YEARLY = AmountParser.MAX_AMOUNT;
    static final long MAX_GRANT = 100_000_000L;

    /** Kept as typed, as an offer file keeps it, within the text rules every offer meets. */
    private final ValidatedField<String> company = new ValidatedField<>(text -> text == null || text.isBlank()
            ? Parsed.error("Enter the company's name.") : TextRules.parse(text, TextRules.Kind.NAME));
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty();
    /** Dates are kept as typed, so a date typed and never confirmed is still what is saved (or refused). */
    private final ValidatedField<LocalDate> startDate = new ValidatedField<>(text -> Dates.parse(text, false, "start date"));
    private final ValidatedField<LocalDate> deadline = new ValidatedField<>(text -> Dates.parse(text, false, "deadline"));
    private final ObjectProperty<OfferStatus> status = new SimpleObjectProperty<>(OfferStatus.RECEIVED);
    private final ObjectProperty<RemotePolicy> remotePolicy = new SimpleObjectProperty<>();
    private final BooleanProperty current = new SimpleBooleanProperty();
    private final StringProperty notes = new SimpleStringProperty("");

    private final ValidatedField<Long> base = new ValidatedField<>(FieldParsers.amount(true, MAX_YEARLY));
    private final ValidatedField<BigDecimal> raise = new ValidatedField<>(FieldParsers.percent(BigDecimal.valueOf(-50), BigDecimal.valueOf(100), "yearly raise"));
    private final BooleanProperty bonusAsAmount = new SimpleBooleanProperty();
    private final ValidatedField<BigDecimal> bonusPercent = new ValidatedField<>(FieldParsers.percent(BigDecimal.valueOf(200), "target bonus"));
    /** An amount; a bare number under 1,000 is asked about ("15" could be 15 %), and "10%" is read (then moved). */
    private final ValidatedField<Long> bonusAmount = new ValidatedField<>(text -> {
        Parsed<com.counteroffer.domain.input.Bonuses.Bonus> bonus = com.counteroffer.domain.input.Bonuses.parse(text, MAX_YEARLY);
        if (bonus.ambiguity() != null) {
            return Parsed.error(text("editor.bonus.ambiguous", bonus.ambiguity().typed()));
        }
        return !bonus.ok() ? Parsed.error(bonus.error()) : bonus.value() == null || bonus.value().isPercent()
                ? Parsed.of(null) : Parsed.of(bonus.value().amount());
    });
    private final ObservableList<SignOnRow> signOns = FXCollections.observableArrayList(
            row -> new Observable[] {row.amount.textProperty(), row.year.textProperty(), row.months.textProperty()});
    private final ValidatedField<Integer> clawbackFull =
            new ValidatedField<>(FieldParsers.wholeNumber(0, 120, false, "full-repayment period"));
    private final ValidatedField<Integer> clawbackProrated =
            new ValidatedField<>(FieldParsers.wholeNumber(0, 120, false, "prorated period"));
    private final ValidatedField<Long> relocation = new ValidatedField<>(FieldParsers.amount(false, MAX_YEARLY));

    private final ObjectProperty<EquityKind> equityKind = new SimpleObjectProperty<>(EquityKind.NONE);
    private final ValidatedField<Long> grantValue = new ValidatedField<>(FieldParsers.amount(false, MAX_GRANT));
    private final ValidatedField<Long> shares = new ValidatedField<>(FieldParsers.shares(false));
    private final ValidatedField<BigDecimal> sharePrice = new ValidatedField<>(FieldParsers.price(false));
    private final ValidatedField<BigDecimal> strike = new ValidatedField<>(FieldParsers.price(false));
    private final ValidatedField<BigDecimal> fairMarketValue = new ValidatedField<>(FieldParsers.price(false));
    private final ValidatedField<BigDecimal> preferredPrice = new ValidatedField<>(FieldParsers.price(false));
    private final ValidatedField<Long> valuation = new ValidatedField<>(FieldParsers.amount(false, Long.MAX_VALUE / 4));
    private final ValidatedField<Long> fullyDilutedShares = new ValidatedField<>(FieldParsers.shares(false));
    private final ValidatedField<Integer> exerciseWindow =
            new ValidatedField<>(FieldParsers.wholeNumber(0, 240, false, "exercise window in months"));
    private final VestingInput vesting = new VestingInput();
    private final PrivateTermsInput privateTerms = new PrivateTermsInput();
    private final ObservableList<RefresherRow> refreshers = FXCollections.observableArrayList(
            row -> new Observable[] {row.value.textProperty(), row.firstYear.textProperty(), row.guaranteed,
                row.vesting.validProperty()});

    private final ValidatedField<BigDecimal> matchRate = new ValidatedField<>(FieldParsers.percent(BigDecimal.valueOf(200), "match rate"));
    /** "on the first 6 % of pay": the share of pay whose contributions are matched. */
    private final ValidatedField<BigDecimal> matchOnFirst = new ValidatedField<>(FieldParsers.percent(BigDecimal.valueOf(100), "share of pay matched"));
    /** A yearly dollar cap some letters state ("up to $5,000 a year"); blank for none. */
    private final ValidatedField<Long> matchAnnualCap =
            new ValidatedField<>(FieldParsers.amount(false, OfferValidator.MAX_MATCH_CAP));
    private final ValidatedField<Long> benefits = new ValidatedField<>(FieldParsers.amount(false, MAX_YEARLY));
    private final ValidatedField<Integer> ptoDays = new ValidatedField<>(FieldParsers.wholeNumber(0, 365, false, "PTO days"));

    /** Where "This is my current job" finds the current pay; none until the screen connects one. */
    private java.util.function.Supplier<com.counteroffer.domain.profile.Profile> profileSource = () -> null;
    /** What was brought in from the profile and what was assumed; empty when nothing was. */
    private final StringProperty fromProfileNote = new SimpleStringProperty("");
    private boolean loading;

    private final BooleanBinding valid;
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    /** Counts edits, so a live preview can follow every change, not only changes of validity. */
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();
    /** The raw inputs as last loaded or saved: a half-typed, invalid form still counts as changed. */
    private Object savedSnapshot;
    private final java.util.ResourceBundle messages;

    public OfferEditorModel() {
        this(java.util.ResourceBundle.getBundle("com.counteroffer.i18n.messages"));
    }

    /** {@code messages}: where the texts the form builds itself (notes, questions) are worded. */
    public OfferEditorModel(java.util.ResourceBundle messages) {
        this.messages = messages;
        List<Observable> inputs = new ArrayList<>(List.of(company.textProperty(), title, level, location,
                startDate.textProperty(), deadline.textProperty(), status, remotePolicy, current, notes, base.textProperty(), raise.textProperty(),
                bonusAsAmount, bonusPercent.textProperty(), bonusAmount.textProperty(), signOns,
                clawbackFull.textProperty(), clawbackProrated.textProperty(), relocation.textProperty(), equityKind,
                grantValue.textProperty(), shares.textProperty(), sharePrice.textProperty(), strike.textProperty(),
                fairMarketValue.textProperty(), preferredPrice.textProperty(), valuation.textProperty(),
                fullyDilutedShares.textProperty(), exerciseWindow.textProperty(), vesting.presetProperty(),
                vesting.yearlyPercents().textProperty(), vesting.cliffMonths().textProperty(),
                vesting.cadenceProperty(), refreshers, matchRate.textProperty(), matchOnFirst.textProperty(),
                matchAnnualCap.textProperty(), benefits.textProperty(), ptoDays.textProperty()));
        inputs.addAll(privateTerms.inputs());
        valid = Bindings.createBooleanBinding(() -> problems().isEmpty(), inputs.toArray(Observable[]::new));
        for (Observable input : inputs) {
            input.addListener(changed -> {
                dirty.set(!Objects.equals(snapshot(), savedSnapshot));
                revision.set(revision.get() + 1);
            });
        }
        load(null);
        current.addListener((o, was, now) -> {
            if (now && !loading) {
                fillFromProfile(profileSource.get());
            }
        });
    }

    /**
     * Moves a bonus typed in the other form to its field, once the field is left: "10%" typed as the
     * amount becomes 10 % of base, "$15,000" or "15k" typed as the percent becomes an amount.
     */
    public void settleBonus() {
        String amountText = bonusAmount.textProperty().get();
        var typed = com.counteroffer.domain.input.Bonuses.parse(amountText, MAX_YEARLY);
        if (bonusAsAmount.get() && typed.ok() && typed.value() != null && typed.value().isPercent()) {
            bonusPercent.textProperty().set(com.counteroffer.domain.input.Percents.format(typed.value().percentOfBase()));
            bonusAmount.textProperty().set("");
            bonusAsAmount.set(false);
        } else if (!bonusAsAmount.get() && com.counteroffer.domain.input.Bonuses.plainlyAnAmount(bonusPercent.textProperty().get())) {
            bonusAmount.textProperty().set(bonusPercent.textProperty().get().strip());
            bonusPercent.textProperty().set("");
            bonusAsAmount.set(true);
        }
    }

    /**
     * Where an offer in the chosen hub is taxed (the hub's state, or the profile's for a commuter or a
     * remote offer), as the take-home figures will take it; empty outside the hubs.
     */
    public String hubStateNote(com.counteroffer.domain.profile.Profile profile) {
        if (com.counteroffer.domain.compare.TaxProfile.hubState(location.get()).isEmpty()) {
            return "";
        }
        Offer blank = Offer.basic("", 0);
        Offer placed = new Offer("", "", null, location.get(), null, null, blank.status(), remotePolicy.get(), "", false,
                0, BigDecimal.ZERO, blank.bonus(), List.of(), blank.clawback(), 0, null, List.of(), null, 0, null);
        return com.counteroffer.domain.compare.TaxProfile.of(profile).residenceFor(placed).explanation();
    }

    /** Connects the profile whose current pay fills a current job's blank fields. */
    public void profileSource(java.util.function.Supplier<com.counteroffer.domain.profile.Profile> source) {
        this.profileSource = source;
    }

    /**
     * Fills the blank pay fields (and level and location) from the profile's current pay, leaving what
     * was typed, and says what came from where: yearly equity becomes a grant over the vesting shown.
     */
    private void fillFromProfile(com.counteroffer.domain.profile.Profile profile) {
        if (profile == null) {
            return;
        }
        List<String> used = new ArrayList<>();
        if (blankOrZero(base) && profile.currentBase() != null) {
            base.textProperty().set(Money.format(profile.currentBase()));
            used.add(text("editor.fromProfile.base", Money.format(profile.currentBase())));
        }
        if (blankOrZero(bonusPercent) && blankOrZero(bonusAmount)
                && profile.currentBonus() != null && profile.currentBonus() > 0) {
            bonusAsAmount.set(true);
            bonusAmount.textProperty().set(Money.format(profile.currentBonus()));
            used.add(text("editor.fromProfile.bonus", Money.format(profile.currentBonus())));
        }
        Long yearly = profile.currentYearlyEquity();
        if (equityKind.get() == EquityKind.NONE && yearly != null && yearly > 0) {
            var preset = vesting.presetProperty().get() == null ? com.counteroffer.domain.offer.VestingPreset.STANDARD
                    : vesting.presetProperty().get();
            int years = preset.yearlyPercents().size();
            equityKind.set(EquityKind.RSU_VALUE);
            grantValue.textProperty().set(Money.format(yearly * years));
            used.add(text("editor.fromProfile.equity", Money.format(yearly), Money.format(yearly * years),
                    String.valueOf(years)));
        }
        if (level.get() == null && profile.level() != null) {
            level.set(profile.level());
            used.add(text("editor.fromProfile.level"));
        }
        if (location.get() == null && profile.location() != null) {
            location.set(profile.location());
            used.add(text("editor.fromProfile.location"));
        }
        fromProfileNote.set(used.isEmpty() ? "" : text("editor.fromProfile", String.join("; ", used)));
    }

    /** Nothing typed, or the 0 a new form starts with. */
    private static boolean blankOrZero(ValidatedField<?> field) {
        if (field.textProperty().get().isBlank()) {
            return true;
        }
        return field.validProperty().get() && field.value() instanceof Number number && number.doubleValue() == 0;
    }

    public StringProperty fromProfileNoteProperty() {
        return fromProfileNote;
    }

    /** Every reason the form can't be saved, each naming the field; empty when it can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, "Company", company);
        check(problems, "Start date", startDate);
        check(problems, "Deadline", deadline);
        check(problems, "Base salary", base);
        if (base.validProperty().get() && base.value() != null && base.value() == 0 && !current.get()) {
            problems.add("Base salary: enter the base salary the offer states.");
        }
        check(problems, "Yearly raise", raise);
        check(problems, bonusAsAmount.get() ? "Bonus amount" : "Bonus percent", bonusAsAmount.get() ? bonusAmount : bonusPercent);
        for (int i = 0; i < signOns.size(); i++) {
            SignOnRow row = signOns.get(i);
            check(problems, "Sign-on " + (i + 1) + " amount", row.amount);
            check(problems, "Sign-on " + (i + 1) + " year", row.year);
            check(problems, "Sign-on " + (i + 1) + " months", row.months);
        }
        check(problems, "Clawback: full repayment", clawbackFull);
        check(problems, "Clawback: prorated until", clawbackProrated);
        if (clawbackFull.validProperty().get() && clawbackProrated.validProperty().get()) {
            int full = orZero(clawbackFull.value());
            int prorated = orZero(clawbackProrated.value());
            if (prorated != 0 && prorated < full) {
                problems.add("Clawback: the prorated period must end after the full-repayment period.");
            }
        }
        check(problems, "Relocation", relocation);
        switch (equityKind.get()) {
            case RSU_VALUE -> require(problems, "Grant value", grantValue);
            case RSU_SHARES -> {
                require(problems, "Shares", shares);
                require(problems, "Share price", sharePrice);
            }
            case OPTIONS -> {
                require(problems, "Shares", shares);
                require(problems, "Strike price", strike);
                require(problems, "409A fair market value", fairMarketValue);
                check(problems, "Preferred price", preferredPrice);
                check(problems, "Valuation", valuation);
                check(problems, "Fully diluted shares", fullyDilutedShares);
                check(problems, "Exercise window", exerciseWindow);
            }
            case NONE -> { }
        }
        problems.addAll(privateTerms.problems(equityKind.get()));
        if (equityKind.get() != EquityKind.NONE && !vesting.validProperty().get()) {
            problems.add("Vesting: " + vestingProblem(vesting));
        }
        for (int i = 0; i < refreshers.size(); i++) {
            RefresherRow row = refreshers.get(i);
            require(problems, "Refresher " + (i + 1) + " yearly value", row.value);
            check(problems, "Refresher " + (i + 1) + " first year", row.firstYear);
            if (!row.vesting.validProperty().get()) {
                problems.add("Refresher " + (i + 1) + " vesting: " + vestingProblem(row.vesting));
            }
        }
        check(problems, "401(k) match rate", matchRate);
        check(problems, "401(k) match: on the first % of pay", matchOnFirst);
        check(problems, "401(k) match yearly cap", matchAnnualCap);
        if (matchRate.validProperty().get() && matchOnFirst.validProperty().get()
                && (matchRate.value() == null) != (matchOnFirst.value() == null)) {
            problems.add("401(k) match: give both the match rate and the % of pay it is on, or neither.");
        } else if (matchRate.validProperty().get() && matchAnnualCap.validProperty().get()
                && matchRate.value() == null && matchAnnualCap.value() != null) {
            problems.add("401(k) match: a yearly cap needs the match rate and the % of pay it is on.");
        }
        check(problems, "Benefits", benefits);
        check(problems, "PTO days", ptoDays);
        if (problems.isEmpty()) {
            // The same rules every stored offer must pass, so nothing saved here fails to read back.
            problems.addAll(OfferValidator.textProblems(buildOffer()));
            problems.addAll(OfferValidator.problems(buildOffer()));
        }
        return problems;
    }

    /** The fields that keep the form from making an offer, each named once in form order (the preview lists them). */
    public List<String> blockingFields() {
        List<String> names = new ArrayList<>();
        for (String problem : problems()) {
            int colon = problem.indexOf(": ");
            String name = colon < 0 ? problem : problem.substring(0, colon);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The first four names, then how many more: a preview pane has room for a line, not a list. */
    public String listFields(List<String> names) {
        int shown = Math.min(4, names.size());
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? text("editor.fields.more", list, String.valueOf(names.size() - shown)) : list;
    }

    /** Text the form shows, from the app's messages (numbers are passed formatted, as strings). */
    private String text(String key, Object... arguments) {
        return java.text.MessageFormat.format(messages.getString(key), arguments);
    }

    /** The offer the form describes. Only call when valid. */
    public Offer toOffer() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The offer form is not valid: " + problems);
        }
        return buildOffer();
    }

    /** The offer the fields describe, once every field parses. */
    private Offer buildOffer() {
        BigDecimal bonusPct = bonusPercent.value();
        TargetBonus bonus = bonusAsAmount.get()
                ? (bonusAmount.value() == null ? TargetBonus.NONE : TargetBonus.amount(bonusAmount.value()))
                : TargetBonus.percent(bonusPct == null ? BigDecimal.ZERO : bonusPct);
        List<SignOnPayment> payments = signOns.stream()
                .map(row -> new SignOnPayment(row.amount.value(), row.year.value(), orZero(row.months.value())))
                .toList();
        RetirementMatch match = matchRate.value() == null ? null
                : new RetirementMatch(matchRate.value(), matchOnFirst.value(), matchAnnualCap.value());
        List<Refresher> refresherList = refreshers.stream()
                .map(row -> new Refresher(row.value.value(), row.vesting.toVesting(), row.guaranteed.get(),
                        row.firstYear.value() == null ? 2 : row.firstYear.value()))
                .toList();
        return new Offer(company.value(), title.get(), level.get(), location.get(), startDate.value(), deadline.value(),
                status.get(), remotePolicy.get(), notes.get(), current.get(), base.value(),
                raise.value() == null ? BigDecimal.ZERO : raise.value(), bonus, payments,
                new Clawback(orZero(clawbackFull.value()), orZero(clawbackProrated.value())),
                relocation.value() == null ? 0 : relocation.value(), equity(), refresherList, match,
                benefits.value() == null ? 0 : benefits.value(), ptoDays.value());
    }

    /** The offer when the form is valid, else null (for live previews). */
    public Offer offerOrNull() {
        return problems().isEmpty() ? toOffer() : null;
    }

    /** Fills the form from an offer (null: a blank new offer) and marks it unchanged. */
    public void load(Offer offer) {
        loading = true;
        try {
            loadFields(offer);
        } finally {
            loading = false;
        }
        fromProfileNote.set("");
    }

    private void loadFields(Offer offer) {
        Offer source = offer == null ? Offer.basic("", 0) : offer;
        company.load(source.company());
        title.set(source.title());
        level.set(source.level());
        location.set(source.location());
        startDate.load(Dates.format(source.startDate()));
        deadline.load(Dates.format(source.deadline()));
        status.set(source.status());
        remotePolicy.set(source.remotePolicy());
        current.set(source.current());
        notes.set(source.notes());
        base.load(offer == null ? "" : Money.format(source.base()));
        raise.load(plain(source.yearlyRaisePercent()));
        bonusAsAmount.set(source.bonus().amount() != null);
        bonusPercent.load(source.bonus().percentOfBase() == null ? "" : plain(source.bonus().percentOfBase()));
        bonusAmount.load(source.bonus().amount() == null ? "" : Money.format(source.bonus().amount()));
        signOns.setAll(source.signOns().stream().map(SignOnRow::of).toList());
        clawbackFull.load(source.clawback().fullRepaymentMonths() == 0 ? "" : Integer.toString(source.clawback().fullRepaymentMonths()));
        clawbackProrated.load(source.clawback().proratedUntilMonths() == 0 ? "" : Integer.toString(source.clawback().proratedUntilMonths()));
        relocation.load(source.relocation() == 0 ? "" : Money.format(source.relocation()));
        loadEquity(source.equity());
        refreshers.setAll(source.refreshers().stream().map(RefresherRow::of).toList());
        matchRate.load(source.match() == null ? "" : plain(source.match().ratePercent()));
        matchOnFirst.load(source.match() == null ? "" : plain(source.match().onFirstPercentOfPay()));
        matchAnnualCap.load(source.match() == null || source.match().annualCap() == null ? ""
                : Money.format(source.match().annualCap()));
        benefits.load(source.benefitsValue() == 0 ? "" : Money.format(source.benefitsValue()));
        ptoDays.load(source.ptoDays() == null ? "" : source.ptoDays().toString());
        savedSnapshot = snapshot();
        dirty.set(false);
    }

    public void markSaved() {
        savedSnapshot = snapshot();
        dirty.set(false);
    }

    private Object snapshot() {
        List<Object> values = new ArrayList<Object>(java.util.Arrays.asList(company.textProperty().get(), title.get(), String.valueOf(level.get()),
                String.valueOf(location.get()), dateKey(startDate), dateKey(deadline),
                String.valueOf(status.get()), String.valueOf(remotePolicy.get()), current.get(), notes.get(),
                base.textProperty().get(), raise.textProperty().get(), bonusAsAmount.get(),
                bonusPercent.textProperty().get(), bonusAmount.textProperty().get(), clawbackFull.textProperty().get(),
                clawbackProrated.textProperty().get(), relocation.textProperty().get(), equityKind.get(),
                grantValue.textProperty().get(), shares.textProperty().get(), sharePrice.textProperty().get(),
                strike.textProperty().get(), fairMarketValue.textProperty().get(), preferredPrice.textProperty().get(),
                valuation.textProperty().get(), fullyDilutedShares.textProperty().get(),
                exerciseWindow.textProperty().get(), String.valueOf(vesting.presetProperty().get()),
                vesting.yearlyPercents().textProperty().get(), vesting.cliffMonths().textProperty().get(),
                vesting.cadenceProperty().get(), matchRate.textProperty().get(), matchOnFirst.textProperty().get(),
                matchAnnualCap.textProperty().get(), benefits.textProperty().get(), ptoDays.textProperty().get()));
        values.add(privateTerms.snapshot());
        signOns.forEach(row -> values.add(java.util.Arrays.asList(row.amount.textProperty().get(), row.year.textProperty().get(),
                row.months.textProperty().get())));
        refreshers.forEach(row -> values.add(java.util.Arrays.asList(row.value.textProperty().get(), row.firstYear.textProperty().get(),
                row.guaranteed.get(), String.valueOf(row.vesting.presetProperty().get()),
                row.vesting.yearlyPercents().textProperty().get(), row.vesting.cliffMonths().textProperty().get(),
                row.vesting.cadenceProperty().get())));
        return values;
    }

    /** Shows every field's message (used when Save is pressed on an invalid form). */
    public void revealAll() {
        for (ValidatedField<?> field : List.of(company, startDate, deadline, base, raise, bonusPercent, bonusAmount, clawbackFull,
                clawbackProrated, relocation, grantValue, shares, sharePrice, strike, fairMarketValue, preferredPrice,
                valuation, fullyDilutedShares, exerciseWindow, vesting.yearlyPercents(), vesting.cliffMonths(),
                matchRate, matchOnFirst, matchAnnualCap, benefits, ptoDays)) {
            field.reveal();
        }
        privateTerms.fields().forEach(ValidatedField::reveal);
        signOns.forEach(row -> List.of(row.amount, row.year, row.months).forEach(ValidatedField::reveal));
        refreshers.forEach(row -> {
            row.value.reveal();
            row.firstYear.reveal();
        });
    }

    public SignOnRow addSignOn() {
        SignOnRow row = new SignOnRow();
        row.year.load(Integer.toString(signOns.size() + 1));
        signOns.add(row);
        return row;
    }

    public RefresherRow addRefresher() {
        RefresherRow row = new RefresherRow();
        row.firstYear.load("2");
        refreshers.add(row);
        return row;
    }

    private Equity equity() {
        return switch (equityKind.get()) {
            case NONE -> null;
            case RSU_VALUE -> RsuGrant.ofValue(grantValue.value(), vesting.toVesting());
            case RSU_SHARES -> privateTerms.rsuPrivateProperty().get()
                    ? new RsuGrant(null, shares.value(), sharePrice.value(), vesting.toVesting(),
                            privateTerms.fairMarketValue().value(), privateTerms.fullyDilutedShares().value(),
                            privateTerms.company(EquityKind.RSU_SHARES))
                    : new RsuGrant(null, shares.value(), sharePrice.value(), vesting.toVesting());
            case OPTIONS -> new OptionGrant(shares.value(), strike.value(), fairMarketValue.value(),
                    preferredPrice.value(), valuation.value(), fullyDilutedShares.value(), exerciseWindow.value(),
                    vesting.toVesting(), privateTerms.optionTypeProperty().get(),
                    privateTerms.earlyExerciseProperty().get(), privateTerms.company(EquityKind.OPTIONS));
        };
    }

    private void loadEquity(Equity equity) {
        for (ValidatedField<?> field : List.of(grantValue, shares, sharePrice, strike, fairMarketValue, preferredPrice,
                valuation, fullyDilutedShares, exerciseWindow)) {
            field.load("");
        }
        vesting.load(equity == null ? null : equity.vesting());
        privateTerms.load(equity);
        // A private company's RSUs are valued per share, so they open as shares × price.
        if (equity instanceof RsuGrant rsu && rsu.grantValue() != null && !rsu.isPrivate()) {
            equityKind.set(EquityKind.RSU_VALUE);
            grantValue.load(Money.format(rsu.grantValue()));
        } else if (equity instanceof RsuGrant rsu) {
            equityKind.set(EquityKind.RSU_SHARES);
            shares.load(Long.toString(rsu.shares()));
            sharePrice.load(plain(rsu.sharePrice()));
        } else if (equity instanceof OptionGrant options) {
            equityKind.set(EquityKind.OPTIONS);
            shares.load(Long.toString(options.shares()));
            strike.load(plain(options.strike()));
            fairMarketValue.load(plain(options.fairMarketValue()));
            preferredPrice.load(plain(options.preferredPrice()));
            valuation.load(options.valuation() == null ? "" : Money.format(options.valuation()));
            fullyDilutedShares.load(options.fullyDilutedShares() == null ? "" : Long.toString(options.fullyDilutedShares()));
            exerciseWindow.load(options.exerciseWindowMonths() == null ? "" : options.exerciseWindowMonths().toString());
        } else {
            equityKind.set(EquityKind.NONE);
        }
    }

    private static String vestingProblem(VestingInput input) {
        String custom = input.customProblem();
        if (!custom.isEmpty()) {
            return custom;
        }
        String percents = input.yearlyPercents().messageOf();
        return percents.isEmpty() ? input.cliffMonths().messageOf() : percents;
    }

    private static void check(List<String> problems, String label, ValidatedField<?> field) {
        FieldProblems.check(problems, label, field);
    }

    private static void require(List<String> problems, String label, ValidatedField<?> field) {
        FieldProblems.require(problems, label, field, "required for this kind of equity.");
    }

    /** "2027-01-11" and "Jan 11, 2027" are the same date, so retyping one as the other is not a change. */
    private static String dateKey(ValidatedField<LocalDate> field) {
        var parsed = field.validProperty().get() ? field.value() : null;
        return parsed != null ? parsed.toString() : "text:" + field.textProperty().get().strip();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String plain(BigDecimal value) {
        return value == null || value.signum() == 0 && value.scale() <= 0 ? (value == null ? "" : "0")
                : value.stripTrailingZeros().toPlainString();
    }

    /** One sign-on payment as typed. */
    public static final class SignOnRow {
        final ValidatedField<Long> amount = new ValidatedField<>(FieldParsers.amount(true, MAX_YEARLY));
        final ValidatedField<Integer> year = new ValidatedField<>(FieldParsers.wholeNumber(1, 10, true, "year"));
        final ValidatedField<Integer> months =
                new ValidatedField<>(FieldParsers.wholeNumber(0, 60, false, "number of monthly payments"));

        static SignOnRow of(SignOnPayment payment) {
            SignOnRow row = new SignOnRow();
            row.amount.load(Money.format(payment.amount()));
            row.year.load(Integer.toString(payment.year()));
            row.months.load(payment.monthly() ? Integer.toString(payment.monthlyOverMonths()) : "");
            return row;
        }

        public ValidatedField<Long> amount() {
            return amount;
        }

        public ValidatedField<Integer> year() {
            return year;
        }

        public ValidatedField<Integer> months() {
            return months;
        }
    }

    /** One refresher line as typed. */
    public static final class RefresherRow {
        final ValidatedField<Long> value = new ValidatedField<>(FieldParsers.amount(false, MAX_GRANT));
        final ValidatedField<Integer> firstYear = new ValidatedField<>(FieldParsers.wholeNumber(1, 10, false, "first grant year"));
        final BooleanProperty guaranteed = new SimpleBooleanProperty();
        final VestingInput vesting = new VestingInput();

        static RefresherRow of(Refresher refresher) {
            RefresherRow row = new RefresherRow();
            row.value.load(Money.format(refresher.yearlyValue()));
            row.firstYear.load(Integer.toString(refresher.firstGrantYear()));
            row.guaranteed.set(refresher.guaranteed());
            row.vesting.load(refresher.vesting());
            return row;
        }

        public ValidatedField<Long> value() {
            return value;
        }

        public ValidatedField<Integer> firstYear() {
            return firstYear;
        }

        public BooleanProperty guaranteedProperty() {
            return guaranteed;
        }

        VestingInput vesting() {
            return vesting;
        }
    }

    public ValidatedField<String> company() { return company; }
    public StringProperty titleProperty() { return title; }
    public ObjectProperty<Level> levelProperty() { return level; }
    public StringProperty locationProperty() { return location; }
    public ValidatedField<LocalDate> startDate() { return startDate; }
    public ValidatedField<LocalDate> deadline() { return deadline; }
    public ObjectProperty<OfferStatus> statusProperty() { return status; }
    public ObjectProperty<RemotePolicy> remotePolicyProperty() { return remotePolicy; }
    public BooleanProperty currentProperty() { return current; }
    public StringProperty notesProperty() { return notes; }
    public ValidatedField<Long> base() { return base; }
    public ValidatedField<BigDecimal> raise() { return raise; }
    public BooleanProperty bonusAsAmountProperty() { return bonusAsAmount; }
    public ValidatedField<BigDecimal> bonusPercent() { return bonusPercent; }
    public ValidatedField<Long> bonusAmount() { return bonusAmount; }
    public ObservableList<SignOnRow> signOns() { return signOns; }
    public ValidatedField<Integer> clawbackFull() { return clawbackFull; }
    public ValidatedField<Integer> clawbackProrated() { return clawbackProrated; }
    public ValidatedField<Long> relocation() { return relocation; }
    public ObjectProperty<EquityKind> equityKindProperty() { return equityKind; }
    public ValidatedField<Long> grantValue() { return grantValue; }
    public ValidatedField<Long> shares() { return shares; }
    public ValidatedField<BigDecimal> sharePrice() { return sharePrice; }
    public ValidatedField<BigDecimal> strike() { return strike; }
    public ValidatedField<BigDecimal> fairMarketValue() { return fairMarketValue; }
    public ValidatedField<BigDecimal> preferredPrice() { return preferredPrice; }
    public ValidatedField<Long> valuation() { return valuation; }
    public ValidatedField<Long> fullyDilutedShares() { return fullyDilutedShares; }
    public ValidatedField<Integer> exerciseWindow() { return exerciseWindow; }
    VestingInput vesting() { return vesting; }
    PrivateTermsInput privateTerms() { return privateTerms; }
    public ObservableList<RefresherRow> refreshers() { return refreshers; }
    public ValidatedField<BigDecimal> matchRate() { return matchRate; }
    public ValidatedField<BigDecimal> matchOnFirst() { return matchOnFirst; }
    public ValidatedField<Long> matchAnnualCap() { return matchAnnualCap; }
    public ValidatedField<Long> benefits() { return benefits; }
    public ValidatedField<Integer> ptoDays() { return ptoDays; }
    public BooleanBinding validProperty() { return valid; }
    public BooleanProperty dirtyProperty() { return dirty; }
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() { return revision; }
}
