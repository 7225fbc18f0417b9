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
    FEDERAL("federal", "Federal", "federal-2026.json", null),
    FICA("fica", "FICA", "fica-2026.json", null),
    CA("ca", "California", "ca-2025.json", null),
    NY("ny", "New York State", "ny-2026.json", null),
    NYC("nyc", "New York City", "nyc-2026.json", null),
    VA("va", "Virginia", "va-2026.json", null),
    DC("dc", "District of Columbia", "dc-2026.json", null),
    MD("md", "Maryland", "md-2026.json", null),
    WA("wa", "Washington", "wa-2026.json", null),
    TX("tx", "Texas", "tx-2026.json", null),
    // The states read by the generic state computation (GenericStateTax): true where wages are taxed.
    AL("al", "Alabama", "al-2026.json", true),
    AK("ak", "Alaska", "ak-2026.json", false),
    AZ("az", "Arizona", "az-2026.json", true),
    AR("ar", "Arkansas", "ar-2026.json", true),
    CO("co", "Colorado", "co-2026.json", true),
    CT("ct", "Connecticut", "ct-2026.json", true),
    DE("de", "Delaware", "de-2026.json", true),
    FL("fl", "Florida", "fl-2026.json", false),
    GA("ga", "Georgia", "ga-2026.json", true),
    HI("hi", "Hawaii", "hi-2026.json", true),
    ID("id", "Idaho", "id-2025.json", true),
    IL("il", "Illinois", "il-2026.json", true),
    IN("in", "Indiana", "in-2026.json", true),
    IA("ia", "Iowa", "ia-2026.json", true),
    KS("ks", "Kansas", "ks-2026.json", true),
    KY("ky", "Kentucky", "ky-2026.json", true),
    LA("la", "Louisiana", "la-2026.json", true),
    ME("me", "Maine", "me-2026.json", true),
    MA("ma", "Massachusetts", "ma-2026.json", true),
    MI("mi", "Michigan", "mi-2026.json", true),
    MN("mn", "Minnesota", "mn-2026.json", true),
    MS("ms", "Mississippi", "ms-2026.json", true),
    MO("mo", "Missouri", "mo-2025.json", true),
    MT("mt", "Montana", "mt-2026.json", true),
    NE("ne", "Nebraska", "ne-2026.json", true),
    NV("nv", "Nevada", "nv-2026.json", false),
    NH("nh", "New Hampshire", "nh-2026.json", false),
    NJ("nj", "New Jersey", "nj-2026.json", true),
    NM("nm", "New Mexico", "nm-2026.json", true),
    NC("nc", "North Carolina", "nc-2026.json", true),
    ND("nd", "North Dakota", "nd-2025.json", true),
    OH("oh", "Ohio", "oh-2026.json", true),
    OK("ok", "Oklahoma", "ok-2026.json", true),
    OR("or", "Oregon", "or-2025.json", true),
    PA("pa", "Pennsylvania", "pa-2026.json", true),
    RI("ri", "Rhode Island", "ri-2026.json", true),
    SC("sc", "South Carolina", "sc-2026.json", true),
    SD("sd", "South Dakota", "sd-2026.json", false),
    TN("tn", "Tennessee", "tn-2026.json", false),
    UT("ut", "Utah", "ut-2026.json", true),
    VT("vt", "Vermont", "vt-2025.json", true),
    WV("wv", "West Virginia", "wv-2026.json", true),
    WI("wi", "Wisconsin", "wi-2025.json", true),
    WY("wy", "Wyoming", "wy-2026.json", false);

    private static final Set<FilingStatus> ALL = EnumSet.allOf(FilingStatus.class);

    private final String id;
    private final String label;
    private final String file;
    /** For a state read by the generic computation, whether it taxes wages; null for the others. */
    private final Boolean genericLevies;

    JurisdictionId(String id, String label, String file, Boolean genericLevies) {
        this.id = id;
        this.label = label;
        this.file = file;
        this.genericLevies = genericLevies;
    }

    /** The built-in tables file's name, e.g. {@code ma-2026.json}: the year is the schedule's. */
    public String file() {
        return file;
    }

    /** Whether the generic state computation reads these tables (every state without its own code). */
    public boolean generic() {
        return genericLevies != null;
    }

    /** Whether a state's tables may list city or county taxes a resident can choose (every state). */
    public boolean hasLocalities() {
        return this != FEDERAL && this != FICA && this != NYC;
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
        if (generic()) {
            return genericLevies ? GENERIC_LEVY : GENERIC_NO_LEVY;
        }
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
            case VA -> new Contents(true, ALL, ordered("standard_deduction", AMOUNT, "exemptions", COUNT),
                    ALL, Map.of("personal_exemption", AMOUNT), false);
            case DC -> new Contents(true, ALL, Map.of("standard_deduction", AMOUNT), ALL,
                    Map.of(), false);
            case MD -> new Contents(true, ALL, ordered("standard_deduction", AMOUNT, "exemptions", COUNT),
                    ALL, maryland(), false);
            case WA -> new Contents(false, Set.of(), Map.of(), Set.of(),
                    ordered("wa_cares_rate", RATE, "pfml_rate", RATE, "pfml_wage_cap", AMOUNT), false);
            case TX -> new Contents(false, Set.of(), Map.of(), Set.of(), Map.of(), false);
            default -> throw new IllegalStateException(id + " is read by the generic state computation");
        };
    }

    private static final Contents GENERIC_LEVY = new Contents(true, ALL,
            ordered("standard_deduction", AMOUNT, "personal_exemption", AMOUNT), ALL, Map.of(), false,
            genericOptionalByFiling(), true);
    private static final Contents GENERIC_NO_LEVY = new Contents(false, Set.of(), Map.of(), Set.of(), Map.of(),
            false, Map.of(), true);

    /** The generic state figures a file may give by filing status: an exemption credit, and phase-outs. */
    private static Map<String, FigureKind> genericOptionalByFiling() {
        Map<String, FigureKind> optional = new LinkedHashMap<>();
        optional.put("exemption_credit", AMOUNT);
        optional.put("federal_tax_deduction", AMOUNT);
        for (String phased : GenericStateTax.PHASED) {
            for (String part : GenericStateTax.PHASE_OUT_PARTS) {
                optional.put(phased + "_phaseout_" + part, AMOUNT);
            }
        }
        return optional;
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
     * @param optionalByFiling figures a file may give per filing status in {@code byFilingStatuses}
     * @param generic whether the file is read by the generic state computation: its income base, payroll
     *                premiums and add-backs
     */
    public record Contents(Boolean levies, Set<FilingStatus> schedules, Map<String, FigureKind> byFiling,
                           Set<FilingStatus> byFilingStatuses, Map<String, FigureKind> figures,
                           boolean supplementalTax, Map<String, FigureKind> optionalByFiling, boolean generic) {

        public Contents(Boolean levies, Set<FilingStatus> schedules, Map<String, FigureKind> byFiling,
                        Set<FilingStatus> byFilingStatuses, Map<String, FigureKind> figures, boolean supplementalTax) {
            this(levies, schedules, byFiling, byFilingStatuses, figures, supplementalTax, Map.of(), false);
        }
    }
}
