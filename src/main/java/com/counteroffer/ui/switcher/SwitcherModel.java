package com.counteroffer.ui.switcher;

import com.counteroffer.domain.client.Client;
import com.counteroffer.domain.input.Dates;
import com.counteroffer.service.ClientOverview;
import com.counteroffer.service.ClientOverviewService;
import com.counteroffer.ui.common.Privacy;
import com.counteroffer.ui.common.UiContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick switcher (Ctrl+K): the coach's clients, recent ones first, each with the facts that say
 * who is who (level, next offer deadline, last session). Typing filters by name or initials; Up and
 * Down move; Enter switches; Esc closes. Archived clients appear only once the filter matches them,
 * so the list stays the active practice. In privacy mode names show as initials (the filter still
 * matches the full name, which the coach types and the audience does not see listed).
 */
public final class SwitcherModel {

    /** One client as the switcher lists it; {@code name} is already masked in privacy mode. */
    public record Row(Client client, String name, String facts, boolean shown) {
    }

    private final UiContext ui;
    private final boolean privacy;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", true);
    private final Consumer<Throwable> switchFailed;
    private List<ClientOverview> all = List.of();

    public SwitcherModel(UiContext ui, boolean privacy, Consumer<Throwable> switchFailed) {
        this.ui = ui;
        this.privacy = privacy;
        this.switchFailed = switchFailed;
        filter.addListener((o, was, now) -> refilter());
    }

    /** Reads the clients' facts in the background, then lists them. */
    public void load() {
        ui.tasks().run(progress -> ui.services().overviews().overview(), overview -> {
            boolean coach = ui.settings().coachModeProperty().get();
            all = ClientOverviewService.listed(overview, coach, ui.session().clientId());
            error.set("");
            refilter();
        }, problem -> error.set(ui.text("clients.switcher.unreadable", problem.getMessage())));
    }

    private void refilter() {
        String typed = filter.get() == null ? "" : filter.get().strip();
        List<Long> recent = ui.settings().recentClientsProperty().get();
        long shown = ui.session().clientId();
        List<ClientOverview> matching = new ArrayList<>(all.stream()
                .filter(row -> typed.isEmpty() ? !row.client().archived() : matches(row.client().name(), typed))
                .toList());
        // Recent first (in the order they were shown), then the others by name; archived ones last.
        matching.sort(Comparator.<ClientOverview>comparingInt(row -> row.client().archived() ? 1 : 0)
                .thenComparingInt(row -> {
                    int place = recent.indexOf(row.client().id());
                    return place < 0 ? Integer.MAX_VALUE : place;
                })
                .thenComparing(row -> row.client().name(), String.CASE_INSENSITIVE_ORDER));
        rows.setAll(matching.stream().map(row -> row(row, shown)).toList());
        // With nothing typed, Enter goes back to the previous client: the shown one is first.
        int first = typed.isEmpty() && rows.size() > 1 && rows.get(0).shown() ? 1 : 0;
        selected.set(rows.isEmpty() ? -1 : first);
    }

    /** Whether a client's name matches what was typed: a part of it (any case), or its initials. */
    static boolean matches(String name, String typed) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        String lowerTyped = typed.toLowerCase(Locale.ROOT);
        if (lowerName.contains(lowerTyped)) {
            return true;
        }
        String compact = lowerTyped.replace(".", "").replace(" ", "");
        return !compact.isEmpty() && Privacy.initials(name).replace(".", "").toLowerCase(Locale.ROOT).startsWith(compact);
    }

    private Row row(ClientOverview overview, long shown) {
        Client client = overview.client();
        String name = privacy ? Privacy.initials(client.name()) : client.name();
        List<String> facts = new ArrayList<>();
        facts.add(overview.level().isEmpty() ? ui.text("clients.switcher.noProfile") : overview.level());
        facts.add(ui.text("clients.switcher.offers", overview.offerCount()));
        LocalDate today = LocalDate.now(ui.services().clock());
        overview.nextDeadline().ifPresent(day -> facts.add(ui.text("clients.switcher.deadline", day(day),
                ChronoUnit.DAYS.between(today, day))));
        facts.add(overview.lastSession().map(day -> ui.text("clients.switcher.lastSession", day(day)))
                .orElse(ui.text("clients.switcher.noSession")));
        if (client.archived()) {
            facts.add(ui.text("clients.archived"));
        }
        if (client.id() == shown) {
            facts.add(ui.text("clients.current"));
        }
        return new Row(client, name, String.join(" · ", facts), client.id() == shown);
    }

    private static String day(LocalDate day) {
        return Dates.format(day);
    }

    public void moveDown() {
        if (selected.get() < rows.size() - 1) {
            selected.set(selected.get() + 1);
        }
    }

    public void moveUp() {
        if (selected.get() > 0) {
            selected.set(selected.get() - 1);
        }
    }

    /** The highlighted client, if any. */
    public Optional<Row> selectedRow() {
        int index = selected.get();
        return index >= 0 && index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    /**
     * Enter: closes and shows the highlighted client (every screen is asked about its drafts first;
     * staying leaves the shown client as it was). Nothing to choose leaves the switcher open.
     */
    public void choose() {
        Optional<Row> row = selectedRow();
        if (row.isEmpty()) {
            return;
        }
        open.set(false);
        ui.session().switchTo(row.get().client(), switchFailed);
    }

    /** Esc: closes without switching. */
    public void close() {
        open.set(false);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The highlighted row's index, or -1 when nothing matches. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** False once the coach chose a client or pressed Esc. */
    public BooleanProperty openProperty() {
        return open;
    }

    public boolean privacy() {
        return privacy;
    }
}
