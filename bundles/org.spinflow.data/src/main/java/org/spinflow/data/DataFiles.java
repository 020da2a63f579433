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
                try {
                    return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
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
