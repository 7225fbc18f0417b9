package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {

    private static final GuiStarter NO_WINDOW = options -> {
        throw new AssertionError("no window");
    };

    @Test
    void everyNameBuildsItsCommandAndOnlyThat() {
        assertThat(Subcommands.names()).hasSize(14);
        for (String name : Subcommands.names()) {
            CommandLine commandLine = Cli.commandLine(NO_WINDOW, new String[] {name, "--help"});
            assertThat(commandLine.getSubcommands()).as(name).containsOnlyKeys(name);
            assertThat(commandLine.getSubcommands().get(name).getCommandName()).isEqualTo(name);
            CliRun help = CliRun.of(name, "--help");
            assertThat(help.exitCode()).as(name).isZero();
            assertThat(help.out()).as(name).startsWith("Usage: counteroffer " + name);
        }
    }

    @Test
    void aTakeHomeCommandLineBuildsOneCommand() {
        CommandLine commandLine = Cli.commandLine(NO_WINDOW,
                new String[] {"--db", "x.db", "take-home", "--wages", "250k", "--state", "CA", "--filing", "single"});

        assertThat(commandLine.getSubcommands()).containsOnlyKeys("take-home");
    }

    @Test
    void theRootsHelpStillListsEveryCommand() {
        CliRun help = CliRun.of("--help");

        assertThat(help.exitCode()).isZero();
        for (String name : Subcommands.names()) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void aCommandNameAsAnOptionsValueIsNotTheCommand() {
        assertThat(Subcommands.named(new String[] {"--client", "info", "offers", "list"})).isEqualTo("offers");
        assertThat(Subcommands.named(new String[] {"--db", "compare", "report"})).isEqualTo("report");
    }

    @Test
    void noOrAMistypedCommandGetsEveryCommandForTheSuggestions() {
        assertThat(Subcommands.named(new String[0])).isNull();
        assertThat(Subcommands.named(new String[] {"--help"})).isNull();
        assertThat(Subcommands.named(new String[] {"take-hom", "--wages", "1"})).isNull();

        CliRun typo = CliRun.of("take-hom");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("take-home");
    }

    @Test
    void sharedOptionsReachTheCommandBuiltAlone() {
        CliRun run = CliRun.of("take-home", "--db", "/nonexistent/never.db", "--wages", "100k", "--state", "TX",
                "--filing", "single");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Texas");
    }
}
