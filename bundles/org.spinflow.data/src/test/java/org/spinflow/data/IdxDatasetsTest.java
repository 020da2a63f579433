package org.spinflow.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class IdxDatasetsTest {

    @TempDir
    Path tmp;

    @Test
    void mnistTrain() {
        Dataset train = IdxDatasets.loadDir(TestData.shared("mnist"), true);
        assertEquals(60000, train.n());
        assertEquals(784, train.d());
        assertEquals(10, train.classes());
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}, train.classCounts());
        assertEquals(5, train.label(0));
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : train.features()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0f, min);
        assertEquals(255f, max);
        assertEquals("mnist/train-images-idx3-ubyte.gz", train.source());
    }

    @Test
    void mnistTest() {
        Dataset test = IdxDatasets.loadDir(TestData.shared("mnist"), false);
        assertEquals(10000, test.n());
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, test.classCounts());
        assertEquals(7, test.label(0));
    }

    @Test
    void fashionMnistTest() {
        Dataset test = IdxDatasets.loadDir(TestData.shared("fashion-mnist"), false)
                .withClassNames(IdxDatasets.FASHION_MNIST_CLASSES);
        assertEquals(10000, test.n());
        int[] thousand = new int[10];
        Arrays.fill(thousand, 1000);
        assertArrayEquals(thousand, test.classCounts());
        assertEquals("Ankle boot", test.className(test.label(0)));
    }

    @Test
    void rawFilesLoadIdenticallyToGzip() throws IOException {
        Path mnist = TestData.shared("mnist");
        Path raw = Files.createDirectory(tmp.resolve("raw"));
        for (String f : new String[] {"t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(mnist.resolve(f + ".gz")))) {
                Files.copy(in, raw.resolve(f));
            }
        }
        Dataset fromGz = IdxDatasets.loadDir(mnist, false);
        Dataset fromRaw = IdxDatasets.loadDir(raw, false);
        assertEquals(fromGz.n(), fromRaw.n());
        assertEquals(fromGz.d(), fromRaw.d());
        assertArrayEquals(fromGz.labels(), fromRaw.labels());
        assertArrayEquals(fromGz.features(), fromRaw.features());
        assertEquals("raw/t10k-images-idx3-ubyte", fromRaw.source());
    }

    @Test
    void syntheticRoundTripRawAndGzipByMagic() throws IOException {
        byte[] px = {0, 1, 2, 3, 4, 5, (byte) 200, (byte) 255, 9, 10, 11, 12};
        byte[] lab = {2, 0, 1};
        Path img = write("imgs.bin", TestData.idxImages(2051, 3, 2, 2, px));
        Path lbl = write("labels.gz.not", TestData.gzip(TestData.idxLabels(2049, 3, lab)));
        Dataset ds = IdxDatasets.load(img, lbl);
        assertEquals(3, ds.n());
        assertEquals(4, ds.d());
        assertEquals(3, ds.classes());
        assertArrayEquals(new int[] {2, 0, 1}, ds.labels());
        assertArrayEquals(new float[] {4, 5, 200, 255}, ds.row(1));
    }

    @Test
    void truncatedImages() throws IOException {
        byte[] full = TestData.idxImages(2051, 3, 2, 2, new byte[12]);
        Path lbl = write("l", TestData.idxLabels(2049, 3, new byte[3]));
        Path raw = write("short-images", Arrays.copyOf(full, full.length - 5));
        assertMessage(() -> IdxDatasets.load(raw, lbl),
                "short-images: truncated: header declares 3 images of 2x2 (12 bytes of pixels) but only 7 bytes");
        Path header = write("tiny-images", Arrays.copyOf(full, 10));
        assertMessage(() -> IdxDatasets.load(header, lbl), "tiny-images: truncated: only 10 bytes, expected a 16-byte");
        byte[] gz = TestData.gzip(full);
        Path cut = write("cut-images.gz", Arrays.copyOf(gz, gz.length - 12));
        assertMessage(() -> IdxDatasets.load(cut, lbl), "cut-images.gz: truncated");
    }

    @Test
    void truncatedRealMnistGzip() throws IOException {
        Path mnist = TestData.shared("mnist");
        byte[] gz = Files.readAllBytes(mnist.resolve("t10k-images-idx3-ubyte.gz"));
        Path cut = write("t10k-images-idx3-ubyte.gz", Arrays.copyOf(gz, gz.length / 2));
        assertMessage(() -> IdxDatasets.load(cut, mnist.resolve("t10k-labels-idx1-ubyte.gz")),
                "t10k-images-idx3-ubyte.gz: truncated");
    }

    @Test
    void badMagic() throws IOException {
        Path lbl = write("labels", TestData.idxLabels(2049, 1, new byte[1]));
        Path img = write("images", TestData.idxImages(2051, 1, 1, 1, new byte[1]));
        assertMessage(() -> IdxDatasets.load(write("bogus", TestData.idxImages(0x12345678, 1, 1, 1, new byte[1])), lbl),
                "bogus: bad magic number 0x12345678, expected 0x00000803 (2051, IDX image file)");
        assertMessage(() -> IdxDatasets.load(lbl, img), "images: bad magic number 0x00000803, expected 0x00000801");
        assertMessage(() -> IdxDatasets.load(write("text.csv", "1,2,3\n".getBytes()), lbl), "text.csv: truncated");
    }

    @Test
    void countMismatch() throws IOException {
        Path img = write("images", TestData.idxImages(2051, 3, 1, 1, new byte[3]));
        Path lbl = write("labels", TestData.idxLabels(2049, 2, new byte[2]));
        assertMessage(() -> IdxDatasets.load(img, lbl), "images: header declares 3 images but labels has 2 labels");
        Path extra = write("extra", TestData.idxLabels(2049, 2, new byte[3]));
        assertMessage(() -> IdxDatasets.load(img, extra), "extra: unexpected data after the 2 labels");
    }

    @Test
    void missingFilesAndDirectories() throws IOException {
        Path lbl = write("labels", TestData.idxLabels(2049, 1, new byte[1]));
        assertMessage(() -> IdxDatasets.load(tmp.resolve("gone-images"), lbl), "gone-images: file not found");
        assertMessage(() -> IdxDatasets.loadDir(tmp, true), tmp + ": no train-images-idx3-ubyte");
        assertMessage(() -> IdxDatasets.loadDir(tmp.resolve("nodir"), true), tmp.resolve("nodir") + ": directory not found");
    }

    @Test
    void absurdHeaderRefusedBeforeAllocation() throws IOException {
        // 10^6 images of 1000x1000 = 10^12 values in a 16-byte file: refused from the header alone.
        Path img = write("huge-images", TestData.idxImages(2051, 1_000_000, 1000, 1000, new byte[0]));
        Path lbl = write("labels", TestData.idxLabels(2049, 1_000_000, new byte[1_000_000]));
        DataException e = assertThrows(DataException.class, () -> IdxDatasets.load(img, lbl));
        assertTrue(e.getMessage().startsWith("huge-images: header declares 1000000 images of 1000x1000 = "
                + "1000000000000 values, more than the limit spinflow.maxDataValues="), e.getMessage());
        assertTrue(e.getMessage().contains("-Dspinflow.maxDataValues=N"), e.getMessage());

        Path badSide = write("side-images", TestData.idxImages(2051, 1, -5, 28, new byte[0]));
        assertMessage(() -> IdxDatasets.load(badSide, lbl), "side-images: header declares images of -5x28");
    }

    @Test
    void configurableLimits() throws IOException {
        Path img = write("images", TestData.idxImages(2051, 2, 3, 3, new byte[18]));
        Path lbl = write("labels", TestData.idxLabels(2049, 2, new byte[2]));
        assertMessage(() -> IdxDatasets.load(img, lbl, new DataLimits(17, 1000)),
                "images: header declares 2 images of 3x3 = 18 values, more than the limit spinflow.maxDataValues=17");
        assertMessage(() -> IdxDatasets.load(img, lbl, new DataLimits(1000, 20)),
                "images: file has 34 bytes, more than the limit spinflow.maxDataBytes=20");
        String old = System.getProperty(DataLimits.MAX_VALUES_PROPERTY);
        try {
            System.setProperty(DataLimits.MAX_VALUES_PROPERTY, "10");
            assertMessage(() -> IdxDatasets.load(img, lbl), "images: header declares 2 images of 3x3 = 18 values");
            System.setProperty(DataLimits.MAX_VALUES_PROPERTY, "lots");
            assertMessage(() -> IdxDatasets.load(img, lbl), "system property spinflow.maxDataValues='lots'");
        } finally {
            if (old == null) {
                System.clearProperty(DataLimits.MAX_VALUES_PROPERTY);
            } else {
                System.setProperty(DataLimits.MAX_VALUES_PROPERTY, old);
            }
        }
        assertEquals(2, IdxDatasets.load(img, lbl).n());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static void assertMessage(Executable call, String expectedPrefix) {
        DataException e = assertThrows(DataException.class, call);
        assertTrue(e.getMessage().startsWith(expectedPrefix), () -> "message was: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one-line message");
    }
}
