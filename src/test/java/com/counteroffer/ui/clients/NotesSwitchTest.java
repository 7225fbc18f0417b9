package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes on a switch: the search and the last message go with the client; A→B→A shows A's notes again. */
class NotesSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSearchAndTheErrorAreClearedAndTheNotesFollowTheClient() {
        Client jorge = fixture.switchToNew("Jorge Ortiz");
        fixture.services().notes().add(jorge.id(), "Jorge: counter at 240k");
        Client priya = fixture.services().clients().add("Priya Shah");
        fixture.services().notes().add(priya.id(), "Priya: remote only");
        NotesModel model = new NotesModel(fixture.ui());
        model.searchProperty().set("240k");
        model.add();
        assertThat(model.errorProperty().get()).isNotEmpty();

        fixture.session().switchTo(priya, error -> { });

        assertThat(model.searchProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.notes()).extracting(note -> note.text()).containsExactly("Priya: remote only");

        fixture.session().switchTo(jorge, error -> { });
        assertThat(model.notes()).extracting(note -> note.text()).containsExactly("Jorge: counter at 240k");
    }
}
