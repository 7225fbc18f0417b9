package com.counteroffer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.app.FxTestBase;
import com.counteroffer.app.RunningApp;
import com.counteroffer.testing.ScriptedDialogs;
import java.nio.file.Files;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.store.Database;
import com.counteroffer.store.ProfileRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Back up from the Settings screen, change the data, restore the backup, and see the old data again. */
class BackupFxTest extends FxTestBase {

    @Test
    void backUpNowAndRestoreFromTheWindow() throws Exception {
        Path db = folder.resolve("backup.db");
        try (Database database = Database.open(db)) {
            new ProfileRepository(database, Clock.systemUTC()).save(1, profile(200_000L)).join();
        }
        running = RunningApp.start(db);
        robot.clickOn("#nav-settings");
        robot.clickOn("#backupButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#backupStatus").queryLabeled().getText().startsWith("Backed up"));
        Path backup;
        try (var files = Files.list(running.context().services().backups().backupsFolder())) {
            backup = files.filter(p -> p.getFileName().toString().endsWith("-manual.db")).findFirst().orElseThrow();
        }

        // A save made anywhere reaches the window through the change events: no reload asked for.
        running.context().services().profiles().save(1, profile(300_000L));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> running.context().session().profileProperty().get().currentBase() == 300_000L);

        robot.interact(() -> running.context().replaceDialogs(new ScriptedDialogs().answer(backup)));
        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> running.context().session().profileProperty().get().currentBase() == 200_000L);
        assertThat(robot.lookup("#backupStatus").queryLabeled().getText()).contains("Restored").contains("before-restore");
    }

    private static Profile profile(long base) {
        return new Profile(Level.MID, 4, List.of(), null, null, null, null, Set.of(), base, null, null, null, null);
    }
}
