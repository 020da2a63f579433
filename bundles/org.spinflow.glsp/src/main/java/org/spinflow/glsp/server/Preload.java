package org.spinflow.glsp.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.FileStamp;
import org.spinflow.model.io.ModelIO;

/**
 * Loads a model while the page that will show it is still loading its script: the studio starts reading the file when
 * it serves the page ({@code /?model=...}), and the session that asks for the model a moment later takes the loaded
 * model instead of reading the file again. A loaded model is used once, only if the file still holds what was read
 * (same {@link FileStamp}) and only for a short while; otherwise the session reads the file itself.
 */
public final class Preload {
    /** How long a preloaded model waits for its session. */
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int MAX_ENTRIES = 4;
    private static final ExecutorService LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spinflow-preload");
        t.setDaemon(true);
        return t;
    });

    /** A model read ahead: what the file held, the model and its layout (complete: missing bounds laid out). */
    record Loaded(FileStamp stamp, Network network, Map<Node, Bounds> layout) {
    }

    private record Entry(long at, CompletableFuture<Loaded> loaded) {
    }

    private final Map<Path, Entry> byFile = new LinkedHashMap<>();

    /** Starts reading {@code file} in the background (replacing an earlier read-ahead of it). */
    public void start(Path file) {
        Path key = file.toAbsolutePath().normalize();
        CompletableFuture<Loaded> f = CompletableFuture.supplyAsync(() -> load(key), LOADER);
        synchronized (byFile) {
            byFile.remove(key);
            byFile.put(key, new Entry(System.nanoTime(), f));
            while (byFile.size() > MAX_ENTRIES) {
                byFile.remove(byFile.keySet().iterator().next());
            }
        }
    }

    /**
     * The model read ahead for {@code file} if the file still holds {@code stamp} (waits for a read still under way), or
     * null: then the caller reads the file itself. Each read-ahead is handed out once.
     */
    Loaded take(Path file, FileStamp stamp) {
        Entry e;
        synchronized (byFile) {
            e = byFile.remove(file.toAbsolutePath().normalize());
        }
        if (e == null || System.nanoTime() - e.at() > MAX_AGE_NANOS) {
            return null;
        }
        try {
            Loaded l = e.loaded().get(30, TimeUnit.SECONDS);
            return l != null && l.stamp().equals(stamp) ? l : null;
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException x) {
            return null;
        }
    }

    private static Loaded load(Path file) {
        try {
            FileStamp stamp = FileStamp.of(file);
            Network network = ModelIO.load(file);
            Map<Node, Bounds> layout = LayoutStore.load(network, file);
            if (layout.size() < network.getNodes().size()) {
                layout = ElkLayout.layout(network, layout);
            }
            return new Loaded(stamp, network, layout);
        } catch (RuntimeException | LinkageError e) {
            // the session reads the file itself and reports what is wrong with it
            return null;
        }
    }
}
