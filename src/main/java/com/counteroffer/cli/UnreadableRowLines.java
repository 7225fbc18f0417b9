package com.counteroffer.cli;

import com.counteroffer.domain.UnreadableRow;
import com.counteroffer.service.Services;
import com.counteroffer.store.StoreException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The saved rows of the client(s) a command works on that can't be read, named one a line on
 * standard error after everything the command could print. The exit code says whether the
 * command's own answer is whole: 3 when it had to do without a row it needed (the database needs
 * attention), else the command's own, the other rows named as a warning. docs/reliability.md.
 */
final class UnreadableRowLines {

    /** For commands whose answer needs none of the client's other rows. */
    static final Predicate<UnreadableRow> NONE_NEEDED = row -> false;

    private final List<UnreadableRow> rows;

    private UnreadableRowLines(List<UnreadableRow> rows) {
        this.rows = rows;
    }

    /** The client's rows that can't be read; call before the services close. */
    static UnreadableRowLines of(Services services, long clientId) {
        return new UnreadableRowLines(services.unreadableRows().of(clientId));
    }

    /** Every client's rows that can't be read. */
    static UnreadableRowLines everywhere(Services services) {
        return new UnreadableRowLines(services.unreadableRows().everywhere());
    }

    /** Rows of these tables. */
    static Predicate<UnreadableRow> in(UnreadableRow.Table... tables) {
        Set<UnreadableRow.Table> wanted = Set.copyOf(Arrays.asList(tables));
        return row -> wanted.contains(row.table());
    }

    /** Rows of this table that belong to the offer (the offer itself, a round, its workspace). */
    static Predicate<UnreadableRow> belongingTo(UnreadableRow.Table table, long offerId) {
        return row -> row.table() == table && row.offerId() != null && row.offerId() == offerId;
    }

    /**
     * Stops the command (exit 3) when it can't answer at all without one of the rows {@code needed}
     * picks, naming them.
     */
    void refuseWithout(Predicate<UnreadableRow> needed) {
        List<UnreadableRow> missing = rows.stream().filter(needed).toList();
        if (!missing.isEmpty()) {
            throw new StoreException(StoreException.Kind.UNREADABLE_ROW, missing.get(0).database(), missing.stream()
                    .map(UnreadableRowLines::line).collect(Collectors.joining("\ncounteroffer: ")));
        }
    }

    /**
     * Names every row on standard error, the ones {@code needed} picks as errors and the rest as
     * warnings.
     *
     * @return 3 when a needed row was left out, else {@code code}
     */
    int finish(CommandSpec spec, Predicate<UnreadableRow> needed, int code) {
        PrintWriter err = spec.commandLine().getErr();
        boolean incomplete = false;
        for (UnreadableRow row : rows) {
            boolean wanted = needed.test(row);
            incomplete |= wanted;
            err.println("counteroffer: " + (wanted ? "" : "warning: ") + line(row));
        }
        err.flush();
        return incomplete ? ExitCode.STORAGE : code;
    }

    private static String line(UnreadableRow row) {
        return row.describe() + ". " + UnreadableRow.KEPT;
    }
}
