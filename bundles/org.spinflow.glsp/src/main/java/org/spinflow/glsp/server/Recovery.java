package org.spinflow.glsp.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.AtomicFiles;
import org.spinflow.model.io.FileStamp;
import org.spinflow.model.io.ModelIO;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Unsaved edits of a studio page, kept outside the user's folder so that they survive a restart of the studio server:
 * while a session is dirty, every change of its model writes one recovery file (atomically, on a background thread)
 * named after the page's recovery id; a save or an undo back to the saved state deletes it. A page that reconnects
 * after losing its server asks for its id again and gets its edits back (see {@link SpinflowStorage}).
 * <p>
 * The folder: {@value #ENV} if set, else {@code $XDG_STATE_HOME/spinflow/studio-recovery} (default
 * {@code ~/.local/state/...}). Recovery files older than {@link #MAX_AGE} are removed when the folder is first used.
 */
public final class Recovery {
    public static final String ENV = "SPINFLOW_STUDIO_RECOVERY";
    /** System property overriding {@value #ENV} (tests). */
    public static final String PROPERTY = "spinflow.studio.recovery";
    static final Duration MAX_AGE = Duration.ofDays(7);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final Gson GSON = new Gson();
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spinflow-recovery");
        t.setDaemon(true);
        return t;
    });
    private static volatile boolean cleaned;

    static {
        // a server stopped (Ctrl+C, SIGTERM) finishes the recovery copy it is writing
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            WRITER.shutdown();
            try {
                WRITER.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "spinflow-recovery-flush"));
    }

    private Recovery() {
    }

    /** What a recovery file gives back: the edited model, its layout and the stamp of the file it was based on. */
    public record Recovered(Network network, Map<Node, Bounds> layout, FileStamp base) {
    }

    /** A page's recovery id: 32 lower-case hex digits (anything else is ignored). */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static Path dir() {
        String d = System.getProperty(PROPERTY);
        if (d == null || d.isBlank()) {
            d = System.getenv(ENV);
        }
        if (d != null && !d.isBlank()) {
            return Path.of(d);
        }
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("spinflow").resolve("studio-recovery");
    }

    static Path file(String id) {
        return dir().resolve(id + ".json");
    }

    /**
     * Keeps the session's model as edited (unsaved) for the page {@code id}: serialised now, written on the background
     * thread (in the order of the calls, so the last state wins).
     */
    public static void keep(String id, String model, FileStamp base, Network network, Map<Node, Bounds> layout) {
        if (!validId(id)) {
            return;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("version", 1);
        o.put("model", model);
        o.put("baseExists", base == null || base.exists());
        o.put("baseSize", base == null ? -1 : base.size());
        o.put("baseCrc", base == null ? -1 : base.crc());
        o.put("xmi", new String(ModelIO.toBytes(network), StandardCharsets.UTF_8));
        o.put("layout", LayoutStore.toJson(network, layout, "recovered.spinflow"));
        String text = GSON.toJson(o);
        WRITER.execute(() -> {
            try {
                Path f = file(id);
                Files.createDirectories(f.getParent());
                clean(f.getParent());
                AtomicFiles.writeString(f, text);
            } catch (IOException | RuntimeException e) {
                // the recovery copy is a safety net: the session itself still holds the edits
            }
        });
    }

    /** Forgets the recovery copy of page {@code id} (saved, or back to the saved state). */
    public static void forget(String id) {
        if (!validId(id)) {
            return;
        }
        WRITER.execute(() -> {
            try {
                Files.deleteIfExists(file(id));
            } catch (IOException e) {
                // removed later with the old ones
            }
        });
    }

    /** Waits until the recovery copies asked for so far are written (tests). */
    static void flush() throws InterruptedException {
        try {
            WRITER.submit(() -> null).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unsaved edits page {@code id} left for {@code model}, if there are any (a damaged copy is ignored). */
    public static Optional<Recovered> recover(String id, String model) {
        if (!validId(id)) {
            return Optional.empty();
        }
        try {
            flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        Path f = file(id);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Path tmp = null;
        try {
            JsonObject o = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!model.equals(o.get("model").getAsString())) {
                return Optional.empty();
            }
            tmp = Files.createTempFile(f.getParent(), "." + id + ".", ".spinflow");
            Files.writeString(tmp, o.get("xmi").getAsString(), StandardCharsets.UTF_8);
            Network network = ModelIO.load(tmp);
            Map<Node, Bounds> layout = LayoutStore.fromJson(network, o.get("layout").getAsString());
            FileStamp base = o.get("baseSize").getAsLong() < 0 ? null
                    : o.get("baseExists").getAsBoolean() ? new FileStamp(true, o.get("baseSize").getAsLong(), o.get("baseCrc").getAsLong())
                            : FileStamp.ABSENT;
            return Optional.of(new Recovered(network, layout, base));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file in the recovery folder, removed with the old ones
                }
            }
        }
    }

    /** Removes recovery files (and left-over temporaries) older than {@link #MAX_AGE}, once per process. */
    private static void clean(Path dir) {
        if (cleaned) {
            return;
        }
        cleaned = true;
        Instant limit = Instant.now().minus(MAX_AGE);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // best effort
        }
    }
}
