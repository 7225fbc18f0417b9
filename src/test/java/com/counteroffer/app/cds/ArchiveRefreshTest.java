package com.counteroffer.app.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveRefreshTest {

    @TempDir
    Path dir;

    @Test
    void aCopyWhoseArchiveWasWrittenElsewhereRefreshesIt() throws Exception {
        Files.writeString(dir.resolve("counteroffer.classes"), "com/counteroffer/app/Launcher\n");
        Files.writeString(dir.resolve("counteroffer.jsa.dir"), "/opt/elsewhere/Counteroffer/lib/app\n");

        assertThat(new ArchiveRefresh.Plan(dir, "counteroffer").needed()).isTrue();
    }

    @Test
    void theImageWhereItsArchiveWasWrittenLeavesItAlone() throws Exception {
        Files.writeString(dir.resolve("counteroffer.classes"), "com/counteroffer/app/Launcher\n");
        Files.writeString(dir.resolve("counteroffer.jsa.dir"), dir + "\n");

        assertThat(new ArchiveRefresh.Plan(dir, "counteroffer").needed()).isFalse();
    }

    @Test
    void withoutAClassListThereIsNothingToDo() {
        assertThat(new ArchiveRefresh.Plan(dir, "counteroffer").needed()).isFalse();
    }

    @Test
    void theBackgroundRunUsesThisRuntimeAndClassPathAndWritesTheArchiveHere() {
        List<String> command = new ArchiveRefresh.Plan(dir, "counteroffer-cli").command(Path.of("/opt/x/lib/runtime"),
                "/opt/x/lib/app/counteroffer.jar:/opt/x/lib/app/lib/a.jar");

        assertThat(command.get(0)).startsWith("/opt/x/lib/runtime/bin/java");
        assertThat(command).contains("-XX:ArchiveClassesAtExit=" + dir.resolve("counteroffer-cli.jsa"),
                "/opt/x/lib/app/counteroffer.jar:/opt/x/lib/app/lib/a.jar", LoadClasses.class.getName(),
                dir.resolve("counteroffer-cli.classes").toString(), dir.resolve("counteroffer-cli.jsa.dir").toString());
    }

    @Test
    void loadClassesSkipsWhatIsNotThereAndRecordsTheFolder() throws Exception {
        Path list = dir.resolve("c.classes");
        Files.write(list, List.of("com/counteroffer/app/cds/ClassLists", "com/counteroffer/NoSuchClass", ""));
        Path marker = dir.resolve("c.jsa.dir");

        LoadClasses.main(new String[] {list.toString(), marker.toString(), "/somewhere"});

        assertThat(Files.readString(marker).strip()).isEqualTo("/somewhere");
        assertThat(LoadClasses.load(Files.readAllLines(list))).isEqualTo(1);
    }
}
