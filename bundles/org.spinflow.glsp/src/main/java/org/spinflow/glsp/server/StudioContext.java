package org.spinflow.glsp.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the studio serves: the folder models are opened from (nothing outside it is opened), and the models its
 * sessions hold open ({@link LiveModels}, read by the Eclipse IDE's editor in the same JVM).
 */
public record StudioContext(Path root, LiveModels live) {
    public StudioContext {
        root = root.toAbsolutePath().normalize();
    }

    public StudioContext(Path root) {
        this(root, new LiveModels());
    }

    private static final Map<Path, Preload> PRELOADS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The models read ahead for pages being served from this root (see {@link Preload}). */
    public Preload preload() {
        return PRELOADS.computeIfAbsent(root, r -> new Preload());
    }

    /** Resolves a model path relative to the root, refusing any escape (see {@link PathGuard}). */
    public Path resolve(String relative) {
        return PathGuard.resolve(root, relative);
    }

    public String relativize(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
