package org.spinflow.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.experiments.Suite.Point;

/** Reports list a point's settings in the order the suite file gives them, the same in every run. */
class SettingsOrderTest {
    static final Path IRIS = Path.of("../../examples/iris/iris-mtj.spinflow").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void settingsKeepTheSuiteFilesOrder() throws Exception {
        Path file = tmp.resolve("order.json");
        Files.writeString(file, """
                {"name": "order", "title": "order", "threads": 1,
                 "defaults": {"folds": 3, "epochs": 2},
                 "runs": [{"id": "r", "case": "c", "model": "%s", "seeds": [1],
                           "set": {"variability": 0, "noise": 0, "lr": 0.05, "batch_size": 4, "levels": 0}}],
                 "sweeps": [{"id": "s", "title": "t", "model": "%s", "parameter": "noise", "values": [0.01],
                             "set": {"lr": 0.05, "variability": 0.1, "epochs": 1},
                             "series": [{"gradient": "analog-central", "batch_size": 8}], "seeds": [1]}]}
                """.formatted(IRIS, IRIS));
        Suite suite = Suite.load(file, tmp);
        List<Point> points = suite.points();
        Point run = points.stream().filter(p -> p.section().id().equals("r")).findFirst().orElseThrow();
        assertEquals(List.of("folds", "epochs", "variability", "noise", "lr", "batch_size", "levels"),
                List.copyOf(run.settings().keySet()));
        assertEquals("variability=0, noise=0, lr=0.05, batch_size=4, levels=0", Suite.describe(run.section().set()));
        Point sweep = points.stream().filter(p -> p.section().id().equals("s")).findFirst().orElseThrow();
        assertEquals(List.of("folds", "epochs", "lr", "variability", "gradient", "batch_size", "noise"),
                List.copyOf(sweep.settings().keySet()));
    }
}
