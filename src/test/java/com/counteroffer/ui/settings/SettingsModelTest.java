package com.counteroffer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings screen's model: backups on request, and a restore every screen then shows. */
class SettingsModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theBackupsNoteSaysHowManyAndHowOldTheKeptBackupsAre() {
        fixture = UiFixture.open(folder);
        SettingsModel model = new SettingsModel(fixture.ui());
        assertThat(model.backupsNote()).contains("the newest 10 are kept").contains("none older than 90 days");
    }

    @Test
    void aRestoreBringsBackTheDataAndEveryScreenShowsIt() {
        fixture = UiFixture.open(folder);
        SettingsModel model = new SettingsModel(fixture.ui());
        assertThat(model.databaseSizeProperty().get()).endsWith("KB");
        assertThat(model.schemaVersion()).isEqualTo(Integer.toString(fixture.services().schemaVersion()));
        fixture.services().offers().add(1, Samples.bigTech());
        model.backupNow();
        assertThat(model.backupStatusProperty().get()).startsWith("Backed up to counteroffer-");
        Path backup = fixture.services().backups().backupsFolder().resolve(
                model.backupStatusProperty().get().substring("Backed up to ".length()).replaceAll("\\.$", ""));

        fixture.services().offers().add(1, Samples.startup());
        assertThat(fixture.session().offers()).hasSize(2);

        model.restore(backup);

        assertThat(model.backupStatusProperty().get()).startsWith("Restored");
        assertThat(fixture.session().offers()).as("the session reloaded").hasSize(1);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        fixture = UiFixture.open(folder);
        SettingsModel model = new SettingsModel(fixture.ui());
        fixture.services().offers().add(1, Samples.bigTech());
        Path notBackup = folder.resolve("notes.db");
        java.nio.file.Files.writeString(notBackup, "hello");
        model.restore(notBackup);
        assertThat(model.backupStatusProperty().get()).startsWith("Nothing was restored");
        assertThat(fixture.session().offers()).hasSize(1);
    }

    @Test
    void theCoachNamedOnReportsIsSavedBesideTheDatabaseAndReadBackByANewScreen() {
        fixture = UiFixture.open(folder);
        SettingsModel model = new SettingsModel(fixture.ui());
        assertThat(model.coachNameProperty().get()).isEmpty();
        assertThat(model.preparedByChangedBinding().get()).isFalse();

        model.coachNameProperty().set("  Ana Ruiz ");
        model.coachContactProperty().set("ana@ruiz-coaching.example");
        assertThat(model.preparedByChangedBinding().get()).isTrue();
        model.savePreparedBy();

        assertThat(model.preparedByStatusProperty().get())
                .isEqualTo("Saved. Reports now say: Prepared by Ana Ruiz, ana@ruiz-coaching.example.");
        assertThat(model.preparedByChangedBinding().get()).isFalse();
        assertThat(fixture.services().preparedBy().load())
                .isEqualTo(new com.counteroffer.service.PreparedBy("Ana Ruiz", "ana@ruiz-coaching.example"));
        SettingsModel reopened = new SettingsModel(fixture.ui());
        assertThat(reopened.coachNameProperty().get()).isEqualTo("Ana Ruiz");
        assertThat(reopened.coachContactProperty().get()).isEqualTo("ana@ruiz-coaching.example");
    }

    @Test
    void aNameTooLongIsRefusedWithWhatToFixAndNothingIsSaved() {
        fixture = UiFixture.open(folder);
        SettingsModel model = new SettingsModel(fixture.ui());

        model.coachNameProperty().set("A".repeat(121));
        model.savePreparedBy();

        assertThat(model.preparedByStatusProperty().get())
                .isEqualTo("Not saved: Your name is 121 characters; shorten it to 120 or fewer.");
        assertThat(fixture.services().preparedBy().load().isEmpty()).isTrue();
        assertThat(model.preparedByChangedBinding().get()).as("the typed name is kept to fix").isTrue();
    }
}
