package org.spinflow.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.io.OutputGuard;
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
        try {
            Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            // handled below
        } catch (java.nio.file.FileSystemException e) { // name too long, loop of links, permission: say which
            throw new CliException(Main.oneLine(file + ": " + (e.getReason() != null ? e.getReason().toLowerCase(java.util.Locale.ROOT)
                    : "cannot be read") + " (expected a .spinflow XMI file)"));
        } catch (java.io.IOException e) {
            throw new CliException(Main.oneLine(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        if (!Files.exists(file)) {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new CliException(Main.oneLine(file + ": a symbolic link that leads nowhere (dangling, or a loop of"
                        + " links); expected a .spinflow XMI file"));
            }
            throw new CliException(Main.oneLine(file + ": no such model file (expected a .spinflow XMI file)"));
        }
        if (Files.isDirectory(file)) {
            throw new CliException(Main.oneLine(file + ": is a folder; expected a .spinflow XMI file"));
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException(Main.oneLine(file + ": not a regular file (a FIFO, device or socket); expected a"
                    + " .spinflow XMI file"));
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
            err.println(Main.oneLine(p.toString()));
        }
        if (errors) {
            throw new CliException(file + ": the model is invalid (" + problems.size() + " problem(s) above)");
        }
        return n;
    }

    /** The data file or folder a run of {@code network} reads (as {@code DataSource.load} resolves it), or null. */
    static Path dataPath(Network network, Path model, Path override) {
        if (network.getTraining() == null || network.getTraining().getDataset() == null) {
            return override;
        }
        org.spinflow.model.DatasetSpec d = network.getTraining().getDataset();
        String rel = d.getPath() == null ? "" : d.getPath();
        if (override != null) {
            if (d.getFormat() == org.spinflow.model.DataFormat.CSV && Files.isDirectory(override) && !rel.isEmpty()) {
                return override.resolve(Path.of(rel).getFileName());
            }
            return override;
        }
        return rel.isEmpty() ? null : dir(model).resolve(rel);
    }

    /**
     * Refuses, before anything is written, outputs that are inputs of the run: the checkpoint may be
     * neither the model, the data nor the output; the output may not be the data (it may be the model:
     * an in-place save, checked for changes on disk). Devices, FIFOs and folders are refused as outputs.
     */
    static void guardOutputs(Path model, Path data, Path out, Path ckpt) {
        OutputGuard.Input m = new OutputGuard.Input(model, "the model");
        OutputGuard.Input d = new OutputGuard.Input(data, "the data set");
        if (out != null && ckpt != null
                && out.toAbsolutePath().normalize().equals(ckpt.toAbsolutePath().normalize())) {
            throw new CliException(ckpt + ": --checkpoint is the --out file; choose another checkpoint file");
        }
        OutputGuard.check(out, "--out", d, new OutputGuard.Input(ckpt, "the --checkpoint file"));
        OutputGuard.check(ckpt, "--checkpoint", m, d, new OutputGuard.Input(out, "the --out file"));
    }

    /** Warnings about a data set that loads but cannot train the model well (one class only, classes missing). */
    static void warnAboutData(Network network, org.spinflow.interpreter.DataSource.Loaded data, PrintWriter err) {
        int classes = org.spinflow.interpreter.DataSource.readoutClasses(network.getTraining());
        if (classes > 0) {
            for (String w : org.spinflow.data.DataChecks.againstReadout(data.train(), classes, data.train().source())) {
                err.println("warning: " + Main.oneLine(w));
            }
        }
    }

    /**
     * A model written to another folder keeps finding its data set: a relative data set path is
     * rewritten relative to the new folder (absolute paths and an unchanged folder are left alone).
     */
    static void rebaseDataset(Network network, Path model, Path out) {
        if (network.getTraining() == null || network.getTraining().getDataset() == null) {
            return;
        }
        String rel = network.getTraining().getDataset().getPath();
        Path from = dir(model);
        Path to = dir(out);
        if (rel == null || rel.isBlank() || Path.of(rel).isAbsolute() || from.equals(to)) {
            return;
        }
        Path data = from.resolve(rel).normalize();
        network.getTraining().getDataset().setPath(to.relativize(data).toString().replace('\\', '/'));
    }

    static Path dir(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".").toAbsolutePath();
    }
}
