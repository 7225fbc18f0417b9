package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PositionCommandTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    /** The command on a fresh database in a temporary folder: its built-in dataset is the one in use. */
    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = folder.resolve("position.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void theSeniorExampleIsAThirdOfTheWayThrough() throws Exception {
        // (260,000 − 220,000) ÷ (350,000 − 220,000) = 40,000 ÷ 130,000 ≈ 0.3077 → 31 %
        JsonNode json = json(run("position", "--level", "senior", "--base", "260000", "--json"));

        assertThat(json.get("level").asText()).isEqualTo("senior");
        assertThat(json.get("basis").asText()).isEqualTo("base");
        assertThat(json.get("min").asLong()).isEqualTo(220_000);
        assertThat(json.get("max").asLong()).isEqualTo(350_000);
        assertThat(json.get("band_min").asLong()).isEqualTo(220_000);
        assertThat(json.get("band_max").asLong()).isEqualTo(350_000);
        assertThat(json.get("open_top").asBoolean()).isTrue();
        assertThat(json.get("value").asLong()).isEqualTo(260_000);
        assertThat(json.get("position").asDouble()).isCloseTo(40_000.0 / 130_000, within(1e-12));
        assertThat(json.get("status").asText()).isEqualTo("within");
        assertThat(json.get("distance").asLong()).isZero();
        assertThat(json.get("adjustments")).isEmpty();
        assertThat(json.get("description").asText())
                .isEqualTo("31 % of the way through the Senior/Lead base salary range");
        assertThat(json.has("location_reference")).isFalse();
    }

    @Test
    void skillsApplyTheAiPremiumOnce() throws Exception {
        // 110,000 × 1.11 = 122,100; 145,000 × 1.11 = 160,950; (150,000 − 122,100) ÷ 38,850 = 0.7181…
        JsonNode json = json(run("position", "--level", "entry", "--base", "150,000",
                "--skill", "kubernetes", "--skill", "mlops", "--json"));

        assertThat(json.get("min").asLong()).isEqualTo(122_100);
        assertThat(json.get("max").asLong()).isEqualTo(160_950);
        assertThat(json.get("band_min").asLong()).isEqualTo(110_000);
        assertThat(json.get("band_max").asLong()).isEqualTo(145_000);
        assertThat(json.get("position").asDouble()).isCloseTo(27_900.0 / 38_850, within(1e-12));
        assertThat(json.get("status").asText()).isEqualTo("within");
        assertThat(json.get("adjustments")).hasSize(1);
        JsonNode adjustment = json.get("adjustments").get(0);
        assertThat(adjustment.get("name").asText())
                .isEqualTo("AI-skill wage premium (Kubernetes / Kubeflow, MLOps / LLMOps)");
        assertThat(adjustment.get("factor").decimalValue()).isEqualByComparingTo("1.11");
        assertThat(adjustment.get("source").asText()).contains("IZA World of Labor");
    }

    @Test
    void principalIsGivenAsTotalCompensation() throws Exception {
        // (465,000 − 380,000) ÷ (550,000 − 380,000) = 0.5
        JsonNode json = json(run("position", "--level", "principal", "--tc", "$465,000", "--json"));

        assertThat(json.get("basis").asText()).isEqualTo("total_comp");
        assertThat(json.get("position").asDouble()).isEqualTo(0.5);
        assertThat(json.get("open_top").asBoolean()).isFalse();
    }

    @Test
    void kiloDollarsAreAccepted() throws Exception {
        // 185k = 185,000; (185,000 − 150,000) ÷ (210,000 − 150,000) = 35,000 ÷ 60,000 = 0.58333…
        JsonNode json = json(run("position", "--level", "mid", "--base", "185k", "--json"));

        assertThat(json.get("value").asLong()).isEqualTo(185_000);
        assertThat(json.get("position").asDouble()).isCloseTo(35_000.0 / 60_000, within(1e-12));
    }

    @Test
    void allDollarSpellingsMeanTheSame() {
        assertThat(CliInputs.amount("--base", "260000")).isEqualTo(260_000);
        assertThat(CliInputs.amount("--base", "260,000")).isEqualTo(260_000);
        assertThat(CliInputs.amount("--base", "$260,000")).isEqualTo(260_000);
        assertThat(CliInputs.amount("--base", "260k")).isEqualTo(260_000);
        assertThat(CliInputs.amount("--base", "262.5K")).isEqualTo(262_500);
        assertThatThrownBy(() -> CliInputs.amount("--base", "260,00"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> CliInputs.amount("--base", "-5"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--base").hasMessageContaining("negative");
        assertThatThrownBy(() -> CliInputs.amount("--base", "11m"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("$10,000,000");
    }

    @Test
    void aLocationAddsItsPrevailingWagesWithoutChangingTheRange() throws Exception {
        JsonNode json = json(run("position", "--level", "mid", "--base", "185k", "--location", "nyc", "--json"));

        assertThat(json.get("min").asLong()).isEqualTo(150_000);
        JsonNode reference = json.get("location_reference");
        assertThat(reference.get("label").asText()).isEqualTo("New York City");
        JsonNode row = reference.get("prevailing_wages").get(0);
        assertThat(row.get("metro").asText()).isEqualTo("New York");
        assertThat(row.get("level_1").asLong()).isEqualTo(103_210);
        assertThat(row.get("level_4").asLong()).isEqualTo(189_592);
        assertThat(row.get("source").asText()).contains("Department of Labor");

        JsonNode remote = json(run("position", "--level", "mid", "--base", "185k", "--location", "remote",
                "--json"));
        assertThat(remote.get("location_reference").get("prevailing_wages")).isEmpty();
    }

    @Test
    void textOutputIsReadable() {
        CliRun run = run("position", "--level", "senior", "--base", "390000", "--location", "sf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Senior/Lead base salary range: $220,000 – $350,000+",
                "Your base salary: $390,000",
                "$40,000 above the top of the Senior/Lead base salary range (the top is open: 350,000+)",
                "San Jose", "San Francisco");
    }

    @Test
    void aBasisMismatchIsBadInput() {
        CliRun run = run("position", "--level", "principal", "--base", "400000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("the Principal/Architect range is total compensation; give --tc");
        assertThat(run.out()).isEmpty();
        assertThat(run("position", "--level", "senior", "--tc", "400000").err())
                .contains("the Senior/Lead range is base salary; give --base");
    }

    @Test
    void anUnknownLevelIsBadInputListingTheLevels() {
        CliRun run = run("position", "--level", "staff", "--base", "200000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("\"staff\"", "entry, mid, senior, principal");
    }

    @Test
    void aNonNumberIsBadInput() {
        CliRun run = run("position", "--level", "mid", "--base", "lots");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--base", "\"lots\"", "185k");
    }

    @Test
    void exactlyOneOfBaseAndTcIsNeeded() {
        assertThat(run("position", "--level", "mid").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun both = run("position", "--level", "mid", "--base", "1", "--tc", "2");
        assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(both.err()).contains("exactly one of --base");
    }

    @Test
    void anUnknownSkillOrPlaceIsBadInputListingTheValidIds() {
        CliRun skill = run("position", "--level", "mid", "--base", "185k", "--skill", "cobol");
        assertThat(skill.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(skill.err()).contains("\"cobol\"", "kubernetes, gpu_orchestration, mlops");

        CliRun place = run("position", "--level", "mid", "--base", "185k", "--location", "boston");
        assertThat(place.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(place.err()).contains("sf, seattle, nyc, austin, dc, other, remote");
    }
}
