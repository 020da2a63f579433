package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.spinflow.data.CsvDatasets;
import org.spinflow.data.DataException;
import org.spinflow.data.Dataset;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: the CSV data loader ({@link CsvDatasets#load(Path)}, raw or gzip). Every input either
 * loads into a consistent data set or is refused with a one-line {@link DataException} naming the file.
 */
class CsvDataFuzzTest {

    private static final FuzzSupport.Counter COUNTER = new FuzzSupport.Counter("csv");
    private static Path dir;

    @BeforeAll
    static void setUp() {
        dir = FuzzSupport.scratch("csv");
    }

    @AfterAll
    static void tearDown() {
        COUNTER.report();
        FuzzSupport.deleteRecursively(dir);
    }

    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "csv.dict")
    void load(byte[] data) {
        COUNTER.start();
        Path file = dir.resolve("fuzz.csv");
        FuzzSupport.write(file, data);
        Dataset d;
        try {
            d = CsvDatasets.load(file);
        } catch (DataException e) {
            FuzzSupport.assertCleanMessage(e, file.getFileName().toString());
            COUNTER.refused.incrementAndGet();
            return;
        }
        assertTrue(d.n() > 0 && d.d() > 0 && d.classes() > 0, "empty data set loaded");
        assertEquals(d.classes(), d.classNames().length, "class names");
        COUNTER.loaded.incrementAndGet();
    }
}
