package org.spinflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The data sets folder for tests that need MNIST and friends: system property
 * {@value #PROPERTY} (default {@code ../shared/data}, relative paths from the repository root).
 * A test that needs a missing data set is skipped with a message naming the property.
 */
final class DataDir {
    static final String PROPERTY = "spinflow.data.dir";
    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    private DataDir() {
    }

    static Path root() {
        return REPOSITORY.resolve(System.getProperty(PROPERTY, "../shared/data")).normalize();
    }

    /** {@code root()/sub}; skips the calling test, naming the property, when it is absent. */
    static Path require(String sub) {
        Path dir = root().resolve(sub);
        Assumptions.assumeTrue(Files.isDirectory(dir), () -> "SKIPPED: data set " + dir + " not found; set -D" + PROPERTY
                + "=DIR to the folder holding " + sub + "/ (default ../shared/data from the repository root)");
        return dir;
    }
}
