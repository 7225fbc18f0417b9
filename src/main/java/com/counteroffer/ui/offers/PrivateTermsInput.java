package com.counteroffer.ui.offers;

import com.counteroffer.domain.input.Multipliers;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.PrivateCompanyRules;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.ui.common.FieldParsers;
import com.counteroffer.ui.common.ValidatedField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A private company's equity terms as typed in the offer editor: the options' type and early
 * exercise; whether RSUs are a private company's, with their 409A price, share count and when they
 * can be sold; and, for both, the liquidation preferences and the dilution before an exit.
 *
 * <p>The valuation choice, the exit and the exit scenarios are edited on the offer's detail; they
 * are kept as loaded, so editing anything here never drops them.
 */
final class PrivateTermsInput {

    private final ObjectProperty<OptionType> optionType = new SimpleObjectProperty<>(OptionType.ISO);
    private final BooleanProperty earlyExercise = new SimpleBooleanProperty();

    private final BooleanProperty rsuPrivate = new SimpleBooleanProperty();
    private final ValidatedField<BigDecimal> fairMarketValue = new ValidatedField<>(FieldParsers.price(false));
    private final ValidatedField<Long> fullyDilutedShares = new ValidatedField<>(FieldParsers.shares(false));
    private final ObjectProperty<Liquidity.Kind> liquidity = new SimpleObjectProperty<>(Liquidity.Kind.AT_EXIT);
    private final ValidatedField<Integer> expiryYears = new ValidatedField<>(
            FieldParsers.wholeNumber(1, PrivateCompanyRules.MAX_EXPIRY_YEARS, false, "expiry in years"));
    private final ValidatedField<Integer> tenderEvery = new ValidatedField<>(
            FieldParsers.wholeNumber(1, PrivateCompanyRules.MAX_TENDER_MONTHS, false, "months between tenders"));
    private final ValidatedField<Integer> firstTender = new ValidatedField<>(
            FieldParsers.wholeNumber(0, PrivateCompanyRules.MAX_TENDER_MONTHS, false, "month of the first tender"));
    private final ValidatedField<BigDecimal> tenderSellable = new ValidatedField<>(
            FieldParsers.percent(BigDecimal.valueOf(100), "share sellable in a tender"));
    private final ValidatedField<BigDecimal> tenderPrice = new ValidatedField<>(FieldParsers.price(false));

    private final ValidatedField<Long> invested = new ValidatedField<>(
            FieldParsers.amount(false, PrivateCompanyRules.MAX_COMPANY_VALUE));
    private final ValidatedField<BigDecimal> multiple = new ValidatedField<>(
            text -> Multipliers.multiple(text, PrivateCompanyRules.MAX_MULTIPLE, "preference multiple"));
    private final BooleanProperty participating = new SimpleBooleanProperty();
    private final ValidatedField<BigDecimal> preferredPercent = new ValidatedField<>(
            FieldParsers.percent(BigDecimal.valueOf(100), "preferred stock's share"));
    private final ValidatedField<BigDecimal> dilutionPerRound = new ValidatedField<>(
            FieldParsers.percent(PrivateCompanyRules.MAX_DILUTION_PERCENT, "dilution per round"));
    private final ValidatedField<Integer> roundsToExit = new ValidatedField<>(
            FieldParsers.wholeNumber(0, PrivateCompanyRules.MAX_ROUNDS, false, "number of rounds"));

    /** The loaded grant's terms this form does not edit: valuation, exit, scenarios (and the options' liquidity). */
    private PrivateCompany kept = PrivateCompany.DEFAULTS;
    private Liquidity keptOptionLiquidity = Liquidity.AT_EXIT;

    /** Every input, for the editor's validity and change tracking. */
    List<Observable> inputs() {
        List<Observable> inputs = new ArrayList<>(List.of(optionType, earlyExercise, rsuPrivate, liquidity,
                participating));
        fields().forEach(field -> inputs.add(field.textProperty()));
        return inputs;
    }

    /** Every typed field, to reveal their messages when Save is pressed. */
    List<ValidatedField<?>> fields() {
        return List.of(fairMarketValue, fullyDilutedShares, expiryYears, tenderEvery, firstTender, tenderSellable,
                tenderPrice, invested, multiple, preferredPercent, dilutionPerRound, roundsToExit);
    }

    /** The raw inputs (with what is kept), to tell whether the form changed. */
    List<Object> snapshot() {
        List<Object> values = new ArrayList<>(Arrays.asList(String.valueOf(optionType.get()), earlyExercise.get(),
                rsuPrivate.get(), String.valueOf(liquidity.get()), participating.get(), kept, keptOptionLiquidity));
        fields().forEach(field -> values.add(field.textProperty().get()));
        return values;
    }

