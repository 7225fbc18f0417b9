package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void everyMigrationFileIsListedInOrder() throws Exception {
        Path folder = Path.of(Migrations.class.getResource("migrations").toURI());
        List<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    (a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        assertThat(Migrations.FILES).isEqualTo(onDisk);
        for (int i = 0; i < onDisk.size(); i++) {
            assertThat(version(onDisk.get(i))).as(onDisk.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void splitsStatementsAtLineEndingSemicolonsAndDropsComments() {
        List<String> statements = Migrations.statements("""
                -- a comment; with a semicolon
                CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- trailing
                INSERT INTO a VALUES ('1');

                INSERT INTO a VALUES ('2')
                """);
        assertThat(statements).containsExactly(
                "CREATE TABLE a (x TEXT DEFAULT 'a;b')",
                "INSERT INTO a VALUES ('1')",
                "INSERT INTO a VALUES ('2')");
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

}
