package org.spinflow.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps over many seeds (device populations) get a distribution plot and a quantile table. */
class ReportDistributionTest {
    static final Path IRIS = Path.of("../../examples/iris/iris-mtj.spinflow").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] v = {0.1, 0.2, 0.3, 0.4, 0.5};
        assertEquals(0.1, Report.quantile(v, 0), 1e-15);
        assertEquals(0.3, Report.quantile(v, 0.5), 1e-15);
        assertEquals(0.5, Report.quantile(v, 1), 1e-15);
        assertEquals(0.12, Report.quantile(v, 0.05), 1e-12);
        assertTrue(Double.isNaN(Report.quantile(new double[0], 0.5)));
    }

    @Test
    void consecutiveSeedsAreRanges() {
        assertEquals("[1-100]", Report.seedRanges(java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList()));
        assertEquals("[1, 2, 5-7, 9]", Report.seedRanges(java.util.List.of(1L, 2L, 5L, 6L, 7L, 9L)));
        assertEquals("[3]", Report.seedRanges(java.util.List.of(3L)));
    }

    @Test
    void manySeedsGiveADistributionSectionFewDoNot() throws Exception {
        Path f = tmp.resolve("mc.json");
        Files.writeString(f, """
                {"sweeps": [
                  {"id": "pop", "title": "Populations", "model": "%1$s", "parameter": "variability", "values": [0.2],
                   "series": [{"gradient": "analog-central"}, {"gradient": "exact"}], "seeds": [1,2,3,4,5,6,7,8,9,10]},
                  {"id": "few", "title": "Few", "model": "%1$s", "parameter": "variability", "values": [0.2], "seeds": [1, 2]}
                ]}
                """.formatted(IRIS.toString().replace("\\", "/")));
        Suite suite = Suite.load(f, tmp);
        ResultsFile results = new ResultsFile(tmp.resolve("out/results.csv"));
        for (Suite.Point p : suite.points()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("key", p.key());
            row.put("status", "ok");
            double acc = 0.80 + 0.01 * p.seed() + (p.seriesIndex() == 1 ? 0.001 : 0);
            row.put("acc_mean", Double.toString(acc));
            row.put("acc_folds", Double.toString(acc));
            results.put(row);
        }
        Report.writeResults(suite, results, tmp.resolve("out"));
        String md = Files.readString(tmp.resolve("out/results.md"));
        assertTrue(md.contains("![Populations: distribution over seeds](img/pop-distribution.png)"), md);
        assertTrue(md.contains("| gradient=analog-central | 10 | 81.00 % | 81.45 % | 85.50 % | 89.55 % | 90.00 % |"), md);
        assertTrue(md.contains("| gradient=exact | 10 | 81.10 % |"), md);
        assertTrue(Files.size(tmp.resolve("out/img/pop-distribution.png")) > 1000);
        assertFalse(Files.exists(tmp.resolve("out/img/few-distribution.png")));
        assertFalse(md.contains("few-distribution"));
    }
}