    void load(Equity equity) {
        fields().forEach(field -> field.load(""));
        PrivateCompany company = equity == null || equity.company() == null ? PrivateCompany.DEFAULTS
                : equity.company();
        kept = company;
        keptOptionLiquidity = equity instanceof OptionGrant ? company.liquidity() : Liquidity.AT_EXIT;
        optionType.set(equity instanceof OptionGrant options ? options.type() : OptionType.ISO);
        earlyExercise.set(equity instanceof OptionGrant options && options.earlyExercise());
        rsuPrivate.set(equity instanceof RsuGrant rsu && rsu.isPrivate());
        if (equity instanceof RsuGrant rsu && rsu.isPrivate()) {
            fairMarketValue.load(plain(rsu.fairMarketValue()));
            fullyDilutedShares.load(rsu.fullyDilutedShares() == null ? "" : Long.toString(rsu.fullyDilutedShares()));
        }
        Liquidity sold = company.liquidity();
        liquidity.set(equity instanceof RsuGrant ? sold.kind() : Liquidity.Kind.AT_EXIT);
        if (equity instanceof RsuGrant) {
            expiryYears.load(whole(sold.expiryYears()));
            tenderEvery.load(whole(sold.tenderEveryMonths()));
            firstTender.load(whole(sold.firstTenderMonth()));
            tenderSellable.load(plain(sold.tenderSellablePercent()));
            tenderPrice.load(plain(sold.tenderPrice()));
        }
        Preferences preferences = company.preferences();
        invested.load(preferences.invested() == 0 ? "" : Money.format(preferences.invested()));
        multiple.load(preferences.multiple().equals(BigDecimal.ONE) ? "" : plain(preferences.multiple()));
        participating.set(preferences.participating());
        preferredPercent.load(plain(preferences.preferredPercent()));
        Dilution dilution = company.dilution();
        dilutionPerRound.load(dilution.percentPerRound().equals(Dilution.DEFAULT.percentPerRound()) ? ""
                : plain(dilution.percentPerRound()));
        roundsToExit.load(dilution.roundsToExit() == Dilution.DEFAULT.roundsToExit() ? ""
                : Integer.toString(dilution.roundsToExit()));
    }

    /** Why the private terms of this kind of grant can't be saved, each naming its field. */
    List<String> problems(OfferEditorModel.EquityKind kind) {
        List<String> problems = new ArrayList<>();
        boolean options = kind == OfferEditorModel.EquityKind.OPTIONS;
        boolean privateRsus = !options && kind != OfferEditorModel.EquityKind.NONE && rsuPrivate.get();
        if (!options && !privateRsus) {
            return problems;
        }
        if (privateRsus) {
            if (kind == OfferEditorModel.EquityKind.RSU_VALUE) {
                problems.add("Private company: give the RSUs as shares × price; a private company's units are valued"
                        + " per share.");
            }
            check(problems, "409A price", fairMarketValue);
            check(problems, "Fully diluted shares", fullyDilutedShares);
            if (liquidity.get() == Liquidity.Kind.DOUBLE_TRIGGER) {
                check(problems, "Expiry", expiryYears);
            } else if (liquidity.get() == Liquidity.Kind.TENDER) {
                require(problems, "Months between tenders", tenderEvery);
                require(problems, "First tender", firstTender);
                require(problems, "Share sellable per tender", tenderSellable);
                check(problems, "Tender price", tenderPrice);
            }
        }
        check(problems, "Invested by preferred investors", invested);
        check(problems, "Preference multiple", multiple);
        check(problems, "Preferred share of the company", preferredPercent);
        check(problems, "Dilution per round", dilutionPerRound);
        check(problems, "Rounds until an exit", roundsToExit);
        return problems;
    }

    /** The terms of options, or of a private company's RSUs; null for a public company's RSUs. Once valid. */
    PrivateCompany company(OfferEditorModel.EquityKind kind) {
        boolean options = kind == OfferEditorModel.EquityKind.OPTIONS;
        if (!options && !rsuPrivate.get()) {
            return null;
        }
        Preferences preferences = new Preferences(orZero(invested.value()),
                multiple.value() == null ? BigDecimal.ONE : multiple.value(), participating.get(),
                preferredPercent.value());
        Dilution dilution = new Dilution(dilutionPerRound.value() == null ? Dilution.DEFAULT.percentPerRound()
                : dilutionPerRound.value(),
                roundsToExit.value() == null ? Dilution.DEFAULT.roundsToExit() : roundsToExit.value());
        return new PrivateCompany(kept.valuation(), kept.exitValue(), kept.exitPrice(), kept.scenarios(), preferences,
                dilution, options ? keptOptionLiquidity : rsuLiquidity());
    }

    /** What the RSU fields say about selling them; fields of the other kinds are left out, not saved hidden. */
    private Liquidity rsuLiquidity() {
        return switch (liquidity.get()) {
            case AT_EXIT -> Liquidity.AT_EXIT;
            case DOUBLE_TRIGGER -> new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER, expiryYears.value(), null, null, null,
                    null);
            case TENDER -> new Liquidity(Liquidity.Kind.TENDER, null, tenderEvery.value(), firstTender.value(),
                    tenderSellable.value(), tenderPrice.value());
        };
    }

    private static void check(List<String> problems, String label, ValidatedField<?> field) {
        FieldProblems.check(problems, label, field);
    }

    private static void require(List<String> problems, String label, ValidatedField<?> field) {
        FieldProblems.require(problems, label, field, "required for tender offers.");
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static String whole(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    ObjectProperty<OptionType> optionTypeProperty() { return optionType; }
    BooleanProperty earlyExerciseProperty() { return earlyExercise; }
    BooleanProperty rsuPrivateProperty() { return rsuPrivate; }
    ValidatedField<BigDecimal> fairMarketValue() { return fairMarketValue; }
    ValidatedField<Long> fullyDilutedShares() { return fullyDilutedShares; }
    ObjectProperty<Liquidity.Kind> liquidityProperty() { return liquidity; }
    ValidatedField<Integer> expiryYears() { return expiryYears; }
    ValidatedField<Integer> tenderEvery() { return tenderEvery; }
    ValidatedField<Integer> firstTender() { return firstTender; }
    ValidatedField<BigDecimal> tenderSellable() { return tenderSellable; }
    ValidatedField<BigDecimal> tenderPrice() { return tenderPrice; }
    ValidatedField<Long> invested() { return invested; }
    ValidatedField<BigDecimal> multiple() { return multiple; }
    BooleanProperty participatingProperty() { return participating; }
    ValidatedField<BigDecimal> preferredPercent() { return preferredPercent; }
    ValidatedField<BigDecimal> dilutionPerRound() { return dilutionPerRound; }
    ValidatedField<Integer> roundsToExit() { return roundsToExit; }
}
