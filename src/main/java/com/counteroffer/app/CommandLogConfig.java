package com.counteroffer.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The log set-up of a command, named by {@code java.util.logging.config.class} so that it applies only when
 * something first logs. Setting it eagerly cost a command ~25 ms of start-up: starting java.util.logging
 * looks for logger services in every jar on the class path. Same settings as before: the JDK's defaults,
 * the console handler off (a command says what matters in its own words on standard error), PDFBox's
 * font substitutions not logged.
 */
public final class CommandLogConfig {

    static final String SETTINGS = """
            handlers=java.util.logging.ConsoleHandler
            .level=INFO
            java.util.logging.ConsoleHandler.level=OFF
            java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter
            org.apache.pdfbox.level=SEVERE
            """;

    public CommandLogConfig() throws IOException {
        LogManager.getLogManager().readConfiguration(
                new ByteArrayInputStream(SETTINGS.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
