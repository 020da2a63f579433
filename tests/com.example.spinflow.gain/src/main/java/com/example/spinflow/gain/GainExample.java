package com.example.spinflow.gain;

import java.util.List;
import java.util.Map;

import org.spinflow.model.DataFormat;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Normalisation;
import org.spinflow.model.SplitKind;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.build.NetworkBuilder;

/** An Iris network using both contributed kinds: 4 -> crossbar -> 8 toy devices -> gain -> crossbar -> 3. */
public final class GainExample {
    private GainExample() {
    }

    /** @param dataPath the Iris CSV, relative to where the model will be saved */
    public static Network network(String dataPath) {
        NetworkBuilder b = new NetworkBuilder("iris-gain");
        Node in = b.add(NetworkBuilder.newInput("input", 4));
        Node x1 = b.add(NetworkBuilder.newCrossbar("crossbar1", 4, 8));
        Node h = b.add(NetworkBuilder.newMtj("hidden", 8, ToyDeviceKind.PRESET));
        Node g = b.add(NetworkBuilder.newNode(GainKind.ID, "amp", Map.of("size", "8", "gain", "1.5")));
        Node x2 = b.add(NetworkBuilder.newCrossbar("crossbar2", 8, 3));
        Node ro = b.add(NetworkBuilder.newReadout("readout", 3, List.of("setosa", "versicolor", "virginica")));
        b.chain(in, x1, h, g, x2, ro);
        TrainingSpec t = NetworkBuilder.training(b.network(), dataPath, DataFormat.CSV, Normalisation.ZSCORE);
        t.getSplit().setKind(SplitKind.KFOLD);
        t.getSplit().setFolds(3);
        t.setEpochs(40);
        t.setBatchSize(8);
        t.setSeed(3);
        return b.network();
    }
}
