package com.counteroffer.app.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveRefreshTest {

    @TempDir
    Path dir;

    private ArchiveRefresh.Plan plan(String stamp) throws Exception {
        Files.writeString(dir.resolve("counteroffer.classes"), "com/counteroffer/app/Launcher\n");
        return new ArchiveRefresh.Plan(dir, dir, "counteroffer", stamp);
    }

    @Test
    void aCopyWhoseArchiveWasWrittenElsewhereRefreshesIt() throws Exception {
        ArchiveRefresh.Plan plan = plan(dir + "\n1.0\n10 20");
        Files.writeString(plan.archive(), "jsa");
        Files.writeString(plan.marker(), "/opt/elsewhere/Counteroffer/lib/app\n1.0\n10 20\n");

        assertThat(plan.needed()).isTrue();
    }

    @Test
    void theImageWhereItsArchiveWasWrittenLeavesItAlone() throws Exception {
        ArchiveRefresh.Plan plan = plan(dir + "\n1.0\n10 20");
        Files.writeString(plan.archive(), "jsa");
        Files.writeString(plan.marker(), dir + "\n1.0\n10 20\n");

        assertThat(plan.needed()).isFalse();
    }

    @Test
    void aMarkerWithoutItsArchiveMeansTheDumpDiedAndIsRetried() throws Exception {
        ArchiveRefresh.Plan plan = plan(dir + "\n1.0\n10 20");
        Files.writeString(plan.marker(), dir + "\n1.0\n10 20\n");

        assertThat(plan.needed()).isTrue();
    }

    @Test
    void aNewVersionOrAnotherJarInTheSameFolderRebuilds() throws Exception {
        ArchiveRefresh.Plan plan = plan(dir + "\n1.1\n10 20");
        Files.writeString(plan.archive(), "jsa");
        Files.writeString(plan.marker(), dir + "\n1.0\n10 20\n");
        assertThat(plan.needed()).isTrue();

        Files.writeString(plan.marker(), dir + "\n1.1\n11 20\n");
        assertThat(plan.needed()).isTrue();
    }

    @Test
    void withoutAClassListThereIsNothingToDo() {
        assertThat(new ArchiveRefresh.Plan(dir, dir, "counteroffer", "x").needed()).isFalse();
    }

    @Test
    void theStampHoldsFolderVersionAndJar() throws Exception {
        Path jar = dir.resolve("counteroffer.jar");
        Files.writeString(jar, "12345");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));

        assertThat(ArchiveRefresh.stamp(dir, "2.3", jar)).isEqualTo(dir + "\n2.3\n5 1000000");
    }

    @Test
    void onlyOneRewriteHoldsTheLockUntilItGoesStale() throws Exception {
        ArchiveRefresh.Plan plan = plan("s");
        Instant now = Instant.now();

        assertThat(plan.lock(now)).isTrue();
        assertThat(plan.lock(now)).isFalse();
        assertThat(plan.lock(now.plus(ArchiveRefresh.STALE_LOCK).plusSeconds(1))).isTrue();
    }

    @Test
    void anUnwritableImageUsesTheUserCacheNamedByVersionAndInstallPath() throws Exception {
        Path image = Files.createDirectories(dir.resolve("ro app"));
        Path jar = Files.writeString(image.resolve("counteroffer.jar"), "j");
        image.toFile().setWritable(false);
        try {
            ArchiveRefresh.Plan plan = ArchiveRefresh.plan(jar, "counteroffer", "1.2",
                    Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString()), dir.resolve("home"));
            if (!Files.isWritable(image)) { // root can write anyway: then the image folder is right
                assertThat(plan.home()).isEqualTo(dir.resolve("xdg/counteroffer/cds/1.2-"
                        + ArchiveRefresh.hash(image.toAbsolutePath().toString())));
            }
        } finally {
            image.toFile().setWritable(true);
        }
        assertThat(ArchiveRefresh.cacheDir(Map.of(), dir, "1.2", Path.of("/opt/x")))
                .isEqualTo(dir.resolve(".cache/counteroffer/cds/1.2-" + ArchiveRefresh.hash("/opt/x")));
    }

    @Test
    void theCacheFollowsHomeAsTheLauncherScriptDoes() {
        assertThat(ArchiveRefresh.cacheDir(Map.of("HOME", dir.resolve("h").toString()), Path.of("/nonexistent"), "1",
                Path.of("/opt/x")).toString()).startsWith(dir.resolve("h/.cache/counteroffer/cds").toString());
    }

    @Test
    void theHashIsTheOneTheLauncherScriptComputes() {
        // printf %s '/opt/counteroffer/lib/app' | sha256sum | cut -c1-16
        assertThat(ArchiveRefresh.hash("/opt/counteroffer/lib/app")).isEqualTo(SHA_OF_OPT);
    }

    private static final String SHA_OF_OPT = "7af8440628869fd0";

    @Test
    void theBackgroundRunUsesThisRuntimeAndClassPathAndWritesTheArchiveHere() {
        List<String> command = new ArchiveRefresh.Plan(dir, dir, "counteroffer-cli", "stamp")
                .command(Path.of("/opt/x/lib/runtime"), "/opt/x/lib/app/counteroffer.jar:/opt/x/lib/app/lib/a.jar");

        assertThat(command.get(0)).startsWith("/opt/x/lib/runtime/bin/java");
        assertThat(command).contains("/opt/x/lib/app/counteroffer.jar:/opt/x/lib/app/lib/a.jar",
                ArchiveWriter.class.getName(), dir.resolve("counteroffer-cli.jsa").toString(),
                dir.resolve("counteroffer-cli.classes").toString(), dir.resolve("counteroffer-cli.jsa.dir").toString(),
                "stamp");
    }

    @Test
    void theWriterMovesTheArchiveInPlaceBeforeWritingTheMarker() throws Exception {
        Path temp = Files.writeString(dir.resolve("c.jsa.1.tmp"), "archive");
        Path archive = dir.resolve("c.jsa");
        Path marker = dir.resolve("c.jsa.dir");

        assertThat(ArchiveWriter.install(temp, archive, marker, "stamp")).isTrue();
        assertThat(Files.readString(archive)).isEqualTo("archive");
        assertThat(Files.readString(marker).strip()).isEqualTo("stamp");
        assertThat(temp).doesNotExist();
    }

    @Test
    void aWrittenArchiveIsInstalledOnlyIfAJvmCanMapItStrictly() throws Exception {
        Path temp = dir.resolve("c.jsa.7.tmp");
        List<String> check = ArchiveWriter.checkCommand(temp, "list");

        assertThat(check).contains("-XX:SharedArchiveFile=" + temp, "-Xshare:on", LoadClasses.class.getName(), "list");
        assertThat(check).noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
        Files.writeString(temp, "not an archive");
        assertThat(ArchiveWriter.mapsCleanly(temp, "list")).isFalse();
        assertThat(ArchiveWriter.mapsCleanly(dir.resolve("none.tmp"), "list")).isFalse();
    }

    @Test
    void aDumpThatLeftNoArchiveLeavesNoMarker() throws Exception {
        Path marker = dir.resolve("c.jsa.dir");

        assertThat(ArchiveWriter.install(dir.resolve("c.jsa.1.tmp"), dir.resolve("c.jsa"), marker, "stamp")).isFalse();
        assertThat(marker).doesNotExist();
    }

    @Test
    void loadClassesSkipsWhatIsNotThere() throws Exception {
        Path list = dir.resolve("c.classes");
        Files.write(list, List.of("com/counteroffer/app/cds/ClassLists", "com/counteroffer/NoSuchClass", ""));

        assertThat(LoadClasses.load(Files.readAllLines(list))).isEqualTo(1);
    }
}
