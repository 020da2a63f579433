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
        if (d.getLimit() > 0 && d.getLimit() < train.n()) {
            train = train.head(d.getLimit());
        }
        return new Loaded(train, test, norm);
    }
}
