package com.counteroffer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key that FXML or Java asks for exists in the bundle, so no screen shows a raw key. */
class MessagesConsistencyTest {

    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("getString\\(\"([A-Za-z0-9_.]+)\"\\)");
    private static final Pattern ENUM_KEY = Pattern.compile("\\(\"((?:nav|screen)\\.[A-Za-z0-9_.]+)\"");

    @Test
    void everyKeyUsedExists() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("com.counteroffer.i18n.messages");
        List<String> missing = new ArrayList<>();
        for (Path file : files(Path.of("src/main/resources"), ".fxml")) {
            collectMissing(file, FXML_KEY, bundle, missing);
        }
        // Only the screens and the app read the bundle; getString elsewhere is JDBC.
        List<Path> javaFiles = new ArrayList<>(files(Path.of("src/main/java/com/counteroffer/ui"), ".java"));
        javaFiles.addAll(files(Path.of("src/main/java/com/counteroffer/app"), ".java"));
        for (Path file : javaFiles) {
            collectMissing(file, JAVA_KEY, bundle, missing);
            collectMissing(file, ENUM_KEY, bundle, missing);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckFindsKeysAtAll() throws IOException {
        // Guards the test above against silently scanning nothing.
        assertThat(files(Path.of("src/main/resources"), ".fxml")).isNotEmpty();
    }

    private static void collectMissing(Path file, Pattern pattern, ResourceBundle bundle, List<String> missing)
            throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
            if (!bundle.containsKey(matcher.group(1))) {
                missing.add(file.getFileName() + ": " + matcher.group(1));
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
