package com.counteroffer.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** What every test of the real window shares: a temporary folder, a robot, and a clean stop. */
@Tag("window") // drives the real window headless; excluded from the quick loop with -DexcludedGroups=window
public abstract class FxTestBase {

    @TempDir
    protected Path folder;

    protected final FxRobot robot = new FxRobot();
    protected RunningApp running;

    @AfterEach
    void stopTheApplication() throws Exception {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
