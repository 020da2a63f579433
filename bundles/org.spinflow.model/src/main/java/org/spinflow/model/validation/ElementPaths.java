package org.spinflow.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinflow.model.Conductances;
import org.spinflow.model.Connection;
import org.spinflow.model.DatasetSpec;
import org.spinflow.model.DevicePreset;
import org.spinflow.model.EpochMetrics;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.NoiseSpec;
import org.spinflow.model.OptimizerSpec;
import org.spinflow.model.Parameter;
import org.spinflow.model.Port;
import org.spinflow.model.SplitSpec;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.TrainingRun;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.VariabilitySpec;

/** Human-readable element paths such as {@code network 'iris'/node 'hidden'/port 'in'}. */
public final class ElementPaths {

    private ElementPaths() {
    }

    /** The path of {@code o} from its root container, segments joined by {@code /}. */
    public static String of(EObject o) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject c = o; c != null; c = c.eContainer()) {
            segments.addFirst(segment(c));
        }
        return String.join("/", segments);
    }

    /** {@code node.port}, e.g. {@code hidden.in}, for messages about connections. */
    public static String portLabel(Port p) {
        if (p == null) {
            return "?";
        }
        if (p.eIsProxy()) {
            return "<unresolved>";
        }
        Node n = p.getNode();
        return (n == null ? "?" : name(n.getName())) + "." + name(p.getName());
    }

    static String segment(EObject o) {
        if (o instanceof Network n) {
            return "network '" + name(n.getName()) + "'";
        }
        if (o instanceof Node n) {
            return "node '" + name(n.getName()) + "'";
        }
        if (o instanceof Port p) {
            return "port '" + name(p.getName()) + "'";
        }
        if (o instanceof Connection c) {
            return "connection '" + portLabel(c.getSource()) + " -> " + portLabel(c.getTarget()) + "'";
        }
        if (o instanceof DevicePreset d) {
            return "preset '" + name(d.getName()) + "'";
        }
        if (o instanceof Parameter p) {
            EStructuralFeature f = o.eContainingFeature();
            return (f != null && "provenance".equals(f.getName()) ? "provenance '" : "parameter '") + name(p.getName()) + "'";
        }
        if (o instanceof TrainingSpec) {
            return "training";
        }
        if (o instanceof DatasetSpec) {
            return "dataset";
        }
        if (o instanceof SplitSpec) {
            return "split";
        }
        if (o instanceof OptimizerSpec) {
            return "optimizer";
        }
        if (o instanceof SynapseSpec) {
            return "synapse";
        }
        if (o instanceof Conductances) {
            return "conductances";
        }
        if (o instanceof VariabilitySpec) {
            return "variability";
        }
        if (o instanceof NoiseSpec) {
            return "noise";
        }
        if (o instanceof TrainingRun || o instanceof EpochMetrics) {
            return (o instanceof TrainingRun ? "run #" : "epoch #") + (indexInContainer(o) + 1);
        }
        return o.eClass().getName();
    }

    static int indexInContainer(EObject o) {
        EObject c = o.eContainer();
        EStructuralFeature f = o.eContainingFeature();
        if (c != null && f != null && f.isMany()) {
            return ((List<?>) c.eGet(f)).indexOf(o);
        }
        return 0;
    }

    static String name(String n) {
        return n == null || n.isEmpty() ? "<unnamed>" : n;
    }
}
