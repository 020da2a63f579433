package org.spinflow.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Crash-safe file writes for every file Spinflow writes (models, exports, checkpoints, layouts,
 * results, plots): the content goes to a temporary file in the same folder, is flushed and
 * fsynced, keeps the permissions of the file it replaces, and is renamed over the target. A crash
 * or an error at any moment leaves either the previous file or the new one, never a mixture, and
 * no temporary file.
 */
public final class AtomicFiles {

    /** Writes the content; the stream is buffered and must not be closed. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code file} atomically; its folder must exist. */
    public static void write(Path file, Body body) throws IOException {
        write(file, body, UnaryOperator.identity());
    }

    /** As {@link #write(Path, Body)}, with {@code decorator} wrapped around the stream (tests inject failures). */
    public static void write(Path file, Body body, UnaryOperator<OutputStream> decorator) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // renaming over a device node (/dev/full as root), a FIFO or a folder would replace it
            throw new IOException(target + ": not a regular file (a device, FIFO, socket or folder); refusing to replace it");
        }
        Path dir = target.getParent();
        removeStaleTemporaries(dir, target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = decorator.apply(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
                body.write(out);
                out.flush();
                ch.force(true);
            }
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            fsyncDirectory(dir);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /** Temporary files of this target older than this are left-overs of a killed process. */
    static final long STALE_MILLIS = 10 * 60 * 1000L;

    /**
     * Removes {@code .NAME.*.tmp} files of a process killed while writing (SIGKILL skips the clean-up).
     * Only files untouched for {@link #STALE_MILLIS} are removed, so a concurrent writer's file is kept.
     */
    static void removeStaleTemporaries(Path dir, String name) {
        String prefix = "." + name + ".";
        long cutoff = System.currentTimeMillis() - STALE_MILLIS;
        try (var s = Files.newDirectoryStream(dir, f -> {
            String n = f.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4;
        })) {
            for (Path f : s) {
                try {
                    if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(f).toMillis() < cutoff) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException ignored) {
                    // best effort: another process may have removed it
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    /** Writes UTF-8 text atomically. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static void copyPermissions(Path existing, Path tmp) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.exists(existing) ? Files.getPosixFilePermissions(existing)
                    : PosixFilePermissions.fromString("rw-r--r--");
            view.setPermissions(perms);
        } catch (IOException | UnsupportedOperationException ignored) {
            // keep the temporary file's permissions
        }
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported on every platform; the rename itself is atomic
        }
    }
}
