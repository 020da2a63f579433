package org.spinflow.glsp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/** Palette: every node kind, and connections. */
public class SpinflowPalette implements ToolPaletteItemProvider {
    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> nodes = new ArrayList<>();
        int i = 0;
        for (String t : SpinflowTypes.NODE_TYPES) {
            nodes.add(new PaletteItem("palette-" + t.replace(':', '-'), SpinflowTypes.LABELS.get(t), new TriggerNodeCreationAction(t),
                    "symbol-class", String.valueOf((char) ('A' + i++))));
        }
        List<PaletteItem> edges = List.of(new PaletteItem("palette-connection", "Connection",
                new TriggerEdgeCreationAction(SpinflowTypes.CONNECTION), "arrow-right", "A"));
        return new ArrayList<>(List.of(PaletteItem.createPaletteGroup("node-group", "Nodes", nodes, "symbol-property", "A"),
                PaletteItem.createPaletteGroup("edge-group", "Connections", edges, "symbol-property", "B")));
    }
}
