package com.counteroffer.cli;

import com.counteroffer.service.AppInfo;
import picocli.CommandLine;

/** Answers {@code --version} from the version the build stamped in. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {AppInfo.NAME + " " + AppInfo.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
