package org.spinflow.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** File opening shared by the loaders: existence and size checks, gzip detection by magic bytes. */
final class DataFiles {

    static final int BUFFER = 1 << 16;

    private DataFiles() {
    }

    /** The file name used in messages. */
    static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    /**
     * Opens {@code file} for reading, transparently decompressing gzip (detected by the magic bytes
     * 1f 8b, not by the extension). Checks existence, type and {@link DataLimits#maxBytes()} first.
     */
    static InputStream open(Path file, DataLimits limits) {
        String name = name(file);
        if (!Files.exists(file)) {
            throw new DataException(name + ": file not found (" + file.toAbsolutePath().normalize() + ")");
        }
        if (Files.isDirectory(file)) {
            throw new DataException(name + ": is a directory, expected a data file");
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO would block forever, a device (/dev/zero) never ends: only regular files are read
            throw new DataException(name + ": not a regular file (a FIFO, device or socket), expected a data file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw io(name, e);
        }
        if (size > limits.maxBytes()) {
            throw new DataException(name + ": file has " + size + " bytes, more than the " + limits.bytesHint());
        }
        try {
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                long claimed = gzipClaimedSize(file, size);
                if (claimed > limits.maxBytes()) {
                    in.close();
                    throw new DataException(name + ": gzip data decompresses to " + claimed + " bytes, more than the "
                            + limits.bytesHint());
                }
                try {
                    return new BufferedInputStream(new Bounded(new GZIPInputStream(in, BUFFER), name, limits), BUFFER);
                } catch (IOException e) {
                    in.close();
                    throw e;
                }
            }
            return in;
        } catch (IOException e) {
            throw io(name, e);
        }
    }

    /**
     * The uncompressed size a gzip file declares in its trailer (ISIZE, the size modulo 2^32 of its
     * last member); checked before anything is decompressed so that an honest bomb is refused at once.
     * The {@link Bounded} stream enforces the limit whatever the trailer says.
     */
    private static long gzipClaimedSize(Path file, long size) throws IOException {
        if (size < 18) {
            return 0;
        }
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            ch.position(size - 4);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // read the 4 trailer bytes
            }
            b.flip();
            return b.remaining() == 4 ? Integer.toUnsignedLong(b.getInt()) : 0;
        }
    }

    /** Refuses decompressed data beyond {@link DataLimits#maxBytes()} (a gzip bomb) as soon as it is reached. */
    static final class Bounded extends java.io.FilterInputStream {
        private final String name;
        private final DataLimits limits;
        private long count;

        Bounded(InputStream in, String name, DataLimits limits) {
            super(in);
            this.name = name;
            this.limits = limits;
        }

        private void add(long n) {
            if (n > 0) {
                count += n;
                if (count > limits.maxBytes()) {
                    throw new DataException(name + ": gzip data decompresses to more than " + limits.maxBytes()
                            + " bytes, the " + limits.bytesHint());
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            add(b >= 0 ? 1 : 0);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            add(k);
            return k;
        }
    }

    /** Turns an I/O failure into a one-line DataException naming the file. */
    static DataException io(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException(name + ": file not found", e);
        }
        if (e instanceof AccessDeniedException) {
            return new DataException(name + ": permission denied", e);
        }
        if (e instanceof EOFException) {
            return new DataException(name + ": truncated (gzip stream ends early)", e);
        }
        if (e instanceof ZipException) {
            return new DataException(name + ": corrupt gzip data (" + e.getMessage() + ")", e);
        }
        return new DataException(name + ": cannot read (" + e + ")", e);
    }
}
