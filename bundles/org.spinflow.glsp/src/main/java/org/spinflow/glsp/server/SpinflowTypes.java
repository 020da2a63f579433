package org.spinflow.glsp.server;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.spinflow.model.SpinflowPackage;

/** GModel element types of the Spinflow diagram. */
public final class SpinflowTypes {
    private SpinflowTypes() {
    }

    public static final String DIAGRAM_TYPE = "spinflow-diagram";
    public static final String INPUT = "node:input";
    public static final String CROSSBAR = "node:crossbar";
    public static final String MTJ = "node:mtj";
    public static final String ACTIVATION = "node:activation";
    public static final String READOUT = "node:readout";
    public static final String CONNECTION = "edge:connection";
    public static final String LABEL_NAME = "label:name";
    public static final String LABEL_KIND = "label:kind";
    public static final String LABEL_INFO = "label:info";

    public static final List<String> NODE_TYPES = List.of(INPUT, CROSSBAR, MTJ, ACTIVATION, READOUT);

    /** Palette labels. */
    public static final Map<String, String> LABELS = Map.of(INPUT, "Input layer", CROSSBAR, "Synaptic crossbar", MTJ,
            "MTJ neuron array", ACTIVATION, "Activation layer", READOUT, "Readout");

    public static EClass eClassOf(String type) {
        SpinflowPackage p = SpinflowPackage.eINSTANCE;
        return switch (type) {
            case INPUT -> p.getInputLayer();
            case CROSSBAR -> p.getCrossbar();
            case MTJ -> p.getMtjNeuronArray();
            case ACTIVATION -> p.getActivationLayer();
            case READOUT -> p.getReadout();
            default -> null;
        };
    }
}
