package com.counteroffer.bench;

import com.counteroffer.cli.StartupOptions;

import com.counteroffer.app.CounterofferApp;
import com.counteroffer.app.Session;
import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.store.Database;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.ui.compare.CompareController;
import com.counteroffer.ui.compare.CompareModel;
import com.counteroffer.ui.common.Screen;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * How long the compare screen takes to update after a control changes, with six offers over ten
 * years: the real application on the headless toolkit; each sample is one control change plus the
 * recomputation, the rebuilt table and charts, CSS and layout, timed on the JavaFX thread.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:exec@compare-screen</pre>
 */
public final class CompareScreenProbe {

    private static final int WARMUP = 20;
    private static final int SAMPLES = 60;

    private CompareScreenProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Files.createTempDirectory("compare-probe").resolve("probe.db");
        try (Database database = Database.open(db)) {
            OfferRepository offers = new OfferRepository(database, Clock.systemUTC());
            for (Offer offer : sixOffers()) {
                offers.add(1, offer).join();
            }
        }
        PrintWriter quiet = new PrintWriter(PrintWriter.nullWriter());
        Session session = Session.begin(new StartupOptions(db, false, quiet, quiet));
        CounterofferApp app = new CounterofferApp(session);
        app.init();
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            app.start(stage);
            shown.complete(stage);
        });
        Stage stage = shown.get(60, TimeUnit.SECONDS);
        CompareController compare = onFx(() -> {
            app.mainWindow().show(Screen.COMPARE);
            return app.mainWindow().controller(Screen.COMPARE, CompareController.class);
        });
        CompareModel model = compare.model();
        onFx(() -> {
            model.selected().setAll(model.available().stream().map(s -> s.id()).toList());
            model.yearsProperty().set(10);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (onFx(() -> model.resultProperty().get() == null || model.resultProperty().get().takeHome() == null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the tax tables never loaded");
            }
            Thread.sleep(50);
        }
        List<Consumer<Integer>> controls = List.of(
                i -> model.growthProperty().set(CompareModel.SCENARIOS.get(i % 3)),
                i -> {
                    model.leaveEnabledProperty().set(true);
                    model.leaveMonthProperty().set(6 + i % 40);
                },
                i -> model.yearsProperty().set(i % 2 == 0 ? 10 : 9),
                i -> model.offerGrowth().put(model.selected().get(0), new BigDecimal(i % 2 == 0 ? "-0.2" : "0.1")));
        List<String> names = List.of("growth scenario", "leave month", "horizon", "per-offer growth");
        List<List<Double>> byControl = new ArrayList<>();
        names.forEach(n -> byControl.add(new ArrayList<>()));
        List<Double> millis = new ArrayList<>();
        Parent root = stage.getScene().getRoot();
        for (int i = 0; i < WARMUP + SAMPLES; i++) {
            int step = i;
            double elapsed = onFx(() -> {
                long start = System.nanoTime();
                controls.get(step % controls.size()).accept(step);
                root.applyCss();
                root.layout();
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= WARMUP) {
                millis.add(elapsed);
                byControl.get(step % controls.size()).add(elapsed);
            }
        }
        Collections.sort(millis);
        System.out.printf("compare screen update, 6 offers x 10 years, %d samples: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                millis.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
        for (int c = 0; c < names.size(); c++) {
            List<Double> samples = byControl.get(c);
            Collections.sort(samples);
            System.out.printf("  %-16s median %.1f ms, max %.1f ms%n", names.get(c), samples.get(samples.size() / 2),
                    samples.get(samples.size() - 1));
        }
        Platform.exit();
        session.close();
        System.exit(0);
    }

    private static List<Offer> sixOffers() throws Exception {
        List<Offer> offers = new ArrayList<>();
        for (String sample : List.of("sample-ai-startup", "sample-bigtech-amazon", "sample-current-job")) {
            Offer offer = OfferJson.read(Files.readString(Path.of("assets/sample-offers/" + sample + ".json")), sample);
            offers.add(offer);
            offers.add(new Offer(offer.company() + " B", offer.title(), offer.level(), offer.location(),
                    offer.startDate(), offer.deadline(), offer.status(), offer.remotePolicy(), offer.notes(), false,
                    offer.base() + 15_000, offer.yearlyRaisePercent(), offer.bonus(), offer.signOns(), offer.clawback(),
                    offer.relocation(), offer.equity(), offer.refreshers(), offer.match(), offer.benefitsValue(),
                    offer.ptoDays()));
        }
        return offers;
    }

    private interface FxWork<T> {
        T run() throws Exception;
    }

    private static <T> T onFx(FxWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.run());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
