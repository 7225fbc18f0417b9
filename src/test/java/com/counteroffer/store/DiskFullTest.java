package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full disk is called a full disk, with the folder and the room needed, and changes stay
 * all-or-nothing. SQLite is made to run out of room with {@code PRAGMA max_page_count}.
 */
class DiskFullTest {

    @TempDir
    Path folder;

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("com.counteroffer.store").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("com.counteroffer.store").removeHandler(capture);
    }

    @Test
    void aChangeThatDoesNotFitSaysTheDiskIsFullAndSavesNothing() {
        Path db = folder.resolve("data/counteroffer.db");
        try (Database database = Database.open(db)) {
            String before = StoreFiles.clientNames(database);
            limitToCurrentSize(database);

            assertThatThrownBy(() -> database.transaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO client(name, created_at) VALUES (?, 'now')")) {
                    for (int i = 0; i < 500; i++) {
                        insert.setString(1, "client " + i + " " + "x".repeat(1000));
                        insert.executeUpdate();
                    }
                }
                return null;
            }).join()).isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.getMessage()).contains("full").contains(db.getParent().toString()).contains("Free at least")
                        .doesNotContain("no transaction is active");
                assertThat(rootMessage(e)).contains("SQLITE_FULL");
            });
            assertThat(logged).noneMatch(record -> record.getLevel().intValue() >= Level.SEVERE.intValue());

            assertThat(StoreFiles.clientNames(database)).as("all or nothing").isEqualTo(before);
            database.submit(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = 1073741823");
                }
                return null;
            }).join();
            database.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO client(name, created_at) VALUES ('Fits again', 'now')");
                }
                return null;
            }).join();
            assertThat(StoreFiles.clientNames(database)).contains("Fits again");
        }
    }

    @Test
    void theDailyBackupIsSkippedWithAWarningWhenThereIsNoRoom() {
        Path db = folder.resolve("daily/counteroffer.db");
        Database.open(db).close();
        try (Database database = Database.open(db, where -> 0L)) {
            assertThat(StoreFiles.clientNames(database)).contains("Me");
            assertThat(database.backups().list()).isEmpty();
        }
        assertThat(logged).anySatisfy(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("daily backup").contains("full");
        });
    }

    @Test
    void aBackupOnRequestWithNoRoomSaysTheDiskIsFull() {
        Path db = folder.resolve("manual/counteroffer.db");
        Database.open(db).close();
        try (Database database = Database.open(db, where -> 0L)) {
            assertThatThrownBy(() -> database.backupNow().join()).cause().isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.getMessage()).contains("full").contains(database.backups().folder().toString()));
        }
    }

    @Test
    void anIoErrorWithNoRoomLeftIsAFullDisk() throws IOException {
        Path db = folder.resolve("io/counteroffer.db");
        Files.createDirectories(db.getParent());
        Files.write(db, new byte[3 * 1024 * 1024]);
        SQLiteException shm = new SQLiteException("[SQLITE_IOERR_SHMSIZE] I/O error within xShmMap (disk I/O error)",
                SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);

        StoreException noRoom = Database.classify(db, shm, where -> 0L);
        assertThat(noRoom.getMessage()).contains("full").contains(db.getParent().toString()).contains("3 MB");
        StoreException room = Database.classify(db, shm, where -> 1L << 40);
        assertThat(room.getMessage()).doesNotContain("is full");

        StoreException io = DiskSpace.full(db.getParent(), 5_000_000,
                new FileSystemException(db.toString(), null, "No space left on device"));
        assertThat(io.getMessage()).contains("full").contains(db.getParent().toString()).contains("5 MB");
        assertThat(DiskSpace.isFull(new FileSystemException(db.toString(), null, "No space left on device"))).isTrue();
        assertThat(DiskSpace.isFull(new IOException("Permission denied"))).isFalse();
    }

    private static void limitToCurrentSize(Database database) {
        database.submit(c -> {
            try (Statement s = c.createStatement()) {
                int pages;
                try (ResultSet r = s.executeQuery("PRAGMA page_count")) {
                    r.next();
                    pages = r.getInt(1);
                }
                s.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        }).join();
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
