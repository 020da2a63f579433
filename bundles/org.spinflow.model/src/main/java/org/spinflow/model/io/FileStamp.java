package org.spinflow.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * What a model file held when it was loaded or saved: existence, size and a CRC of its bytes.
 * Comparing stamps tells whether someone else (another editor, a training run) wrote the file
 * in between, independently of timestamp granularity.
 */
public record FileStamp(boolean exists, long size, long crc) {

    /** The stamp of a file that does not exist. */
    public static final FileStamp ABSENT = new FileStamp(false, 0, 0);

    /** Reads {@code file} and returns its stamp ({@link #ABSENT} when it does not exist). */
    public static FileStamp of(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            CRC32 crc = new CRC32();
            crc.update(b);
            return new FileStamp(true, b.length, crc.getValue());
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            throw new SpinflowException(file, "cannot read the file to check for changes: " + e.getMessage(),
                    "expected a readable file");
        }
    }
}
