package org.spinflow.ui.wizards;

import java.util.List;

import org.spinflow.model.DataFormat;
import org.spinflow.model.Network;
import org.spinflow.model.Normalisation;
import org.spinflow.model.build.NetworkBuilder;

/** The network templates of File > New > Spinflow Network. */
public enum Templates {
    IRIS_MTJ("Iris MTJ (4-8-3, MTJ hidden layer, iris.csv beside the model)"),
    MNIST_MTJ("MNIST MTJ (784-100-10, MTJ hidden layer, IDX files in data/)"),
    EMPTY("Empty network");

    public static final String MTJ_PRESET = "mtj-f-default";

    private final String label;

    Templates(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The data files the template's network reads, as resources of this bundle (file name beside the model ->
     * bundle path): the wizard copies them beside the new model unless a file of that name is there already.
     * MNIST's IDX files (55 MB) are not shipped: the template names the folder {@code data/} to put them in.
     */
    public java.util.Map<String, String> data() {
        return this == IRIS_MTJ ? java.util.Map.of("iris.csv", "templates/iris.csv") : java.util.Map.of();
    }

    /** A new network of this template. */
    public Network create(String name) {
        return switch (this) {
            case IRIS_MTJ -> {
                Network n = NetworkBuilder.mlp(name, 4, new int[] {8}, 3, MTJ_PRESET, List.of("setosa", "versicolor", "virginica"));
                NetworkBuilder.training(n, "iris.csv", DataFormat.CSV, Normalisation.ZSCORE);
                yield n;
            }
            case MNIST_MTJ -> {
                Network n = NetworkBuilder.mlp(name, 784, new int[] {100}, 10, MTJ_PRESET, null);
                NetworkBuilder.training(n, "data", DataFormat.IDX, Normalisation.SCALE255);
                yield n;
            }
            case EMPTY -> new NetworkBuilder(name).network();
        };
    }
}
