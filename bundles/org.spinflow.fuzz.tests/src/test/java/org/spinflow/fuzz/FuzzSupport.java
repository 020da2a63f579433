package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shared plumbing of the fuzz targets: a scratch folder, the "clean failure" assertion and the
 * execution counters written to {@code target/fuzz-figures.txt} (system property {@code fuzz.figures}).
 */
final class FuzzSupport {

    private FuzzSupport() {
    }

    /** Whether this JVM fuzzes (Jazzer's JUnit mode fuzzes when JAZZER_FUZZ is non-empty), else replays the corpus. */
    static boolean fuzzing() {
        String v = System.getenv("JAZZER_FUZZ");
        return v != null && !v.isEmpty();
    }

    /** A fresh scratch folder for one fuzz target. */
    static Path scratch(String target) {
        try {
            return Files.createTempDirectory("spinflow-fuzz-" + target + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] data) {
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A refusal must be readable: a non-blank single-line message naming the file, and it must have
     * a message at all (not just a class name).
     */
    static void assertCleanMessage(RuntimeException e, String fileName) {
        String m = e.getMessage();
        assertNotNull(m, () -> e.getClass().getSimpleName() + " without a message");
        assertFalse(m.isBlank(), "blank message");
        assertFalse(m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0, () -> "message has a line break: " + m);
        assertTrue(m.contains(fileName), () -> "message does not name the file " + fileName + ": " + m);
    }

    static void deleteRecursively(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // scratch space
                }
            });
        } catch (IOException ignored) {
            // scratch space
        }
    }

    /** Executions of one fuzz target: how many inputs loaded, how many were refused cleanly. */
    static final class Counter {
        final String target;
        final AtomicLong loaded = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        private volatile long startNanos;

        Counter(String target) {
            this.target = target;
        }

        void start() {
            if (startNanos == 0) {
                startNanos = System.nanoTime();
            }
        }

        long total() {
            return loaded.get() + refused.get();
        }

        /**
         * Replaces this target's line in the figures file (one line per target, so re-runs do not
         * accumulate), only in fuzzing mode.
         */
        void report() {
            if (!fuzzing() || startNanos == 0) {
                return;
            }
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            String line = String.format("%-10s executions=%d loaded=%d refused=%d seconds=%.1f execs/s=%.0f max_duration=%s",
                    target, total(), loaded.get(), refused.get(), seconds, total() / Math.max(seconds, 1e-9),
                    System.getProperty("jazzer.max_duration", "?"));
            System.out.println("fuzz figures: " + line);
            String file = System.getProperty("fuzz.figures");
            if (file == null) {
                return;
            }
            Path p = Path.of(file);
            synchronized (Counter.class) {
                try {
                    Files.createDirectories(p.toAbsolutePath().getParent());
                    List<String> lines = new ArrayList<>();
                    if (Files.exists(p)) {
                        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                            if (!l.startsWith(String.format("%-10s ", target))) {
                                lines.add(l);
                            }
                        }
                    }
                    lines.add(line);
                    lines.sort(null);
                    Files.write(p, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                } catch (IOException e) {
                    System.err.println("cannot write " + p + ": " + e);
                }
            }
        }
    }
}
