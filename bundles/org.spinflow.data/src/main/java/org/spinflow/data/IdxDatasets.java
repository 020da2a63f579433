package org.spinflow.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads image classification data in the IDX format of MNIST and Fashion-MNIST: an image file
 * (big-endian int32 magic 2051, count, rows, cols, then unsigned bytes) and a label file (magic
 * 2049, count, then unsigned bytes). Files may be raw or gzip-compressed; compression is detected
 * from the magic bytes 1f 8b, not from the extension.
 *
 * <p>Pixels become floats 0..255, one row of {@code rows*cols} features per image (row-major);
 * normalisation is left to {@link Normaliser}. Class names are the label digits {@code "0".."9"};
 * use {@link Dataset#withClassNames} with {@link #FASHION_MNIST_CLASSES} for Fashion-MNIST.
 *
 * <p>Resource limits ({@link DataLimits}) are checked against the file size and the header's
 * claims before anything large is allocated.
 */
public final class IdxDatasets {

    public static final int IMAGES_MAGIC = 2051;
    public static final int LABELS_MAGIC = 2049;
    /** Largest accepted image side. */
    public static final int MAX_SIDE = 1 << 16;

    /** The Fashion-MNIST class names, indexed by label. */
    public static final String[] FASHION_MNIST_CLASSES = {
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"
    };

    private IdxDatasets() {
    }

    /** Loads an image file and its label file with the limits from the system properties. */
    public static Dataset load(Path imagesFile, Path labelsFile) {
        return load(imagesFile, labelsFile, DataLimits.fromSystemProperties());
    }

    /** Loads an image file and its label file. */
    public static Dataset load(Path imagesFile, Path labelsFile, DataLimits limits) {
        String imagesName = DataFiles.name(imagesFile);
        String labelsName = DataFiles.name(labelsFile);

        // Labels first: they are small, and a count mismatch is then reported before the big read.
        byte[] labelBytes;
        try (InputStream in = DataFiles.open(labelsFile, limits)) {
            byte[] h = header(in, labelsName, 8, "label");
            int magic = be32(h, 0);
            if (magic != LABELS_MAGIC) {
                throw badMagic(labelsName, magic, LABELS_MAGIC, "label");
            }
            int count = be32(h, 4);
            if (count <= 0) {
                throw new DataException(labelsName + ": header declares " + count + " labels, expected a positive count");
            }
            if (count > limits.maxValues()) {
                throw new DataException(labelsName + ": header declares " + count + " labels, more than the "
                        + limits.valuesHint());
            }
            labelBytes = body(in, labelsName, count, count + " labels");
        } catch (IOException e) {
            throw DataFiles.io(labelsName, e);
        }

        float[] pixels;
        int count;
        int rows;
        int cols;
        try (InputStream in = DataFiles.open(imagesFile, limits)) {
            byte[] h = header(in, imagesName, 16, "image");
            int magic = be32(h, 0);
            if (magic != IMAGES_MAGIC) {
                throw badMagic(imagesName, magic, IMAGES_MAGIC, "image");
            }
            count = be32(h, 4);
            rows = be32(h, 8);
            cols = be32(h, 12);
            if (count <= 0) {
                throw new DataException(imagesName + ": header declares " + count + " images, expected a positive count");
            }
            if (rows <= 0 || cols <= 0 || rows > MAX_SIDE || cols > MAX_SIDE) {
                throw new DataException(imagesName + ": header declares images of " + rows + "x" + cols
                        + ", expected sides 1.." + MAX_SIDE);
            }
            long values = (long) count * rows * cols; // < 2^31 * 2^32: no overflow
            if (values > limits.maxValues()) {
                throw new DataException(imagesName + ": header declares " + count + " images of " + rows + "x" + cols
                        + " = " + values + " values, more than the " + limits.valuesHint());
            }
            if (count != labelBytes.length) {
                throw new DataException(imagesName + ": header declares " + count + " images but " + labelsName
                        + " has " + labelBytes.length + " labels; expected equal counts");
            }
            pixels = new float[(int) values];
            readPixels(in, imagesName, pixels,
                    count + " images of " + rows + "x" + cols + " (" + values + " bytes of pixels)");
        } catch (IOException e) {
            throw DataFiles.io(imagesName, e);
        }

        int[] labels = new int[count];
        int max = 0;
        for (int i = 0; i < count; i++) {
            int l = labelBytes[i] & 0xFF;
            labels[i] = l;
            max = Math.max(max, l);
        }
        int classes = max + 1;
        String[] names = new String[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = Integer.toString(c);
        }
        return new Dataset(pixels, labels, count, rows * cols, classes, names, source(imagesFile), true);
    }

    /** {@link #loadDir(Path, boolean, DataLimits)} with the limits from the system properties. */
    public static Dataset loadDir(Path dir, boolean train) {
        return loadDir(dir, train, DataLimits.fromSystemProperties());
    }

    /**
     * Loads the training ({@code train-images-idx3-ubyte[.gz]}, {@code train-labels-idx1-ubyte[.gz]})
     * or test ({@code t10k-...}) part of an MNIST-layout directory. Raw files are preferred over .gz
     * when both exist; the variant spelling {@code train-images.idx3-ubyte} is also accepted.
     */
    public static Dataset loadDir(Path dir, boolean train, DataLimits limits) {
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir + ": directory not found (expected a folder with MNIST IDX files)");
        }
        String prefix = train ? "train" : "t10k";
        Path images = find(dir, prefix + "-images", "idx3-ubyte");
        Path labels = find(dir, prefix + "-labels", "idx1-ubyte");
        return load(images, labels, limits);
    }

    private static Path find(Path dir, String stem, String kind) {
        for (String sep : new String[] {"-", "."}) {
            for (String ext : new String[] {"", ".gz"}) {
                Path p = dir.resolve(stem + sep + kind + ext);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        throw new DataException(dir + ": no " + stem + "-" + kind + " or " + stem + "-" + kind
                + ".gz found (expected MNIST-layout IDX files)");
    }

    private static String source(Path images) {
        Path parent = images.toAbsolutePath().normalize().getParent();
        String name = DataFiles.name(images);
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
    }

    private static byte[] header(InputStream in, String name, int len, String what) throws IOException {
        byte[] h;
        try {
            h = in.readNBytes(len);
        } catch (EOFException e) {
            throw new DataException(name + ": truncated: gzip stream ends inside the " + len + "-byte IDX " + what
                    + " header", e);
        }
        if (h.length < len) {
            throw new DataException(name + ": truncated: " + (h.length == 0 ? "file is empty" : "only " + h.length
                    + " bytes") + ", expected a " + len + "-byte IDX " + what + " header");
        }
        return h;
    }

    private static byte[] body(InputStream in, String name, int len, String what) throws IOException {
        byte[] b;
        try {
            b = in.readNBytes(len);
        } catch (EOFException e) {
            throw new DataException(name + ": truncated: gzip stream ends before the " + what
                    + " the header declares", e);
        }
        if (b.length < len) {
            throw new DataException(name + ": truncated: header declares " + what + " but only " + b.length
                    + " bytes follow the header");
        }
        if (in.read() != -1) {
            throw new DataException(name + ": unexpected data after the " + what + " the header declares");
        }
        return b;
    }

    /**
     * Reads exactly {@code dst.length} unsigned bytes into {@code dst} as floats 0..255, in 1 MiB
     * chunks (no intermediate array of the whole image set), then checks nothing follows.
     */
    private static void readPixels(InputStream in, String name, float[] dst, String what) throws IOException {
        byte[] buf = new byte[Math.min(dst.length, 1 << 20)];
        int done = 0;
        try {
            while (done < dst.length) {
                int want = Math.min(buf.length, dst.length - done);
                int got = in.readNBytes(buf, 0, want);
                convert(buf, got, dst, done);
                done += got;
                if (got < want) {
                    throw new DataException(name + ": truncated: header declares " + what + " but only " + done
                            + " bytes follow the header");
                }
            }
        } catch (EOFException e) {
            throw new DataException(name + ": truncated: gzip stream ends before the " + what
                    + " the header declares", e);
        }
        if (in.read() != -1) {
            throw new DataException(name + ": unexpected data after the " + what + " the header declares");
        }
    }

    private static void convert(byte[] src, int len, float[] dst, int off) {
        for (int i = 0; i < len; i++) {
            dst[off + i] = src[i] & 0xFF;
        }
    }

    private static DataException badMagic(String name, int magic, int expected, String what) {
        String hint = "";
        if (magic == IMAGES_MAGIC || magic == LABELS_MAGIC) {
            hint = " (this looks like an IDX " + (magic == IMAGES_MAGIC ? "image" : "label")
                    + " file: images and labels swapped?)";
        } else if (Integer.reverseBytes(magic) == expected) {
            hint = " (little-endian header: expected big-endian IDX)";
        }
        return new DataException(String.format("%s: bad magic number 0x%08X, expected 0x%08X (%d, IDX %s file)%s",
                name, magic, expected, expected, what, hint));
    }

    private static int be32(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }
}
