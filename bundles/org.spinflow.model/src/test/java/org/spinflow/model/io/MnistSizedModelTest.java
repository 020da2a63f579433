package org.spinflow.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.Crossbar;
import org.spinflow.model.Network;
import org.spinflow.model.codec.ConductanceCodec;

/**
 * A trained MNIST-sized model (784x256x10 with conductance pairs) must save to at most 5 MB and
 * load fast. The size is asserted; the load time is recorded (TestReporter entries and
 * target/mnist-model-figures.properties) and asserted only against a generous bound: real timing
 * belongs to a benchmark.
 */
class MnistSizedModelTest {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void savesSmallAndLoadsFast(TestReporter reporter) throws IOException {
        Network net = TestModels.mnist(20240601L);
        Path file = dir.resolve("mnist.spinflow");
        long t0 = System.nanoTime();
        ModelIO.save(net, file);
        long saveMs = (System.nanoTime() - t0) / 1_000_000;
        long size = Files.size(file);
        assertTrue(size <= MAX_BYTES, "MNIST-sized model is " + size + " bytes, over 5 MB");

        long t1 = System.nanoTime();
        ModelIO.load(file); // first load pays for class loading and JIT warm-up
        long firstMs = (System.nanoTime() - t1) / 1_000_000;
        assertTrue(firstMs <= 5000, "first load took " + firstMs + " ms");
        long best = Long.MAX_VALUE;
        Network loaded = null;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            loaded = ModelIO.load(file);
            best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
        }
        reporter.publishEntry("mnistModelBytes", Long.toString(size));
        reporter.publishEntry("mnistSaveMillis", Long.toString(saveMs));
        reporter.publishEntry("mnistFirstLoadMillis", Long.toString(firstMs));
        reporter.publishEntry("mnistLoadMillis", Long.toString(best));
        Path target = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("mnist-model-figures.properties"), "# MNIST-sized model 784x256x10 with conductance pairs\n"
                    + "bytes=" + size + "\nsaveMillis=" + saveMs + "\nfirstLoadMillis=" + firstMs + "\nloadMillisBestOf3=" + best + "\n");
        }
        assertTrue(best <= 5000, "loading took " + best + " ms");

        for (int i : new int[] {1, 3}) {
            ConductanceCodec.Pairs e = ConductanceCodec.getPairs((Crossbar) net.getNodes().get(i));
            ConductanceCodec.Pairs a = ConductanceCodec.getPairs((Crossbar) loaded.getNodes().get(i));
            assertEquals(e.rows(), a.rows());
            assertArrayEquals(e.gPlus(), a.gPlus());
            assertArrayEquals(e.gMinus(), a.gMinus());
        }
        assertEquals(785, ConductanceCodec.getPairs((Crossbar) loaded.getNodes().get(1)).rows());
    }
}
