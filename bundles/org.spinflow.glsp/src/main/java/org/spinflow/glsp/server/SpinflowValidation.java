package org.spinflow.glsp.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.spinflow.model.Connection;
import org.spinflow.model.Node;
import org.spinflow.model.validation.ElementPaths;
import org.spinflow.model.validation.Problem;

import com.google.inject.Inject;

/** Runs the model's validator and turns its problems into markers on the nodes they concern. */
public class SpinflowValidation implements ModelValidator {
    @Inject
    protected SpinflowModelState state;

    @Override
    public List<Marker> validate(List<GModelElement> elements, String reason) {
        List<Marker> markers = new ArrayList<>();
        if (state.getNetwork() == null) {
            return markers;
        }
        List<Problem> problems = org.spinflow.model.validation.ModelValidator.validate(state.getNetwork(), state.getFile());
        // longest element path first, so that a port's problem goes to its node, a connection's to its target
        List<String> paths = new ArrayList<>();
        List<EObject> objects = new ArrayList<>();
        for (Connection c : state.getNetwork().getConnections()) {
            paths.add(ElementPaths.of(c));
            objects.add(c);
        }
        for (Node n : state.getNetwork().getNodes()) {
            paths.add(ElementPaths.of(n));
            objects.add(n);
        }
        for (Problem p : problems) {
            String elementId = "spinflow-graph";
            int best = -1;
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                if ((p.elementPath().equals(path) || p.elementPath().startsWith(path + "/")) && path.length() > best) {
                    best = path.length();
                    EObject o = objects.get(i);
                    if (o instanceof Connection c) {
                        Node t = c.getTarget() != null ? c.getTarget().getNode() : null;
                        elementId = t != null ? state.idOf(t) : elementId;
                    } else {
                        elementId = state.idOf(o);
                    }
                }
            }
            String kind = p.severity() == Problem.Severity.ERROR ? MarkerKind.ERROR : MarkerKind.WARNING;
            String label = p.check() == null ? "problem" : p.check().name().toLowerCase().replace('_', ' ');
            markers.add(new Marker(label, p.elementPath() + ": " + p.message(), elementId, kind));
        }
        return markers;
    }
}
