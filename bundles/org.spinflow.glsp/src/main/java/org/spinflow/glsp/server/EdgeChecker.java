package org.spinflow.glsp.server;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.typehints.EdgeCreationChecker;
import org.spinflow.model.PortDirection;

import com.google.inject.Inject;

/** Answers the client while a connection is dragged: which sources and targets fit (see {@link Connect}). */
public class EdgeChecker implements EdgeCreationChecker {
    @Inject
    protected SpinflowModelState state;

    @Override
    public boolean isValidSource(String edgeType, GModelElement source) {
        var p = Connect.port(state, source.getId(), PortDirection.OUT);
        return p != null && p.getDirection() == PortDirection.OUT;
    }

    @Override
    public boolean isValidTarget(String edgeType, GModelElement source, GModelElement target) {
        var s = Connect.port(state, source.getId(), PortDirection.OUT);
        var t = Connect.port(state, target.getId(), PortDirection.IN);
        return Connect.refusal(state.getNetwork(), s, t, null) == null;
    }
}
