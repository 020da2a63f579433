package org.spinflow.interpreter;

import java.nio.file.Files;
import java.nio.file.Path;

import org.spinflow.data.CsvDatasets;
import org.spinflow.data.Dataset;
import org.spinflow.data.IdxDatasets;
import org.spinflow.data.Normaliser;
import org.spinflow.model.DataFormat;
import org.spinflow.model.DatasetSpec;
import org.spinflow.model.TrainingSpec;

/** Loads the data a training spec names: a CSV file, or an IDX folder with its train and test files. */
public final class DataSource {

    /** Training data, and the standard test data for IDX folders (null for CSV). */
    public record Loaded(Dataset train, Dataset test, Normaliser normaliser) {
    }

    private DataSource() {
    }

    /**
     * @param modelDir     folder of the model file; the spec's path is relative to it
     * @param dataOverride {@code --data}: an IDX folder, a CSV file, or a folder holding the spec's CSV file name; may be null
     */
    public static Loaded load(TrainingSpec spec, Path modelDir, Path dataOverride) {
        return load(spec, modelDir, dataOverride, null);
    }

    /**
     * As {@link #load(TrainingSpec, Path, Path)}, with the run's training-sample limit instead of the spec's.
     *
     * @param limit the first {@code limit} training samples are kept (0 keeps all); null: as the spec says
     */
    public static Loaded load(TrainingSpec spec, Path modelDir, Path dataOverride, Integer limit) {
        if (spec == null || spec.getDataset() == null) {
            throw new InterpreterException("the model has no training data set (training/dataset)");
        }
        DatasetSpec d = spec.getDataset();
        Normaliser norm = Normaliser.valueOf(d.getNormalisation().name());
        String rel = d.getPath() == null ? "" : d.getPath();
        Path path;
        if (dataOverride != null) {
            path = dataOverride;
            if (d.getFormat() == DataFormat.CSV && Files.isDirectory(dataOverride) && !rel.isEmpty()) {
                path = dataOverride.resolve(Path.of(rel).getFileName());
            }
        } else {
            path = modelDir.resolve(rel);
        }
        Dataset train;
        Dataset test = null;
        if (d.getFormat() == DataFormat.IDX) {
            if (!Files.isDirectory(path)) {
                throw new InterpreterException(path + ": expected a folder with MNIST-layout IDX files (give it with --data DIR)");
            }
            train = IdxDatasets.loadDir(path, true);
            test = IdxDatasets.loadDir(path, false);
        } else {
            train = CsvDatasets.load(path);
        }
        int keep = limit != null ? limit : d.getLimit();
        if (keep > 0 && keep < train.n()) {
            train = train.head(keep);
        }
        int classes = readoutClasses(spec);
        if (classes > 0) { // labels beyond the readout would be read outside the sample's row
            org.spinflow.data.DataChecks.againstReadout(train, classes, path.toString());
            if (test != null) {
                org.spinflow.data.DataChecks.againstReadout(test, classes, path + " (test files)");
            }
        }
        return new Loaded(train, test, norm);
    }

    /** The class count of the network's readout, or 0 when the spec is not inside a network with one. */
    public static int readoutClasses(TrainingSpec spec) {
        if (spec != null && spec.eContainer() instanceof org.spinflow.model.Network n) {
            for (org.spinflow.model.Node node : n.getNodes()) {
                if (node instanceof org.spinflow.model.Readout r) {
                    return r.getClasses();
                }
            }
        }
        return 0;
    }
}
