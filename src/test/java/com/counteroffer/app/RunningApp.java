package com.counteroffer.app;

import com.counteroffer.cli.StartupOptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a given database, started and stopped headless for a TestFX test. */
public final class RunningApp implements AutoCloseable {

    private final Session session;
    private final CounterofferApp app;
    private final Stage stage;

    private RunningApp(Session session, CounterofferApp app, Stage stage) {
        this.session = session;
        this.app = app;
        this.stage = stage;
    }

    public static RunningApp start(Path database) throws Exception {
        FxToolkit.registerPrimaryStage();
        PrintWriter sink = new PrintWriter(new StringWriter());
        Session session = Session.begin(new StartupOptions(database, false, sink, sink));
        CounterofferApp app = (CounterofferApp) FxToolkit.setupApplication(() -> new CounterofferApp(session));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.failure()).as("start-up failure").isNull();
        return new RunningApp(session, app, FxToolkit.toolkitContext().getRegisteredStage());
    }

    public CounterofferApp app() {
        return app;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Waits until the window's background work (reads, plans, charts) has delivered its outcome,
     * and what those outcomes started has too.
     */
    public void settle() throws java.util.concurrent.TimeoutException {
        for (int round = 0; round < 2; round++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> context().tasks().idle());
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    public AppContext context() {
        return session.context();
    }

    @Override
    public void close() throws Exception {
        // The stage is shared by every window test in this JVM: leave it as the next test expects,
        // not full screen from presentation mode.
        WaitForAsyncUtils.asyncFx(() -> stage.setFullScreen(false)).get();
        FxToolkit.cleanupApplication(app);
        session.close();
    }
}
