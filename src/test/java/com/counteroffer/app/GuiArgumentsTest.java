package com.counteroffer.app;

import com.counteroffer.cli.StartupOptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.store.DataLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GuiArgumentsTest {

    private static final java.io.PrintWriter OUT = new java.io.PrintWriter(java.io.Writer.nullWriter());

    @Test
    void windowOnlyArgumentsAreReadWithoutTheCommandLine() {
        StartupOptions options = GuiArguments.parse(new String[] {"--startup-probe", "--db", "/tmp/x/c.db"}, OUT, OUT)
                .orElseThrow();
        assertThat(options.startupProbe()).isTrue();
        assertThat(options.databaseFile()).isEqualTo(Path.of("/tmp/x/c.db"));

        assertThat(GuiArguments.parse(new String[] {"--db=/tmp/y.db"}, OUT, OUT).orElseThrow().databaseFile())
                .isEqualTo(Path.of("/tmp/y.db"));
        assertThat(GuiArguments.parse(new String[0], OUT, OUT).orElseThrow().databaseFile())
                .isEqualTo(DataLocation.databaseFile(null));
    }

    @Test
    void anythingElseGoesToTheFullCommandLine() {
        for (String[] args : new String[][] {{"--help"}, {"offers", "list"}, {"--db"}, {"--db", "--startup-probe"},
            {"--startup-probe", "--startup-probe"}, {"--db", "a", "--db", "b"}, {"--version"}, {"--db="}, {"-x"}}) {
            assertThat(GuiArguments.parse(args, OUT, OUT)).as(String.join(" ", args)).isEmpty();
        }
    }
}
