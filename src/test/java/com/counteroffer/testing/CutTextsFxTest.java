package com.counteroffer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The cut finder finds what is cut and nothing else: FitFxTest is only as good as it. */
@Tag("window")
class CutTextsFxTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    @Test
    void findsEllipsesNarrowPromptsAndBrokenWordsButNotTextThatFits() {
        Label fits = new Label("Fits");
        Label cut = new Label("A caption far too long for eighty pixels");
        cut.setId("cut");
        cut.setMaxWidth(80);
        Label broken = new Label("Featherstonehaugh-Worthington");
        broken.setId("broken");
        broken.setWrapText(true);
        broken.setMaxWidth(80);
        Label address = new Label("https://example.org/a/very/long/address");
        address.getStyleClass().add("wraps-anywhere");
        address.setWrapText(true);
        address.setMaxWidth(80);
        TextField prompt = new TextField();
        prompt.setId("prompt");
        prompt.setPromptText("e.g. a prompt much wider than the field");
        prompt.setMaxWidth(80);
        TextField typed = new TextField("typed text much wider than the field scrolls");
        typed.setMaxWidth(80);
        Label hidden = new Label("A hidden caption far too long for eighty pixels");
        hidden.setMaxWidth(80);
        hidden.setVisible(false);
        // The typed field comes first and takes the focus: a focused field hides its prompt.
        VBox root = new VBox(typed, fits, cut, broken, address, prompt, hidden);
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(root, 300, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<CutTexts.Cut>[] cuts = new List[1];
        robot.interact(() -> cuts[0] = CutTexts.in(stage, "test", "100%"));

        assertThat(cuts[0]).extracting(CutTexts.Cut::where)
                .containsExactly("#cut", "#broken (word broken)", "#prompt (prompt)");
        assertThat(cuts[0].get(0).shown()).endsWith("...").isNotEqualTo(cuts[0].get(0).full());
        assertThat(cuts[0].get(2).shown()).isNotEmpty().isNotEqualTo("e.g. a prompt much wider than the field");
    }
}
