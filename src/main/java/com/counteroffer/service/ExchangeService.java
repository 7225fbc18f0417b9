package com.counteroffer.service;

import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.data.ExportJson;
import com.counteroffer.domain.exchange.ImportBatch;
import com.counteroffer.data.ImportReader;
import com.counteroffer.data.OfferCsv;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.store.DataExchange;
import com.counteroffer.domain.exchange.Duplicate;
import com.counteroffer.domain.exchange.DuplicateChoice;
import com.counteroffer.domain.exchange.ImportOutcome;
import com.counteroffer.domain.exchange.ImportTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Export to and import from files (JSON whole clients, CSV offers), for the window and the command line alike. */
public final class ExchangeService {

    /** The two file formats; JSON carries whole clients, CSV offers only. */
    public enum Format {
        JSON, CSV;

        /** The format a file name's extension names, or empty. */
        public static Optional<Format> ofFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") ? Optional.of(JSON) : name.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
        }
    }

    private final DataExchange exchange;
    private final OutputFiles outputs;
    private final DataChanges changes;

    public ExchangeService(DataExchange exchange, OutputFiles outputs, DataChanges changes) {
        this.exchange = exchange;
        this.outputs = outputs;
        this.changes = changes;
    }

    /**
     * Writes one client (or all, when {@code onlyClient} is empty) to {@code file}, whole or not at all.
     *
     * @return what the file holds, e.g. "1 client, 3 offers and 2 comparisons"
     * @throws InvalidInputException when the file can't be written there, or is one of Counteroffer's own
     */
    public String export(Optional<Long> onlyClient, Path file, Format format) {
        outputs.check(file);
        List<ClientBundle> clients = Await.result(exchange.export(onlyClient));
        String text = format == Format.JSON ? ExportJson.write(clients) : OfferCsv.write(clients, true);
        outputs.writeString(file, text);
        return ClientBundle.describe(clients, format == Format.JSON);
    }

    /**
     * Reads and checks a whole file.
     *
     * @throws com.counteroffer.domain.input.ImportException listing every problem; nothing is imported then
     */
    public ImportBatch read(Path file, ProgressListener progress, BooleanSupplier cancelled) {
        return ImportReader.read(file, progress, cancelled);
    }

    /** The offers in the batch already saved for the client they would go to. */
    public List<Duplicate> duplicates(ImportBatch batch, ImportTarget target) {
        return Await.result(exchange.duplicates(batch, target));
    }

    /** Saves the whole batch in one transaction (all or nothing); every screen then reloads. */
    public ImportOutcome importBatch(ImportBatch batch, ImportTarget target, DuplicateChoice choice, ProgressListener progress,
                               BooleanSupplier cancelled) {
        ImportOutcome outcome = Await.result(exchange.importBatch(batch, target, choice, progress, cancelled));
        changes.announce(new DataChange.Everything());
        return outcome;
    }
}
