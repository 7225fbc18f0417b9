package com.counteroffer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Review finding 15: what a screen reader says is text shown to users too, so it comes from
 * messages.properties (ui.text), never from English written in a controller.
 */
class AccessibleTextInMessagesTest {

    private static final Pattern ENGLISH = Pattern.compile("setAccessible(Text|Help)\\(\\s*\"");

    @Test
    void noControllerSpellsOutAccessibleText() throws IOException {
        List<String> spelled;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/counteroffer/ui"))) {
            spelled = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> ENGLISH.matcher(read(file)).find())
                    .map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertThat(spelled).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
