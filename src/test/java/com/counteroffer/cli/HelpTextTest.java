package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help prints cleanly: a stray % in a description made picocli print warnings. */
class HelpTextTest {

    @Test
    void everyCommandsHelpPrintsWithoutWarnings() {
        List<List<String>> commands = new ArrayList<>();
        collect(Cli.commandLine(options -> 0), new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThan(15);
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(command);
                args.add("--help");
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
                assertThat(run.err()).as(String.join(" ", args)).isEmpty();
                assertThat(run.out()).as(String.join(" ", args)).doesNotContain("%n", "%%");
            }
        } finally {
            System.setErr(original);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void percentOptionsSayThatFifteenMeansFifteenPercent() {
        for (String command : List.of("projection", "compare")) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.out().replaceAll("\\s+", " ")).as(command).contains("15, 15% or -30", "15 means 15 %");
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> found) {
        found.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, found);
            }
        });
    }
}
