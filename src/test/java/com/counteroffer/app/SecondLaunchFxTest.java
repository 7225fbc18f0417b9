package com.counteroffer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.store.StoreException;
import com.counteroffer.testing.HeadlessJava;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A second launch on the same data brings the open window forward instead of opening another. */
@Tag("process") // starts other JVMs: slow; excluded from the quick loop with -DexcludedGroups=process
class SecondLaunchFxTest extends FxTestBase {

    @Test
    void aSecondLaunchRaisesTheFirstWindowAndDoesNotOpenTheData() throws Exception {
        Path db = folder.resolve("second.db");
        running = RunningApp.start(db);
        robot.interact(() -> running.stage().setIconified(true));

        assertThatThrownBy(() -> AppContext.open(db)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.kind()).isEqualTo(StoreException.Kind.ALREADY_OPEN_RAISED);
            assertThat(e.getMessage()).contains("brought to the front");
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !running.stage().isIconified());
        assertThat(running.stage().isShowing()).isTrue();
    }

    @Test
    void aSecondLaunchInAnotherProcessSaysSoAndEndsWithoutError() throws Exception {
        Path db = folder.resolve("second-process.db");
        running = RunningApp.start(db);

        HeadlessJava.Result second = HeadlessJava.run(List.of("--db", db.toString()), 60);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("its window was brought to the front");
    }
}
