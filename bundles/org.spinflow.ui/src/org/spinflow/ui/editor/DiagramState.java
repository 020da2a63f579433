package org.spinflow.ui.editor;

import java.util.List;

/** What the editor reads from the diagram page (parsed from JSON; field names follow the page script). */
public final class DiagramState {
    public String loaded;
    public boolean dirty;
    public List<String> selection = List.of();
    public List<Element> nodes = List.of();
    public List<Edge> edges = List.of();
    public Element network;
    public int rendered;
    public String error;
    /** Counts the saves the server refused because the file changed on disk ('' if none). */
    public String conflict;
    /** The server's text about the last refused save. */
    public String conflictMessage;

    /** A node (or the network itself) with its editable properties as the server sent them. */
    public static final class Element {
        public String id;
        public String type;
        public String kind;
        public String name;
        public String properties;
    }

    public static final class Edge {
        public String id;
        public String source;
        public String target;
        public String label;
    }

    public boolean isLoaded() {
        return "true".equals(loaded);
    }

    public Element node(String id) {
        for (Element e : nodes) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        return null;
    }

    public Element nodeNamed(String name) {
        for (Element e : nodes) {
            if (name.equals(e.name)) {
                return e;
            }
        }
        return null;
    }
}
