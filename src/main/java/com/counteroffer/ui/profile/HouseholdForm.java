package com.counteroffer.ui.profile;

import com.counteroffer.domain.money.AmountParser;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.Household;
import com.counteroffer.domain.tax.TaxInput;
import com.counteroffer.ui.common.FieldParsers;
import com.counteroffer.ui.common.ValidatedField;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The profile's household and accounts (issue 19), each field on its own: a spouse's wages, age, Roth 401(k),
 * HSA and its coverage, property tax. The rules across fields (joint returns only, the limits) are
 * {@link ProfileForm}'s, which knows the filing status and the pre-tax deferral.
 */
public final class HouseholdForm {

    private final ValidatedField<Long> spouseWages = amount(AmountParser.MAX_AMOUNT);
    private final ValidatedField<Integer> age = new ValidatedField<>(
            FieldParsers.wholeNumber(TaxInput.MIN_AGE, TaxInput.MAX_AGE, false, "age"));
    private final ValidatedField<Long> roth401k = amount(AmountParser.MAX_AMOUNT);
    private final ValidatedField<Long> hsa = amount(AmountParser.MAX_AMOUNT);
    private final ObjectProperty<HsaCoverage> hsaCoverage = new SimpleObjectProperty<>(this, "hsaCoverage",
            HsaCoverage.SELF);
    private final ValidatedField<Long> propertyTax = amount(AmountParser.MAX_AMOUNT);
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> fields().stream().allMatch(field -> field.validProperty().get()),
            spouseWages.validProperty(), age.validProperty(), roth401k.validProperty(), hsa.validProperty(),
            propertyTax.validProperty());

    public void load(Household household) {
        spouseWages.load(amountText(household.spouseWages()));
        age.load(household.age() == null ? "" : household.age().toString());
        roth401k.load(amountText(household.roth401k()));
        hsa.load(amountText(household.hsa()));
        hsaCoverage.set(household.hsaCoverage());
        propertyTax.load(amountText(household.propertyTax()));
    }

    /** The household typed; only when {@link #validProperty()} is true. */
    public Household toHousehold() {
        return new Household(orZero(spouseWages.value()), age.value(), orZero(roth401k.value()), orZero(hsa.value()),
                hsaCoverage.get(), orZero(propertyTax.value()));
    }

    public void revealAll() {
        fields().forEach(ValidatedField::reveal);
    }

    /** What a change to any of these fields is heard through. */
    Observable[] inputs() {
        return new Observable[] {spouseWages.textProperty(), age.textProperty(), roth401k.textProperty(),
            hsa.textProperty(), hsaCoverage, propertyTax.textProperty()};
    }

    /** The fields' contents as plain values, amounts normalized as the profile form does. */
    List<Object> snapshot() {
        return List.of(ProfileForm.normalized(spouseWages), age.textProperty().get().strip(),
                ProfileForm.normalized(roth401k), ProfileForm.normalized(hsa), String.valueOf(hsaCoverage.get()),
                ProfileForm.normalized(propertyTax));
    }

    public ValidatedField<Long> spouseWages() {
        return spouseWages;
    }

    public ValidatedField<Integer> age() {
        return age;
    }

    public ValidatedField<Long> roth401k() {
        return roth401k;
    }

    public ValidatedField<Long> hsa() {
        return hsa;
    }

    public ObjectProperty<HsaCoverage> hsaCoverageProperty() {
        return hsaCoverage;
    }

    public ValidatedField<Long> propertyTax() {
        return propertyTax;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    private List<ValidatedField<?>> fields() {
        return List.of(spouseWages, age, roth401k, hsa, propertyTax);
    }

    private static ValidatedField<Long> amount(long max) {
        return new ValidatedField<>(FieldParsers.amount(false, max));
    }

    private static String amountText(long amount) {
        return amount == 0 ? "" : Money.format(amount);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
