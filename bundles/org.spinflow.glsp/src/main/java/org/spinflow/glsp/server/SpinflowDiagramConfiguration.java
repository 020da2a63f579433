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

public class SpinflowDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> m = DefaultTypes.getDefaultTypeMappings();
        for (String t : SpinflowTypes.NODE_TYPES) {
            m.put(t, GraphPackage.Literals.GNODE);
        }
        m.put(SpinflowTypes.CONNECTION, GraphPackage.Literals.GEDGE);
        m.put(SpinflowTypes.LABEL_NAME, GraphPackage.Literals.GLABEL);
        m.put(SpinflowTypes.LABEL_KIND, GraphPackage.Literals.GLABEL);
        m.put(SpinflowTypes.LABEL_INFO, GraphPackage.Literals.GLABEL);
        return m;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<ShapeTypeHint> hints = new ArrayList<>();
        for (String t : SpinflowTypes.NODE_TYPES) {
            hints.add(new ShapeTypeHint(t, true, true, true, false));
        }
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<String> sources = new ArrayList<>(SpinflowTypes.NODE_TYPES);
        sources.remove(SpinflowTypes.READOUT);
        List<String> targets = new ArrayList<>(SpinflowTypes.NODE_TYPES);
        targets.remove(SpinflowTypes.INPUT);
        return List.of(new EdgeTypeHint(SpinflowTypes.CONNECTION, true, true, false, false, sources, targets));
    }
}
