package org.spinflow.glsp.server;

import java.nio.file.Path;

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

    /** Resolves a model path relative to the root, refusing any escape (see {@link PathGuard}). */
    public Path resolve(String relative) {
        return PathGuard.resolve(root, relative);
    }

    public String relativize(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
