package org.spinflow.ui.editor;

import java.util.ArrayList;
import java.util.List;

import java.util.Comparator;
import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Outline: the network, its nodes (kind and name, in the model's order - not the drawing order, which changes
 * when a node is selected and brought to the front) and under each node its outgoing connections. Selecting in
 * the Outline selects in the diagram, and the Properties view shows the selected item (items adapt to
 * {@link IPropertySource}).
 */
public class NetworkOutlinePage extends ContentOutlinePage {
    /** A tree item: the network, a node or a connection; {@code element} is what the Properties view shows. */
    public record Item(String id, String label, List<Item> children, NetworkEditor editor) implements IAdaptable {
        @Override
        public String toString() {
            return label;
        }

        /** The element as the editor holds it now (null for a connection). */
        public DiagramElement element() {
            if (editor == null || (id != null && id.startsWith("c"))) {
                return null;
            }
            DiagramState s = editor.getState();
            DiagramState.Element e = id == null ? s.network : s.node(id);
            return e == null ? null : new DiagramElement(editor, e);
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            DiagramElement element = adapter == IPropertySource.class || adapter == DiagramElement.class ? element() : null;
            return element == null ? null : adapter.cast(element);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Item i && Objects.equals(id, i.id) && label.equals(i.label);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, label);
        }
    }

    private final NetworkEditor editor;
    private boolean updating;
    private List<Item> shown;

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
        return tree(null, s);
    }

    /** Session ids are n1, n2, ... in the model's order (new nodes get higher numbers). */
    private static long order(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    static List<Item> tree(NetworkEditor editor, DiagramState s) {
        List<Item> nodes = new ArrayList<>();
        List<DiagramState.Element> ordered = new ArrayList<>(s.nodes);
        ordered.sort(Comparator.comparingLong((DiagramState.Element e) -> order(e.id)).thenComparing(e -> e.id));
        for (DiagramState.Element n : ordered) {
            List<Item> out = new ArrayList<>();
            for (DiagramState.Edge e : s.edges) {
                if (n.id.equals(e.source)) {
                    DiagramState.Element t = s.node(e.target);
                    out.add(new Item(e.id, "→ " + (t == null ? e.target : t.name) + (e.label.isEmpty() ? "" : " (" + e.label + ")"), List.of(),
                            editor));
                }
            }
            nodes.add(new Item(n.id, n.kind + " " + n.name, out, editor));
        }
        String name = s.network == null ? "" : s.network.name;
        return List.of(new Item(null, "Network " + name, nodes, editor));
    }

    void update(DiagramState s) {
        TreeViewer v = getTreeViewer();
        if (v == null || v.getControl().isDisposed() || s == null || s.nodes == null) {
            return;
        }
        updating = true;
        try {
            List<Item> tree = tree(editor, s);
            if (!sameStructure(tree, shown)) {
                // rebuilt only when nodes, names or connections changed (a selection alone keeps the tree as it is)
                shown = tree;
                v.setInput(tree);
                v.expandToLevel(2);
            }
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

    private static boolean sameStructure(List<Item> a, List<Item> b) {
        if (a == null || b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i)) || !sameStructure(a.get(i).children(), b.get(i).children())) {
                return false;
            }
        }
        return true;
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
