package org.spinflow.glsp.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;

/** Palette: one entry per registered node kind, grouped by the kinds' categories, and connections. */
public class SpinflowPalette implements ToolPaletteItemProvider {
    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        Map<String, List<PaletteItem>> groups = new LinkedHashMap<>();
        int i = 0;
        for (NodeKindDescriptor d : NodeKinds.all()) {
            String t = SpinflowTypes.typeOf(d);
            groups.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(new PaletteItem("palette-" + t.replace(':', '-'),
                    d.label(), new TriggerNodeCreationAction(t), d.icon(), String.format("%03d", i++)));
        }
        List<PaletteItem> out = new ArrayList<>();
        int g = 0;
        for (var e : groups.entrySet()) {
            out.add(PaletteItem.createPaletteGroup("group-" + e.getKey().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                    e.getKey(), e.getValue(), "symbol-property", String.format("%03d", g++)));
        }
        List<PaletteItem> edges = List.of(new PaletteItem("palette-connection", "Connection",
                new TriggerEdgeCreationAction(SpinflowTypes.CONNECTION), "arrow-right", "A"));
        out.add(PaletteItem.createPaletteGroup("edge-group", "Connections", edges, "symbol-property", String.format("%03d", g)));
        return out;
    }
}
