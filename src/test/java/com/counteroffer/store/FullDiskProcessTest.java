package com.counteroffer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.data.OfferCsv;
import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.exchange.ClientBundle;
import com.counteroffer.domain.offer.Offer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a really full disk: a 3 MB tmpfs mounted in a private user and mount
 * namespace ({@code unshare -rm}, no privileges needed where the kernel allows it; skipped where
 * it does not). Reading works read-only at 0 bytes free, a change and an import say the disk is
 * full and where, and the import saved nothing.
 */
@Tag("process") // starts other JVMs: slow; excluded from the quick loop with -DexcludedGroups=process
class FullDiskProcessTest {

    @TempDir
    Path folder;

    @Test
    void onAFullDiskReadsWorkAndChangesSayTheDiskIsFull() throws Exception {
        Assumptions.assumeTrue(namespacesAvailable(), "unshare -rm with a tmpfs is not available here");
        Path csv = folder.resolve("offers.csv");
        Files.writeString(csv, OfferCsv.write(List.of(new ClientBundle(null, offers(3000), List.of())), false),
                StandardCharsets.UTF_8);
        Path disk = Files.createDirectory(folder.resolve("disk"));
        Path out = Files.createDirectory(folder.resolve("out"));
        String db = disk.resolve("data/counteroffer.db").toString();
        Path script = folder.resolve("full-disk.sh");
        Files.writeString(script, String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=3m tmpfs \"$DISK\" || exit 90",
                "run() { name=$1; shift; \"$JAVA\" -Djava.awt.headless=true -cp \"$CP\" com.counteroffer.app.Launcher"
                        + " \"$@\" --db \"$DB\" >\"$OUT/$name.out\" 2>\"$OUT/$name.err\"; echo $? >\"$OUT/$name.code\"; }",
                "run add-ada clients add Ada",
                "run add-bea clients add Bea",
                "rm -rf \"$DISK/data/backups\"",
                "dd if=/dev/zero of=\"$DISK/fill\" bs=1k 2>/dev/null",
                "run list-full clients list",
                "run add-full clients add Cyd",
                "rm \"$DISK/fill\"; dd if=/dev/zero of=\"$DISK/fill\" bs=1k count=2700 2>/dev/null",
                "run import-full import \"$CSV\"",
                "rm \"$DISK/fill\"",
                "run list-after clients list",
                "run offers-after offers list",
                ""));
        ProcessBuilder builder = new ProcessBuilder("unshare", "-rm", "sh", script.toString());
        builder.environment().remove("COUNTEROFFER_DB");
        builder.environment().put("DISK", disk.toString());
        builder.environment().put("OUT", out.toString());
        builder.environment().put("DB", db);
        builder.environment().put("CSV", csv.toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("CP", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")));
        Process run = builder.redirectErrorStream(true).start();
        String shell = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(shell).isZero();

        assertThat(code(out, "add-bea")).as(text(out, "add-bea.err")).isZero();

        assertThat(code(out, "list-full")).as(text(out, "list-full.err")).isZero();
        assertThat(text(out, "list-full.out")).contains("Ada").contains("Bea");
        assertThat(text(out, "list-full.err")).contains("read-only").contains("is full");

        assertThat(code(out, "add-full")).isEqualTo(3);
        assertThat(text(out, "add-full.err")).contains("is full").contains(disk.resolve("data").toString())
                .contains("Free at least");

        assertThat(code(out, "import-full")).isEqualTo(3);
        assertThat(text(out, "import-full.err")).contains("is full").contains(disk.resolve("data").toString())
                .doesNotContain("no transaction is active").doesNotContain("\tat ");

        assertThat(code(out, "list-after")).isZero();
        assertThat(text(out, "list-after.out")).contains("Ada").contains("Bea").doesNotContain("Cyd");
        assertThat(code(out, "offers-after")).isZero();
        assertThat(text(out, "offers-after.out")).as("the import saved all or nothing").doesNotContain("Company 1");
        for (String name : List.of("list-full", "add-full", "import-full")) {
            assertThat(text(out, name + ".err")).as(name).doesNotContain("\tat ").doesNotContain("disk I/O error");
        }
    }

    private static boolean namespacesAvailable() {
        try {
            Process probe = new ProcessBuilder("unshare", "-rm", "sh", "-c",
                    "d=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs \"$d\" && umount \"$d\"; s=$?; rmdir \"$d\"; exit $s")
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static int code(Path out, String name) throws Exception {
        return Integer.parseInt(text(out, name + ".code").strip());
    }

    private static String text(Path out, String name) throws Exception {
        Path file = out.resolve(name);
        return Files.exists(file) ? Files.readString(file) : "(no " + name + ")";
    }

    private static List<Offer> offers(int count) throws Exception {
        Offer sample = OfferJson.read(Files.readString(Path.of("assets", "sample-offers", "sample-bigtech-amazon.json")),
                "sample");
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var tree = OfferJson.tree(sample);
            tree.put("company", "Company " + i);
            tree.put("base", 150_000 + i);
            offers.add(OfferJson.fromTree(tree, "row " + i));
        }
        return offers;
    }
}
