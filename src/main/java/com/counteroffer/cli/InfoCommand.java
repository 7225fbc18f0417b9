package com.counteroffer.cli;

import com.counteroffer.service.AppInfo;
import com.counteroffer.service.DataFiles;
import com.counteroffer.service.Services;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counteroffer info}: which database this would use, and its schema version. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the version, the database file in use and its schema version (creates the database if missing).")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        Map<String, Object> info = new LinkedHashMap<>();
        try (Services services = root.openServices()) {
            info.put("version", AppInfo.version());
            info.put("database", services.databaseFile().toString());
            info.put("settings", DataFiles.settingsFile(services.databaseFile()).toString());
            info.put("schema_version", services.schemaVersion());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(info));
        } else {
            out.println(AppInfo.NAME + " " + info.get("version"));
            out.println("Database:       " + info.get("database"));
            out.println("Settings:       " + info.get("settings"));
            out.println("Schema version: " + info.get("schema_version"));
        }
        return ExitCode.OK;
    }
}
