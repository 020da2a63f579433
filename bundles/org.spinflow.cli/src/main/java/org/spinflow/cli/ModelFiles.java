package org.spinflow.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;

/** Loading and validating model files for the commands. */
final class ModelFiles {
    private ModelFiles() {
    }

    /** Loads and validates; prints every problem on {@code err} and throws when there are errors. */
    static Network loadValid(Path file, PrintWriter err) {
        if (!Files.exists(file)) {
            throw new CliException(file + ": no such model file (expected a .spinflow XMI file)");
        }
        Network n = ModelIO.load(file);
        List<Problem> problems = ModelValidator.validate(n, file.toAbsolutePath());
        boolean errors = false;
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
