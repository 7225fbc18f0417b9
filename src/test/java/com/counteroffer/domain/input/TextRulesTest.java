package com.counteroffer.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for kept text: limits counted in characters as people count them, and which characters may be kept. */
class TextRulesTest {

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOne() {
        String atLimit = "🚀".repeat(TextRules.NAME_LIMIT);

        assertThat(atLimit).hasSize(2 * TextRules.NAME_LIMIT);
        assertThat(TextRules.problem(atLimit, TextRules.Kind.NAME)).isNull();
        assertThat(TextRules.problem(atLimit + "x", TextRules.Kind.NAME))
                .isEqualTo("201 characters long; the limit is 200 — shorten it");
    }

    @Test
    void tabsAndLineBreaksAreForNotesOnly() {
        for (String text : List.of("a\tb", "a\nb", "a\r\nb")) {
            assertThat(TextRules.problem(text, TextRules.Kind.NOTE)).as(text).isNull();
            assertThat(TextRules.problem(text, TextRules.Kind.NAME)).as(text).isNotNull();
            assertThat(TextRules.problem(text, TextRules.Kind.LINE)).as(text).isNotNull();
        }
        assertThat(TextRules.problem("a\u007Fb", TextRules.Kind.NOTE)).contains("U+007F").contains("character 2");
        assertThat(TextRules.problem("a\u0085b", TextRules.Kind.NOTE)).contains("U+0085");
    }

    @Test
    void halfOfASurrogatePairIsRefusedWhereverItIs() {
        assertThat(TextRules.problem("\uDBFF", TextRules.Kind.NOTE)).contains("U+DBFF").contains("character 1");
        assertThat(TextRules.problem("🚀\uDC00", TextRules.Kind.NOTE)).contains("U+DC00").contains("character 2");
        assertThat(TextRules.problem("\uD83D\uDE80", TextRules.Kind.NAME)).isNull();
    }

    @Test
    void nothingGivenIsNoProblemAndAFormGetsASentence() {
        assertThat(TextRules.problem(null, TextRules.Kind.NAME)).isNull();
        assertThat(TextRules.parse("  kept  ", TextRules.Kind.NAME).value()).isEqualTo("  kept  ");
        assertThat(TextRules.parse("a\u0000", TextRules.Kind.NAME).error())
                .isEqualTo("A control character (U+0000) at character 2; remove it.");
        assertThat(TextRules.listProblems("points", List.of("ok", "x".repeat(1_001)), TextRules.Kind.LINE))
                .containsExactly("points[1]: 1,001 characters long; the limit is 1,000 — shorten it");
    }
}
