package org.spinflow.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;
import org.spinflow.model.validation.SpinflowValidator;

/** Loading and validating model files for the commands. */
final class ModelFiles {
    /** Pass as data override to skip the data set check (commands that never read the data). */
    static final Path NO_DATA_CHECK = Path.of("");

    private ModelFiles() {
    }

    /** Loads and validates; prints every problem on {@code err} and throws when there are errors. */
    static Network loadValid(Path file, PrintWriter err) {
        return loadValid(file, err, null);
    }

    /**
     * As {@link #loadValid(Path, PrintWriter)}; with a {@code --data} override the model's own data
     * set path is not checked (the override is checked when the data is loaded).
     */
    static Network loadValid(Path file, PrintWriter err, Path dataOverride) {
        if (!Files.exists(file)) {
            throw new CliException(file + ": no such model file (expected a .spinflow XMI file)");
        }
        Network n = ModelIO.load(file);
        List<Problem> problems = ModelValidator.validate(n, file.toAbsolutePath());
        boolean errors = false;
        if (dataOverride != null) {
            problems = problems.stream().filter(p -> p.check() != SpinflowValidator.Check.DATASET).toList();
        }
        for (Problem p : problems) {
            if (p.severity() == Problem.Severity.ERROR) {
                errors = true;
            }
            err.println(p);
        }
        if (errors) {
            throw new CliException(file + ": the model is invalid (" + problems.size() + " problem(s) above)");
        }
        return n;
    }

    static Path dir(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".").toAbsolutePath();
    }
}
