package org.spinflow.model.kinds;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spinflow.model.GenericNode;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SpinflowPackage;

/**
 * Reads and writes a node's property by its {@link PropertySpec#name() path}: an attribute, a path
 * into a contained object ({@code synapse.gMin}), or a generic node's parameter.
 */
public final class PropertyValues {
    private PropertyValues() {
    }

    /** The attribute a path names on {@code o}'s class, or null (generic parameters have none). */
    public static EAttribute attribute(EObject o, String path) {
        String[] segs = path.split("\\.");
        org.eclipse.emf.ecore.EClass c = o.eClass();
        for (int i = 0; i < segs.length - 1; i++) {
            EStructuralFeature f = c.getEStructuralFeature(segs[i]);
            if (!(f instanceof EReference r) || !r.isContainment() || r.isMany()) {
                return null;
            }
            c = r.getEReferenceType();
        }
        EStructuralFeature f = c.getEStructuralFeature(segs[segs.length - 1]);
        return f instanceof EAttribute a && !a.isMany() ? a : null;
    }

    /** The value as text; the default when unset; empty for an unset attribute without default ("the preset's"). */
    public static String text(EObject o, PropertySpec spec) {
        if (o instanceof GenericNode g) {
            Parameter p = parameter(g, spec.name());
            if (p == null) {
                return spec.defaultValue();
            }
            if (p.getText() != null && !p.eIsSet(SpinflowPackage.Literals.PARAMETER__VALUE)) {
                return p.getText();
            }
            double v = p.getValue();
            return switch (spec.type()) {
                case INT -> Long.toString((long) v);
                case BOOLEAN -> Boolean.toString(v != 0);
                default -> Double.toString(v);
            };
        }
        String[] segs = spec.name().split("\\.");
        EObject cur = o;
        for (int i = 0; i < segs.length - 1 && cur != null; i++) {
            cur = (EObject) cur.eGet(cur.eClass().getEStructuralFeature(segs[i]));
        }
        EAttribute a = attribute(o, spec.name());
        if (a == null) {
            return spec.defaultValue();
        }
        if (cur == null) {
            cur = EcoreUtil.create(a.getEContainingClass());
        }
        if (a.isUnsettable() && !cur.eIsSet(a)) {
            return spec.defaultValue();
        }
        Object v = cur.eGet(a);
        return v == null ? spec.defaultValue() : EcoreUtil.convertToString(a.getEAttributeType(), v);
    }

    /** The value as a number (booleans 1/0); NaN when it is not a number. */
    public static double number(EObject o, PropertySpec spec) {
        String t = text(o, spec);
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (spec.type() == PropertySpec.Type.BOOLEAN) {
            return Boolean.parseBoolean(t) ? 1 : 0;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Sets the value from text; empty text unsets (back to the default). Throws IllegalArgumentException on bad syntax. */
    public static void set(EObject o, PropertySpec spec, String value) {
        if (o instanceof GenericNode g) {
            Parameter p = parameter(g, spec.name());
            if (value == null || value.isBlank()) {
                if (p != null) {
                    g.getProperties().remove(p);
                }
                return;
            }
            if (p == null) {
                p = SpinflowFactory.eINSTANCE.createParameter();
                p.setName(spec.name());
                p.setUnit(spec.unit().isEmpty() ? null : spec.unit());
                g.getProperties().add(p);
            }
            String v = value.trim();
            switch (spec.type()) {
                case INT -> p.setValue(Long.parseLong(v));
                case DOUBLE -> p.setValue(Double.parseDouble(v));
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        throw new IllegalArgumentException("'" + v + "' is not true or false");
                    }
                    p.setValue(Boolean.parseBoolean(v) ? 1 : 0);
                }
                case CHOICE, STRING -> {
                    if (spec.type() == PropertySpec.Type.CHOICE && !spec.choices().isEmpty() && !spec.choices().contains(v)) {
                        throw new IllegalArgumentException("'" + v + "' is not one of " + String.join(", ", spec.choices()));
                    }
                    p.setText(v);
                    p.eUnset(SpinflowPackage.Literals.PARAMETER__VALUE);
                }
            }
            return;
        }
        String[] segs = spec.name().split("\\.");
        EObject cur = o;
        for (int i = 0; i < segs.length - 1; i++) {
            EReference r = (EReference) cur.eClass().getEStructuralFeature(segs[i]);
            EObject child = (EObject) cur.eGet(r);
            if (child == null) {
                child = EcoreUtil.create(r.getEReferenceType());
                cur.eSet(r, child);
            }
            cur = child;
        }
        EAttribute a = attribute(o, spec.name());
        if (a == null) {
            throw new IllegalArgumentException("unknown property " + spec.name());
        }
        if (value == null || value.isBlank()) {
            if (a.isUnsettable() || !a.getEAttributeType().getInstanceClass().isPrimitive()) {
                cur.eUnset(a);
            }
            return;
        }
        cur.eSet(a, EcoreUtil.createFromString(a.getEAttributeType(), value.trim()));
    }

    static Parameter parameter(GenericNode g, String name) {
        for (Parameter p : g.getProperties()) {
            if (name.equals(p.getName())) {
                return p;
            }
        }
        return null;
    }
}
