package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.Database;
import com.counteroffer.store.ProfileRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** negotiate on the sample offers, run in-process on a temporary database. */
class NegotiateCommandTest {

    private static final Path SAMPLES = Path.of("assets/sample-offers");

    @TempDir
    Path folder;

    private long add(String db, String sample) throws Exception {
        CliRun added = CliRun.of("offers", "add", "--file", SAMPLES.resolve(sample).toString(), "--json", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        return new ObjectMapper().readTree(added.out()).get("id").asLong();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void plansTheSampleOfferAgainstTheOtherSavedOffers() throws Exception {
        String db = folder.resolve("negotiate.db").toString();
        long northwind = add(db, "sample-bigtech-amazon.json");
        add(db, "sample-ai-startup.json");
        add(db, "sample-current-job.json");

        CliRun run = CliRun.of("negotiate", "--offer", Long.toString(northwind), "--json", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        // Northwind: Senior, base 200,000. The Senior band is flagged as likely total compensation and no other
        // offer pays a higher base: the usual move, 200,000 × 1.15 = 230,000, a round figure → 229,750; target
        // 229,750 ÷ 1.05 = 218,809.5 → 218,810.
        JsonNode base = plan.get("asks").get(0);
        assertThat(base.get("component").asText()).isEqualTo("base");
        assertThat(base.get("target").asLong()).isEqualTo(218_810);
        assertThat(base.get("opening").asLong()).isEqualTo(229_750);
        assertThat(base.get("evidence").asText()).isEqualTo("usual_move");
        assertThat(base.get("evidence_limit").asLong()).isEqualTo(230_000);
        assertThat(base.get("reason").asText()).contains("what a counter usually moves: +15 % at most");
        assertThat(base.get("say").asText()).isEqualTo("I'd like to ask for a base of $229,750.");
        assertThat(base.get("if_pushed").asText()).contains("flexibility on base");
        assertThat(base.get("inputs").get("offer base").asText()).startsWith("$200,000");
        // Its annualised total is the best: the grant gets the usual move too, 460,000 → 459,750.
        JsonNode equity = plan.get("asks").get(1);
        assertThat(equity.get("component").asText()).isEqualTo("equity");
        assertThat(equity.get("opening").asLong()).isEqualTo(459_750);
        assertThat(plan.get("packages").isArray()).isTrue();
        assertThat(plan.get("advice").findValuesAsText("source")).contains("galinsky-mussweiler-2001", "malhotra-2014");
        // The current job vests 25 % of 1,200 × $85.50 = 25,650 in year 1, covered by the 50,000 sign-on: no ask.
        assertThat(plan.get("asks").findValuesAsText("component")).containsExactly("base", "equity", "start_date");
        assertThat(plan.get("asks").get(2).get("target").isNull()).isTrue();
        // Walk away: current job 165,000 + 16,500 + 25,650 = 207,150 beats Lattice AI's 185,000 + 20,000 ÷ 4 = 190,000.
        assertThat(plan.get("walk_away").asLong()).isEqualTo(207_150);
        assertThat(plan.get("walk_away_rule").asText()).contains("Current employer Inc");
        assertThat(texts(plan.get("talking_points"))).anyMatch(point -> point.contains("Seattle"));
        assertThat(plan.get("warnings").isArray()).isTrue();
        assertThat(texts(plan.get("notes"))).anyMatch(note -> note.contains("already covers the $25,650"));
    }

    @Test
    void usesTheSavedProfileAndRendersAScript() throws Exception {
        Path file = folder.resolve("profile.db");
        String db = file.toString();
        long lattice = add(db, "sample-ai-startup.json");
        try (Database database = Database.open(file)) {
            new ProfileRepository(database, Clock.systemUTC()).save(1, new Profile(Level.SENIOR, 7,
                    List.of("Built the training cluster"), "remote", null, null, null, Set.of("kubernetes"), null,
                    null, null, 90_000L, MarketAssumptions.NONE)).join();
        }

        CliRun run = CliRun.of("negotiate", "--offer", Long.toString(lattice), "--target-position", "50%",
                "--anchor-margin", "20", "--script", "email-direct", "--name", "Sam", "--recruiter", "Jordan",
                "--json", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        // Base: the usual move, 185,000 × 1.15 = 212,750 (precise); the target can't go below the offer's 185,000.
        // Sign-on: 90,000 ÷ 2 assumed years = 45,000 > the offer's 20,000; opening 45,000 × 1.2 = 54,000.
        // Options at the 409A price equal the strike, so the grant is worth $0: no equity ask.
        assertThat(plan.get("asks").findValuesAsText("component"))
                .containsExactly("base", "sign_on", "start_date", "remote"); // relocation: the offer pays $10,000
        assertThat(plan.get("asks").get(0).get("opening").asLong()).isEqualTo(212_750);
        assertThat(plan.get("asks").get(1).get("target").asLong()).isEqualTo(45_000);
        assertThat(plan.get("asks").get(1).get("opening").asLong()).isEqualTo(54_000);
        assertThat(plan.get("unvested_left_behind").asLong()).isEqualTo(90_000);
        assertThat(plan.get("walk_away").isNull()).isTrue();
        // No equity ask: the direct email lists the terms it has, with no gap where equity would be.
        assertThat(plan.get("script").asText()).contains("Jordan", "Sam", "$212,750", "$54,000")
                .doesNotContain("[missing", "equity grant");
    }

    @Test
    void printsAReadablePlan() throws Exception {
        String db = folder.resolve("text.db").toString();
        long id = add(db, "sample-bigtech-amazon.json");

        CliRun run = CliRun.of("negotiate", "--offer", Long.toString(id), "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Counter plan for Northwind Cloud", "Base salary: open at $229,750, target $218,810",
                "Why: Nothing you have entered supports a higher figure", "Say: I'd like to ask for a base of $229,750.",
                "If they push back: ", "Who names a number first: ", "not legal or tax advice");
    }

    @Test
    void badInputEndsWithExitTwo() throws Exception {
        String db = folder.resolve("bad.db").toString();
        long id = add(db, "sample-bigtech-amazon.json");

        CliRun missing = CliRun.of("negotiate", "--offer", "42", "--db", db);
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no offer with id 42");
        assertThat(CliRun.of("negotiate", "--offer", "abc", "--db", db).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun tooFar = CliRun.of("negotiate", "--offer", Long.toString(id), "--target-position", "150", "--db", db);
        assertThat(tooFar.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(tooFar.err()).contains("--target-position", "between 0 % and 100 %");
        assertThat(CliRun.of("negotiate", "--offer", Long.toString(id), "--anchor-margin", "lots", "--db", db)
                .exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.of("negotiate", "--offer", Long.toString(id), "--script", "letter-warm", "--db", db)
                .exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.of("negotiate", "--db", db).exitCode()).isEqualTo(ExitCode.USAGE);
    }
    @Test
    void aScriptIsChosenByChannelAndToneAndABadChoiceNamesTheChoices() throws Exception {
        String db = folder.resolve("tones.db").toString();
        long id = add(db, "sample-bigtech-amazon.json");
        String offer = Long.toString(id);

        CliRun call = CliRun.of("negotiate", "--offer", offer, "--script", "call", "--tone", "direct", "--db", db);
        CliRun email = CliRun.of("negotiate", "--offer", offer, "--script", "email", "--recruiter", "Jordan", "--db", db);
        CliRun old = CliRun.of("negotiate", "--offer", offer, "--script", "email-neutral", "--db", db);

        assertThat(call.exitCode()).as(call.err()).isZero();
        assertThat(call.out()).contains("CALL NOTES: Northwind Cloud", "I'll sign on these terms:");
        assertThat(email.exitCode()).as(email.err()).isZero();
        assertThat(email.out()).as("warm by default").contains("a few thoughts before I say yes", "Hi Jordan,");
        assertThat(old.exitCode()).as(old.err()).isZero();
        assertThat(old.out()).contains("my proposal", "\nHello,\n").doesNotContain("[missing");
        assertThat(old.err()).contains("the script leaves out the greeting by name: add --recruiter NAME",
                "your name: add --name NAME");

        CliRun loud = CliRun.of("negotiate", "--offer", offer, "--script", "email", "--tone", "loud", "--db", db);
        assertThat(loud.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(loud.err()).contains("--tone: \"loud\" is not a tone; use warm, neutral or direct.");
        CliRun letter = CliRun.of("negotiate", "--offer", offer, "--script", "letter", "--db", db);
        assertThat(letter.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(letter.err()).contains("use email or call");
        CliRun both = CliRun.of("negotiate", "--offer", offer, "--script", "email-warm", "--tone", "direct", "--db", db);
        assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(both.err()).contains("use --script email --tone direct");
        CliRun alone = CliRun.of("negotiate", "--offer", offer, "--tone", "warm", "--db", db);
        assertThat(alone.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(alone.err()).contains("--script email or --script call");
    }

    @Test
    void aCoachsTemplateGetsTheSameTreatmentALineWithoutItsValueIsLeftOut() throws Exception {
        String db = folder.resolve("coach.db").toString();
        long id = add(db, "sample-bigtech-amazon.json");
        java.nio.file.Path templates = java.nio.file.Files.createDirectories(folder.resolve("templates"));
        java.nio.file.Files.writeString(templates.resolve("call-neutral.txt"),
                "Hi {{recruiter}},\nA sign-on of {{sign_on_opening}}, please.\n{{#deadline}}By {{deadline}}.{{/deadline}}\nBye\n");

        CliRun run = CliRun.of("negotiate", "--offer", Long.toString(id), "--script", "call", "--tone", "neutral",
                "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\nBye\n").doesNotContain("[missing", "sign-on of", "Hi ,", "{{");
        assertThat(run.err()).contains("add --recruiter NAME", "the line with \"sign_on_opening\"");
    }

    @Test
    void aCoachsTemplateIsUsedAndOneOverItsCapIsRefusedNamingTheCap() throws Exception {
        String db = folder.resolve("templates.db").toString();
        long id = add(db, "sample-bigtech-amazon.json");
        java.nio.file.Path templates = java.nio.file.Files.createDirectories(folder.resolve("templates"));
        java.nio.file.Files.writeString(templates.resolve("email-warm.txt"), "\uFEFFHello {{recruiter}}, from the coach.");

        CliRun own = CliRun.of("negotiate", "--offer", Long.toString(id), "--script", "email-warm", "--recruiter",
                "Jordan", "--db", db);
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.out()).contains("Hello Jordan, from the coach.").doesNotContain("\uFEFF");

        java.nio.file.Files.writeString(templates.resolve("email-warm.txt"), "x".repeat(100 * 1024));
        CliRun big = CliRun.of("negotiate", "--offer", Long.toString(id), "--script", "email-warm", "--db", db);
        assertThat(big.exitCode()).as(big.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(big.err()).contains("email-warm.txt").contains("100 KB").contains("at most 64 KB");
    }
    @Test
    void namesForTheScriptAreHeldToTheTextRulesSoNoEscapeCodeReachesTheTerminal() throws Exception {
        String db = folder.resolve("names.db").toString();
        long id = add(db, "sample-bigtech-amazon.json");

        CliRun escape = CliRun.of("negotiate", "--offer", Long.toString(id), "--script", "email-warm",
                "--recruiter", "Jordan\u001b[2J", "--db", db);
        CliRun longName = CliRun.of("negotiate", "--offer", Long.toString(id), "--script", "email-warm",
                "--name", "n".repeat(201), "--db", db);

        assertThat(escape.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(escape.err()).contains("--recruiter: a control character (U+001B) at character 7");
        assertThat(escape.out()).doesNotContain("\u001b");
        assertThat(longName.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(longName.err()).contains("--name: 201 characters long; the limit is 200");
    }
}
