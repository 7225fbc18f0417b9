package com.counteroffer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.client.Client;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare scenario is each client's own: it leaves with a switch and comes back with the client. */
class CompareSwitchTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private CompareModel model;
    private Client me;
    private Client priya;
    private long northwind;
    private long lattice;

    @BeforeEach
    void open() {
        fixture = UiFixture.open(folder);
        me = new Client(1, "Me", false);
        northwind = fixture.services().offers().add(1, Samples.bigTech());
        lattice = fixture.services().offers().add(1, Samples.startup());
        priya = fixture.services().clients().add("Priya Shah");
        fixture.services().offers().add(priya.id(), Samples.startup());
        model = new CompareModel(fixture.ui());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aToBToARestoresTheFirstClientsScenarioAndNeverShowsItForTheSecond() {
        model.select(northwind, true);
        model.select(lattice, true);
        model.yearsProperty().set(6);
        assertThat(model.setGrowth("15")).isEmpty();
        model.leaveEnabledProperty().set(true);
        model.leaveMonthProperty().set(20);
        model.statusProperty().set("Saved the chart to Me's comparison.png");
        assertThat(model.resultProperty().get()).isNotNull();

        fixture.session().switchTo(priya, error -> { });

        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.selected()).doesNotContain(northwind, lattice);
        assertThat(model.yearsProperty().get()).isNotEqualTo(6);
        assertThat(model.growthProperty().get()).isNotEqualByComparingTo("0.15");
        assertThat(model.leaveEnabledProperty().get()).isFalse();
        model.yearsProperty().set(3);

        fixture.session().switchTo(me, error -> { });

        assertThat(model.selected()).containsExactlyInAnyOrder(northwind, lattice);
        assertThat(model.yearsProperty().get()).isEqualTo(6);
        assertThat(model.growthProperty().get()).isEqualByComparingTo(new BigDecimal("0.15"));
        assertThat(model.leaveEnabledProperty().get()).isTrue();
        assertThat(model.leaveMonthProperty().get()).isEqualTo(20);

        fixture.session().switchTo(priya, error -> { });
        assertThat(model.yearsProperty().get()).as("Priya's own change was kept for her").isEqualTo(3);
    }
}
