package org.spinflow.glsp.server;

import java.nio.file.Path;

/** What the studio serves: the folder models are opened from (nothing outside it is opened). */
public record StudioContext(Path root) {
    public StudioContext {
        root = root.toAbsolutePath().normalize();
    }

    /** Resolves a model path relative to the root, refusing any escape (see {@link PathGuard}). */
    public Path resolve(String relative) {
        return PathGuard.resolve(root, relative);
    }

    public String relativize(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
