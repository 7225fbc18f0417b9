package com.counteroffer.domain.tax;

import com.counteroffer.domain.EnumIds;
import static com.counteroffer.domain.tax.FigureKind.AMOUNT;
import static com.counteroffer.domain.tax.FigureKind.COUNT;
import static com.counteroffer.domain.tax.FigureKind.RATE;
import static com.counteroffer.domain.tax.FilingStatus.HEAD_OF_HOUSEHOLD;
import static com.counteroffer.domain.tax.FilingStatus.MARRIED_JOINT;
import static com.counteroffer.domain.tax.FilingStatus.SINGLE;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The taxing bodies with a tables file, and what each file must hold for {@link TaxEngine}: the one
 * place that names the figures, so that the reader can refuse a file that lacks one.
 */
public enum JurisdictionId {
    FEDERAL("federal", "Federal"),
    FICA("fica", "FICA"),
    CA("ca", "California"),
    NY("ny", "New York State"),
    NYC("nyc", "New York City"),
    VA("va", "Virginia"),
    DC("dc", "District of Columbia"),
    MD("md", "Maryland"),
    WA("wa", "Washington"),
    TX("tx", "Texas");

    private static final Set<FilingStatus> ALL = EnumSet.allOf(FilingStatus.class);
    // Virginia's tables give single and joint only; head of household uses the single ones (an assumption).
    private static final Set<FilingStatus> SINGLE_AND_JOINT = EnumSet.of(SINGLE, MARRIED_JOINT);

    private final String id;
    private final String label;

    JurisdictionId(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** How results name it, e.g. "New York City". */
    public String label() {
        return label;
    }

    public static Optional<JurisdictionId> fromId(String id) {
        return EnumIds.find(values(), JurisdictionId::id, id);
    }

    /** What a file for this jurisdiction holds, exactly: no more, no less. */
    public Contents contents() {
        return switch (this) {
            case FEDERAL -> new Contents(true, ALL, ordered("standard_deduction", AMOUNT, "amt_exemption", AMOUNT,
                    "amt_phaseout_start", AMOUNT), ALL,
                    ordered("elective_deferral_limit", AMOUNT, "amt_low_rate", RATE, "amt_high_rate", RATE,
                            "amt_high_rate_threshold", AMOUNT, "amt_phaseout_rate", RATE,
                            "catch_up_limit", AMOUNT, "catch_up_limit_60_to_63", AMOUNT,
                            "catch_up_roth_wage_threshold", AMOUNT, "hsa_limit_self", AMOUNT,
                            "hsa_limit_family", AMOUNT, "hsa_catch_up", AMOUNT, "salt_cap", AMOUNT,
                            "salt_phaseout_threshold", AMOUNT, "salt_phaseout_rate", RATE, "salt_floor", AMOUNT),
                    false);
            case FICA -> new Contents(null, Set.of(), Map.of("additional_medicare_threshold", AMOUNT), ALL,
                    ordered("social_security_rate", RATE, "social_security_wage_base", AMOUNT,
                            "medicare_rate", RATE, "additional_medicare_rate", RATE), false);
            case CA -> new Contents(true, ALL,
                    ordered("standard_deduction", AMOUNT, "exemptions", COUNT,
                            "exemption_credit_phaseout_start", AMOUNT), ALL,
                    ordered("exemption_credit", AMOUNT, "exemption_credit_reduction", AMOUNT,
                            "exemption_credit_reduction_step", AMOUNT, "mental_health_rate", RATE,
                            "mental_health_threshold", AMOUNT, "sdi_rate", RATE), false);
            case NY -> new Contents(true, ALL, Map.of("standard_deduction", AMOUNT), ALL,
                    ordered("supplemental_agi_threshold", AMOUNT, "supplemental_phase_in_width", AMOUNT,
                            "supplemental_flat_agi_threshold", AMOUNT, "supplemental_flat_rate", RATE,
                            "pfl_rate", RATE, "pfl_max", AMOUNT, "disability_rate", RATE, "disability_max", AMOUNT),
                    true);
            case NYC -> new Contents(true, ALL, Map.of(), Set.of(), nycSchoolTaxCredit(), false);
            case VA -> new Contents(true, SINGLE_AND_JOINT, ordered("standard_deduction", AMOUNT, "exemptions", COUNT),
                    SINGLE_AND_JOINT, Map.of("personal_exemption", AMOUNT), false);
            case DC -> new Contents(true, ALL, Map.of("standard_deduction", AMOUNT), ALL,
                    Map.of(), false);
            case MD -> new Contents(true, ALL, ordered("standard_deduction", AMOUNT, "exemptions", COUNT),
                    ALL, maryland(), false);
            case WA -> new Contents(false, Set.of(), Map.of(), Set.of(),
                    ordered("wa_cares_rate", RATE, "pfml_rate", RATE, "pfml_wage_cap", AMOUNT), false);
            case TX -> new Contents(false, Set.of(), Map.of(), Set.of(), Map.of(), false);
        };
    }

    /** Maryland's figures: the personal exemption and its phase-out by federal AGI (Tax-General §10-211). */
    private static Map<String, FigureKind> maryland() {
        return ordered("personal_exemption", AMOUNT,
                "personal_exemption_phaseout_start_single", AMOUNT,
                "personal_exemption_phaseout_start_joint", AMOUNT,
                "personal_exemption_phaseout_step", AMOUNT,
                "personal_exemption_first_step", AMOUNT,
                "personal_exemption_second_step", AMOUNT,
                "default_county_rate", RATE);
    }

    /** New York City's school tax credit (IT-201 lines 69 and 69a); flat keys, mapped to filing status in the engine. */
    private static Map<String, FigureKind> nycSchoolTaxCredit() {
        return ordered("school_credit_fixed_income_limit", AMOUNT,
                "school_credit_fixed_single", AMOUNT,
                "school_credit_fixed_joint", AMOUNT,
                "school_credit_rate_reduction_income_limit", AMOUNT,
                "school_credit_rate_reduction_low_rate", RATE,
                "school_credit_rate_reduction_high_rate", RATE,
                "school_credit_rate_reduction_step_single", AMOUNT,
                "school_credit_rate_reduction_step_joint", AMOUNT,
                "school_credit_rate_reduction_step_head_of_household", AMOUNT);
    }

    private static Map<String, FigureKind> ordered(Object... pairs) {
        Map<String, FigureKind> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (FigureKind) pairs[i + 1]);
        }
        return map;
    }

    /**
     * @param levies whether the file says wage income is taxed (true/false), or null when the file has no such
     *               statement (FICA)
     * @param schedules the filing statuses that need a rate schedule
     * @param byFiling figures given once per filing status in {@code byFilingStatuses}
     * @param figures figures given once
     * @param supplementalTax whether New York's recapture table is required
     */
    public record Contents(Boolean levies, Set<FilingStatus> schedules, Map<String, FigureKind> byFiling,
                           Set<FilingStatus> byFilingStatuses, Map<String, FigureKind> figures,
                           boolean supplementalTax) {
    }
}
