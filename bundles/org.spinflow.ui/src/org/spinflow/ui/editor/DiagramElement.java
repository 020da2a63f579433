package org.spinflow.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/**
 * A diagram element selected in the editor, as the Properties view shows it: its properties (sizes, presets,
 * knobs, nested specs as {@code spec.attribute}) are edited through the diagram server's undoable
 * {@code spinflowSetProperty} operation.
 */
public final class DiagramElement implements IPropertySource {
    private static final Gson GSON = new Gson();

    /** One property as the server describes it. */
    public static final class Property {
        public String name;
        public String value;
        public String type;
        public List<String> options;
        public String unit;
        public String description;
        public String range;
    }

    private final NetworkEditor editor;
    private final String id;
    private final String kind;
    private final String name;
    private final List<Property> properties;

    DiagramElement(NetworkEditor editor, DiagramState.Element e) {
        this.editor = editor;
        this.id = e.id;
        this.kind = e.kind == null || e.kind.isEmpty() ? "Network" : e.kind;
        this.name = e.name;
        List<Property> ps = GSON.fromJson(e.properties == null ? "[]" : e.properties, new TypeToken<List<Property>>() {
        }.getType());
        this.properties = ps == null ? List.of() : ps;
    }

    /** The editor showing this element. */
    public NetworkEditor getEditor() {
        return editor;
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public List<Property> getProperties() {
        return properties;
    }

    public String value(String property) {
        for (Property p : properties) {
            if (p.name.equals(property)) {
                return p.value;
            }
        }
        return null;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        PropertyDescriptor k = new PropertyDescriptor("@kind", "kind");
        k.setCategory("Element");
        out.add(k);
        for (Property p : properties) {
            PropertyDescriptor d = p.options != null && !p.options.isEmpty()
                    ? new ComboBoxPropertyDescriptor(p.name, p.name, p.options.toArray(String[]::new))
                    : new TextPropertyDescriptor(p.name, p.unit == null || p.unit.isEmpty() ? p.name : p.name + " (" + p.unit + ")");
            int dot = p.name.lastIndexOf('.');
            d.setCategory(dot < 0 ? kind : p.name.substring(0, dot));
            StringBuilder desc = new StringBuilder(p.type == null ? "" : p.type);
            if (p.description != null && !p.description.isEmpty()) {
                desc.append(": ").append(p.description);
            }
            if (p.range != null && !p.range.isEmpty()) {
                desc.append(" (").append(p.range).append(")");
            }
            d.setDescription(desc.toString());
            out.add(d);
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object key) {
        if ("@kind".equals(key)) {
            return kind;
        }
        for (Property p : properties) {
            if (p.name.equals(key)) {
                if (p.options != null && !p.options.isEmpty()) {
                    return Math.max(0, p.options.indexOf(p.value));
                }
                return p.value == null ? "" : p.value;
            }
        }
        return null;
    }

    @Override
    public boolean isPropertySet(Object key) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object key) {
    }

    @Override
    public void setPropertyValue(Object key, Object value) {
        for (Property p : properties) {
            if (p.name.equals(key)) {
                String v = value instanceof Integer i && p.options != null && !p.options.isEmpty() ? p.options.get(i)
                        : String.valueOf(value);
                if (!Objects.equals(v, p.value)) {
                    p.value = v;
                    editor.setProperty(id, p.name, v);
                }
                return;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiagramElement d && d.id.equals(id) && d.editor == editor;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return kind + " " + (name == null ? "" : name);
    }
}
