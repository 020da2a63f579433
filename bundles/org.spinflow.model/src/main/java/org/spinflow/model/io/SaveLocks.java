package org.spinflow.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the cross-process lock of a save lives: one small file per saved path in a per-user folder,
 * never beside the user's files. The key is the SHA-256 of the folder's real path (symbolic links
 * resolved) and the file name, so two spellings of one file share a lock. Lock files are never
 * deleted: deleting one would race with a writer that has opened it and waits for the lock.
 *
 * <p>The folder is the first usable of: the system property {@value #PROPERTY};
 * {@code $XDG_RUNTIME_DIR/spinflow-locks}; {@code ~/.cache/spinflow/locks};
 * {@code java.io.tmpdir/spinflow-locks-USER}. Created with owner-only permissions where the file
 * system supports them. Writers of one file under different user accounts do not share a lock.
 */
public final class SaveLocks {

    /** System property naming the lock folder (tests, or a site-wide choice). */
    public static final String PROPERTY = "spinflow.lockDir";

    private static volatile Path folder;

    private SaveLocks() {
    }

    /** The lock file guarding saves of {@code target} (an absolute, normalised path). */
    public static Path lockFileFor(Path target) throws IOException {
        Path dir = target.getParent();
        Path realDir;
        try {
            realDir = dir.toRealPath();
        } catch (IOException e) {
            realDir = dir;
        }
        String key = realDir.resolve(target.getFileName().toString()).toString();
        return folder().resolve(sha256(key).substring(0, 40) + ".lock");
    }

    /** The folder that holds the lock files, created on first use. */
    public static Path folder() throws IOException {
        Path f = folder;
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured).toAbsolutePath().normalize();
            ensure(p);
            return p;
        }
        if (f != null) {
            return f;
        }
        IOException last = null;
        for (Path candidate : candidates()) {
            try {
                ensure(candidate);
                folder = candidate;
                return candidate;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last != null ? last : new IOException("no folder for lock files");
    }

    private static List<Path> candidates() {
        List<Path> c = new ArrayList<>();
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()) {
            c.add(Path.of(runtime, "spinflow-locks"));
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && !"?".equals(home)) {
            c.add(Path.of(home, ".cache", "spinflow", "locks"));
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        c.add(Path.of(System.getProperty("java.io.tmpdir"), "spinflow-locks-" + user));
        return c;
    }

    private static void ensure(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
        }
        if (!Files.isWritable(dir)) {
            throw new IOException(dir + " is not writable");
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
