import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;

/**
 * The start-up baseline for bench/startup.sh: the least a JavaFX desktop app can show, one window
 * with one chart, reporting its first frame exactly as Counteroffer's --startup-probe does
 * ({"event":"ready","ms":N,"rss_kb":M}) and then exiting.
 */
public final class MinimalChartWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        NumberAxis years = new NumberAxis();
        NumberAxis pay = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(years, pay);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int year = 1; year <= 4; year++) {
            series.getData().add(new XYChart.Data<>(year, 200_000 + year * 25_000));
        }
        chart.getData().add(series);
        Scene scene = new Scene(chart, 1240, 820);
        stage.setTitle("Baseline");
        stage.setScene(scene);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("{\"event\":\"ready\",\"ms\":" + ms + ",\"rss_kb\":" + rssKb() + "}");
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.show();
        Platform.requestNextPulse();
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux: no figure
        }
        return -1;
    }
}
