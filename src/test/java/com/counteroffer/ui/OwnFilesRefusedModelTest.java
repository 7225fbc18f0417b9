package com.counteroffer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.report.ReportService;
import com.counteroffer.testing.FileStates;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.clients.ClientsModel;
import com.counteroffer.ui.clients.ExchangeModel;
import com.counteroffer.ui.compare.CompareModel;
import com.counteroffer.ui.negotiate.NegotiateModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every screen that saves a file the user picks in a file dialog refuses Counteroffer's own files,
 * says so on the screen's status line, and leaves the open database, its log and the settings
 * exactly as they were.
 */
class OwnFilesRefusedModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private Path db;

    @BeforeEach
    void open() throws Exception {
        fixture = UiFixture.open(folder);
        db = fixture.services().databaseFile();
        fixture.services().offers().add(1, Samples.bigTech());
        fixture.services().offers().add(1, Samples.startup());
        Files.writeString(folder.resolve("settings.properties"), "theme=DARK\n");
        Files.createSymbolicLink(folder.resolve("link-to-db"), db);
        assertThat(db.resolveSibling(db.getFileName() + "-wal")).isNotEmptyFile();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A screen that saves a file: it asks the scripted dialog where, then writes; {@code status} reports it. */
    private record Screen(Runnable save, StringProperty status) {
    }

    /** How to open a screen's model and save from it. */
    private record Save(String name, Function<UiFixture, Screen> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> savesOntoOwnFiles() {
        List<Save> saves = List.of(
                new Save("Clients: PDF report", ui -> {
                    ClientsModel model = new ClientsModel(ui.ui(), new ReportService(ui.services()), file -> { });
                    return new Screen(model::writeReport, model.reportStatusProperty());
                }),
                new Save("Clients: export this client", ui -> {
                    ExchangeModel model = new ExchangeModel(ui.ui());
                    return new Screen(model::exportShownClient, model.statusProperty());
                }),
                new Save("Clients: export all clients", ui -> {
                    ExchangeModel model = new ExchangeModel(ui.ui());
                    return new Screen(model::exportAll, model.statusProperty());
                }),
                new Save("Compare: table as CSV", ui -> {
                    CompareModel model = new CompareModel(ui.ui());
                    assertThat(model.resultProperty().get()).isNotNull();
                    return new Screen(model::exportCsv, model.statusProperty());
                }),
                new Save("Compare: chart as PNG", ui -> {
                    CompareModel model = new CompareModel(ui.ui());
                    return new Screen(() -> model.exportChart("cumulativeChart",
                            () -> new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB)), model.statusProperty());
                }),
                new Save("Negotiate: script as Markdown", ui -> {
                    NegotiateModel model = new NegotiateModel(ui.ui());
                    return new Screen(() -> model.saveScript("md", "Markdown file", "# Counter\n\nHello"),
                            model.scriptStatusProperty());
                }));
        List<Arguments> cases = new ArrayList<>();
        for (Save save : saves) {
            for (String target : List.of("ui.db", "ui.db-wal", "settings.properties", "link-to-db")) {
                cases.add(Arguments.of(save, target));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} onto {1}")
    @MethodSource("savesOntoOwnFiles")
    void isRefusedOnTheScreenAndTheDataIsByteIdentical(Save save, String target) {
        Path chosen = folder.resolve(target);
        Screen screen = save.open().apply(fixture);
        Map<String, String> before = withoutSharedMemory(FileStates.snapshot(folder));
        fixture.dialogs().answer(chosen);

        screen.save().run();
        String shown = screen.status().get();

        assertThat(fixture.dialogs().allAnswered()).isTrue();
        assertThat(shown).contains(chosen.toString()).contains("Counteroffer's own").contains("choose another");
        assertThat(withoutSharedMemory(FileStates.snapshot(folder))).isEqualTo(before);
        assertThat(fixture.services().clients().list()).as("the database still reads").isNotEmpty();
    }

    private static Map<String, String> withoutSharedMemory(Map<String, String> states) {
        states.replaceAll((name, state) -> name.endsWith("-shm") ? "present" : state);
        return states;
    }
}
