package org.spinflow.glsp.server;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.spinflow.model.Connection;
import org.spinflow.model.Network;
import org.spinflow.model.Node;

/** Lays out a network left to right with Eclipse ELK's layered algorithm. */
public final class ElkLayout {
    private static boolean registered;

    private ElkLayout() {
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    /** Positions for every node of {@code network}; sizes are taken from {@code sizes} when present. */
    public static Map<Node, Bounds> layout(Network network, Map<Node, Bounds> sizes) {
        register();
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        graph.setProperty(org.eclipse.elk.alg.layered.options.LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));
        Map<Node, ElkNode> map = new IdentityHashMap<>();
        List<Node> nodes = network.getNodes();
        for (Node n : nodes) {
            ElkNode e = ElkGraphUtil.createNode(graph);
            Bounds b = sizes == null ? null : sizes.get(n);
            e.setWidth(b != null ? b.width() : Bounds.DEFAULT_WIDTH);
            e.setHeight(b != null ? b.height() : Bounds.DEFAULT_HEIGHT);
            map.put(n, e);
        }
        for (Connection c : network.getConnections()) {
            if (c.getSource() == null || c.getTarget() == null) {
                continue;
            }
            ElkNode s = map.get(c.getSource().getNode());
            ElkNode t = map.get(c.getTarget().getNode());
            if (s != null && t != null && s != t) {
                ElkGraphUtil.createSimpleEdge(s, t);
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        Map<Node, Bounds> out = new IdentityHashMap<>();
        for (Map.Entry<Node, ElkNode> e : map.entrySet()) {
            ElkNode en = e.getValue();
            out.put(e.getKey(), new Bounds(en.getX(), en.getY(), en.getWidth(), en.getHeight()));
        }
        return out;
    }
}
