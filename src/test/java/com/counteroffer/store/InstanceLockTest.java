package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondWindowOnTheSameDataIsToldItIsAlreadyOpenAndCanOpenOnceTheFirstCloses() {
        Path db = folder.resolve("counteroffer.db");
        InstanceLock first = InstanceLock.acquire(db);
        assertThatThrownBy(() -> InstanceLock.acquire(db))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.ALREADY_OPEN);
                    assertThat(e.getMessage()).contains("already open").contains(db.toString()).contains("--db");
                });
        InstanceLock other = InstanceLock.acquire(folder.resolve("other.db"));
        other.close();
        first.close();
        InstanceLock.acquire(db).close();
    }
}
