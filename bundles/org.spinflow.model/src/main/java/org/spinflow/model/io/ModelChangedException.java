package org.spinflow.model.io;

import java.nio.file.Path;

/**
 * A save was refused because the file changed on disk since it was loaded (another editor or a
 * training run wrote it). Nothing was written; the caller asks the user whether to overwrite,
 * reload, or save elsewhere.
 */
public class ModelChangedException extends SpinflowException {
    private static final long serialVersionUID = 1L;

    public ModelChangedException(Path file) {
        super(file, "changed on disk since it was loaded (another editor or a training run wrote it); nothing was saved",
                "reload it, save under another name, or overwrite explicitly");
    }
}
