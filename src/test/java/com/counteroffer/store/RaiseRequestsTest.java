package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaiseRequestsTest {

    @TempDir
    Path folder;

    @Test
    void theWatchingWindowIsAskedToComeForwardAndTheAskerHearsItWasDone() throws Exception {
        Path db = folder.resolve("counteroffer.db");
        AtomicInteger raised = new AtomicInteger();
        try (RaiseRequests ignored = RaiseRequests.watch(db, raised::incrementAndGet)) {
            assertThat(RaiseRequests.ask(db, Duration.ofSeconds(10))).isTrue();
            assertThat(RaiseRequests.ask(db, Duration.ofSeconds(10))).isTrue();
        }
        assertThat(raised.get()).isEqualTo(2);
        assertThat(RaiseRequests.requestFile(db)).doesNotExist();
    }

    @Test
    void withNoWindowWatchingTheAskGivesUpAndWithdrawsTheRequest() {
        Path db = folder.resolve("counteroffer.db");

        assertThat(RaiseRequests.ask(db, Duration.ofMillis(300))).isFalse();
        assertThat(Files.exists(RaiseRequests.requestFile(db))).isFalse();
    }
}
