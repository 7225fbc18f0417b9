package com.counteroffer.cli;

import com.counteroffer.domain.tax.FilingStatus;
import com.counteroffer.domain.tax.HsaCoverage;
import com.counteroffer.domain.tax.StateCode;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The --state and --filing options, read the same way by every command that takes them. */
final class CliTaxOptions {

    private CliTaxOptions() {
    }

    /** The state of residence named by --state; an unknown one ends the command with exit code 2. */
    static StateCode state(String text) {
        return StateCode.fromCode(text).orElseThrow(() -> new BadInputException(
                "--state: unknown state \"" + text + "\"; use one of " + Arrays.stream(StateCode.values())
                        .map(Enum::name).collect(Collectors.joining(", ")) + " (OTHER outside the 50 states and DC)"));
    }

    /** The HSA coverage named by --hsa-coverage; an unknown one ends the command with exit code 2. */
    static HsaCoverage hsaCoverage(String text) {
        return HsaCoverage.fromId(text).orElseThrow(() -> new BadInputException(
                "--hsa-coverage: unknown coverage \"" + text + "\"; use self or family"));
    }

    /** The state of the job named by --work-state, when not the state of residence; null when not given. */
    static StateCode workState(String text) {
        if (text == null) {
            return null;
        }
        return StateCode.fromCode(text).filter(code -> code != StateCode.OTHER).orElseThrow(() -> new BadInputException(
                "--work-state: unknown state \"" + text + "\"; use the two-letter code of one of the 50 states or DC "
                        + "where the job is (e.g. NY), or leave it out when the job is where you live"));
    }

    /** The filing status named by --filing; an unknown one ends the command with exit code 2. */
    static FilingStatus filing(String text) {
        return FilingStatus.fromId(text).orElseThrow(() -> new BadInputException(
                "--filing: unknown filing status \"" + text + "\"; use single, mfj or hoh"));
    }
}
