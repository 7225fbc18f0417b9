package com.counteroffer.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.ActionItem;
import com.counteroffer.domain.client.Client;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Action items: add (with or without a due date), tick done, edit, delete; each client keeps its own. */
class ActionItemsModelTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private ActionItemsModel items;
    private Client jorge;
    private Client priya;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        jorge = fixture.switchToNew("Jorge Ortiz");
        priya = fixture.services().clients().add("Priya Shah");
        items = new ActionItemsModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void itemsAreAddedTickedEditedAndDeleted() {
        items.newTextProperty().set("Ask the recruiter for the refresh policy");
        items.newDueProperty().set("Dec 9, 2026");
        items.add();
        items.newTextProperty().set("Write down the walk-away number");
        items.add();
        assertThat(items.errorProperty().get()).isEmpty();
        assertThat(items.newTextProperty().get()).isEmpty();
        assertThat(items.items()).extracting(ActionItem::text, ActionItem::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ask the recruiter for the refresh policy", LocalDate.of(2026, 12, 9)),
                org.assertj.core.groups.Tuple.tuple("Write down the walk-away number", null));

        items.toggleDone(items.items().get(0));
        assertThat(items.items()).extracting(ActionItem::done).containsExactly(false, true);
        assertThat(fixture.services().actionItems().open(jorge.id())).extracting(ActionItem::text)
                .containsExactly("Write down the walk-away number");

        ActionItem open = items.items().get(0);
        items.startEdit(open);
        items.editDueProperty().set("2026-11-20");
        items.saveEdit();
        assertThat(items.items().get(0).due()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(items.items().get(0).overdue(items.today())).isTrue();

        items.delete(items.items().get(1));
        assertThat(items.items()).hasSize(1);
    }

    @Test
    void aBadDateOrEmptyTextIsSaidAndNothingIsSaved() {
        items.newTextProperty().set("Call back");
        items.newDueProperty().set("next Tuesday");
        items.add();
        assertThat(items.errorProperty().get()).contains("is not a date");
        items.newDueProperty().set("");
        items.newTextProperty().set("  ");
        items.add();
        assertThat(items.errorProperty().get()).contains("Write what the client is to do");
        assertThat(fixture.services().actionItems().list(jorge.id())).isEmpty();
    }

    @Test
    void switchingShowsTheOtherClientsItemsAndDropsWhatWasTyped() {
        items.newTextProperty().set("Jorge's homework");
        items.add();
        items.newTextProperty().set("half typed");
        fixture.session().switchTo(priya, error -> { });
        assertThat(items.items()).isEmpty();
        assertThat(items.newTextProperty().get()).isEmpty();
        assertThat(fixture.services().actionItems().list(priya.id())).isEmpty();
    }
}
