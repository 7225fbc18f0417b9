package com.counteroffer.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name and version, stamped into {@code version.properties} by the build. */
public final class AppInfo {

    public static final String NAME = "Counteroffer";
    private static final String VERSION = readVersion();

    private AppInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "development");
            return version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
