package com.counteroffer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lazy command log set-up keeps what the eager one did: console handler off, PDFBox quiet. */
class CommandLogConfigTest {

    @AfterEach
    void restoreDefaults() throws Exception {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void consoleOffAndPdfboxSevereOnlyAsBefore() throws Exception {
        new CommandLogConfig();
        LogManager manager = LogManager.getLogManager();
        assertEquals("OFF", manager.getProperty("java.util.logging.ConsoleHandler.level"));
        assertEquals(Level.SEVERE, Logger.getLogger("org.apache.pdfbox").getLevel());
        assertEquals(Level.INFO, Logger.getLogger("").getLevel());
        java.util.logging.Handler[] handlers = Logger.getLogger("").getHandlers();
        assertEquals(1, handlers.length);
        assertEquals(Level.OFF, handlers[0].getLevel());
    }
}
