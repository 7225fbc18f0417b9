package com.counteroffer.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template language (decision 0016): placeholders, sections, and lines that drop without a value. */
class ScriptRendererTest {

    @Test
    void aPlaceholderWithoutAValueTakesItsLineAndTheResultNamesIt() {
        RenderedScript out = ScriptRenderer.render("""
                Hi {{ recruiter }},

                Base {{base_opening}}, sign-on {{sign_on_opening}}.

                Thanks,
                {{my_name}}
                """, Map.of("base_opening", "$349,000", "my_name", "  ", "recruiter", "Jordan"));

        // The sign-on line goes with the blank line it leaves; the blank name counts as none.
        assertThat(out.text()).isEqualTo("""
                Hi Jordan,

                Thanks,
                """);
        assertThat(out.leftOut()).containsExactly("sign_on_opening", "my_name");
        assertThat(ScriptRenderer.render("No placeholders.", Map.of()))
                .isEqualTo(new RenderedScript("No placeholders.", java.util.List.of()));
    }

    @Test
    void sectionsKeepTheirTextOnlyWithAValueOrOnlyWithoutOne() {
        String template = """
                {{^recruiter}}
                Hello,
                {{/recruiter}}
                Hi {{recruiter}},

                {{#sign_on}}
                A sign-on of {{sign_on}}
                to cover what I leave.
                {{/sign_on}}
                Thank you for {{#title}}the {{title}} role{{/title}}{{^title}}the role{{/title}}.
                """;

        RenderedScript bare = ScriptRenderer.render(template, Map.of());
        RenderedScript full = ScriptRenderer.render(template,
                Map.of("recruiter", "Jordan", "sign_on", "$54,000", "title", "Staff Engineer"));

        assertThat(bare.text()).isEqualTo("""
                Hello,

                Thank you for the role.
                """);
        assertThat(bare.leftOut()).as("the greeting by name is reported; a skipped section is the template's choice")
                .containsExactly("recruiter");
        assertThat(full.text()).isEqualTo("""
                Hi Jordan,

                A sign-on of $54,000
                to cover what I leave.
                Thank you for the Staff Engineer role.
                """);
        assertThat(full.leftOut()).isEmpty();
    }

    @Test
    void sectionsNestAndAStrayOrUnclosedTagDoesNotReachTheText() {
        String nested = "{{#a}}A{{#b}} and B{{/b}}{{^b}} alone{{/b}}.{{/a}}";
        assertThat(ScriptRenderer.render(nested, Map.of("a", "x")).text()).isEqualTo("A alone.");
        assertThat(ScriptRenderer.render(nested, Map.of("a", "x", "b", "y")).text()).isEqualTo("A and B.");
        assertThat(ScriptRenderer.render(nested, Map.of("b", "y")).text()).isEmpty();

        assertThat(ScriptRenderer.render("Kept{{/nothing}}.\n{{#open}}Never closed", Map.of()).text())
                .isEqualTo("Kept.");
    }

    @Test
    void aListUnderAnIndentedPlaceholderKeepsTheIndentOnEveryLine() {
        RenderedScript out = ScriptRenderer.render("2. Reasons\n   {{points}}\n3. Ask\n",
                Map.of("points", "- one\n- two"));

        assertThat(out.text()).isEqualTo("2. Reasons\n   - one\n   - two\n3. Ask\n");
    }

    @Test
    void blankLinesNeverPileUpWhereLinesWereDropped() {
        RenderedScript out = ScriptRenderer.render("\n{{a}}\n\nOne\n\n{{b}}\n\n\n{{c}}\n\nTwo\n\n{{d}}\n", Map.of());

        assertThat(out.text()).isEqualTo("One\n\nTwo\n");
        assertThat(out.leftOut()).containsExactly("a", "b", "c", "d");
    }
}
