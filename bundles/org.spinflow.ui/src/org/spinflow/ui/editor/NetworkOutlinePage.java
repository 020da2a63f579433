package org.spinflow.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline: the network, its nodes (kind and name) and under each node its outgoing connections. */
public class NetworkOutlinePage extends ContentOutlinePage {
    /** A tree item: the network, a node or a connection. */
    public record Item(String id, String label, List<Item> children) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final NetworkEditor editor;
    private boolean updating;

    NetworkOutlinePage(NetworkEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer v = getTreeViewer();
        v.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object e) {
                return ((Item) e).children().toArray();
            }

            @Override
            public Object getParent(Object e) {
                return null;
            }

            @Override
            public boolean hasChildren(Object e) {
                return !((Item) e).children().isEmpty();
            }
        });
        v.setLabelProvider(new LabelProvider());
        v.addSelectionChangedListener(e -> {
            if (updating) {
                return;
            }
            List<String> ids = new ArrayList<>();
            for (Object o : v.getStructuredSelection()) {
                Item i = (Item) o;
                if (i.id() != null && !i.id().startsWith("c")) {
                    ids.add(i.id());
                }
            }
            editor.selectInDiagram(ids);
        });
        update(editor.getState());
    }

    /** The tree for a diagram state. */
    public static List<Item> tree(DiagramState s) {
        List<Item> nodes = new ArrayList<>();
        for (DiagramState.Element n : s.nodes) {
            List<Item> out = new ArrayList<>();
            for (DiagramState.Edge e : s.edges) {
                if (n.id.equals(e.source)) {
                    DiagramState.Element t = s.node(e.target);
                    out.add(new Item(e.id, "→ " + (t == null ? e.target : t.name) + (e.label.isEmpty() ? "" : " (" + e.label + ")"), List.of()));
                }
            }
            nodes.add(new Item(n.id, n.kind + " " + n.name, out));
        }
        String name = s.network == null ? "" : s.network.name;
        return List.of(new Item(null, "Network " + name, nodes));
    }

    void update(DiagramState s) {
        TreeViewer v = getTreeViewer();
        if (v == null || v.getControl().isDisposed() || s == null || s.nodes == null) {
            return;
        }
        updating = true;
        try {
            v.setInput(tree(s));
            v.expandToLevel(2);
            List<Object> sel = new ArrayList<>();
            for (Object top : ((List<?>) v.getInput())) {
                for (Item i : ((Item) top).children()) {
                    if (s.selection.contains(i.id())) {
                        sel.add(i);
                    }
                }
            }
            v.setSelection(new StructuredSelection(sel));
        } finally {
            updating = false;
        }
    }

    /** The labels of the network's nodes as shown (tests). */
    public List<String> nodeLabels() {
        List<String> out = new ArrayList<>();
        TreeViewer v = getTreeViewer();
        if (v != null && v.getInput() instanceof List<?> l) {
            for (Object top : l) {
                for (Item i : ((Item) top).children()) {
                    out.add(i.label());
                }
            }
        }
        return out;
    }

    @Override
    public void dispose() {
        editor.outlineDisposed();
        super.dispose();
    }
}
