package org.spinflow.glsp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.spinflow.model.PortDirection;
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;

/** Type mappings and hints, derived from the registered node kinds. */
public class SpinflowDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> m = DefaultTypes.getDefaultTypeMappings();
        for (String t : SpinflowTypes.nodeTypes()) {
            m.put(t, GraphPackage.Literals.GNODE);
        }
        m.put(SpinflowTypes.UNKNOWN, GraphPackage.Literals.GNODE);
        m.put(SpinflowTypes.CONNECTION, GraphPackage.Literals.GEDGE);
        m.put(SpinflowTypes.PORT_IN, GraphPackage.Literals.GPORT);
        m.put(SpinflowTypes.PORT_OUT, GraphPackage.Literals.GPORT);
        m.put(SpinflowTypes.LABEL_NAME, GraphPackage.Literals.GLABEL);
        m.put(SpinflowTypes.LABEL_KIND, GraphPackage.Literals.GLABEL);
        m.put(SpinflowTypes.LABEL_INFO, GraphPackage.Literals.GLABEL);
        return m;
    }

    /**
     * The server places the labels (SpinflowGModelFactory), so the page does not render the whole model hidden to
     * measure it and send the sizes back before showing it: a large model opens in one round trip.
     */
    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<ShapeTypeHint> hints = new ArrayList<>();
        for (String t : SpinflowTypes.nodeTypes()) {
            hints.add(new ShapeTypeHint(t, true, true, true, false));
        }
        hints.add(new ShapeTypeHint(SpinflowTypes.UNKNOWN, true, true, true, false));
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (NodeKindDescriptor d : NodeKinds.all()) {
            if (d.ports().stream().anyMatch(p -> p.direction() == PortDirection.OUT)) {
                sources.add(SpinflowTypes.typeOf(d));
            }
            if (d.ports().stream().anyMatch(p -> p.direction() == PortDirection.IN)) {
                targets.add(SpinflowTypes.typeOf(d));
            }
        }
        sources.add(SpinflowTypes.PORT_OUT);
        targets.add(SpinflowTypes.PORT_IN);
        // dynamic: while a connection is dragged the client asks the server (EdgeChecker) whether a target fits
        return List.of(new EdgeTypeHint(SpinflowTypes.CONNECTION, true, true, false, true, sources, targets));
    }
}
