package com.counteroffer.report;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/** Builds a client's PDF report in the background: the data is read and the file written off the JavaFX thread. */
public final class ReportService {

    private final Database database;
    private final Clock clock;
    private final Executor background;

    public ReportService(Database database, Clock clock, Executor background) {
        this.database = database;
        this.clock = clock;
        this.background = background;
    }

    /** Writes the report to {@code out}; completes with the page count, or fails with the reason. */
    public CompletableFuture<Integer> generate(long clientId, String clientName, Path out, ProgressListener progress,
                                               BooleanSupplier cancelled) {
        return CompletableFuture.supplyAsync(() -> {
            progress.progress(0.02, "Reading " + clientName + "'s data");
            ReportData data = ReportData.load(database, clientId, clientName, clock);
            try {
                return PdfReport.write(data, out, progress, cancelled);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
            }
        }, background);
    }
}
