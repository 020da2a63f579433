package org.spinflow.glsp.server;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.types.GLSPServerException;

/** Reflective property access for the properties panel: paths like {@code optimizer.learningRate}. */
public final class Properties {
    private Properties() {
    }

    static EAttribute attribute(EObject o, String path) {
        String[] segs = path.split("\\.");
        org.eclipse.emf.ecore.EClass c = o.eClass();
        for (int i = 0; i < segs.length - 1; i++) {
            EStructuralFeature f = c.getEStructuralFeature(segs[i]);
            if (!(f instanceof EReference r) || !r.isContainment() || r.isMany()) {
                throw new GLSPServerException("Unknown property " + path);
            }
            c = r.getEReferenceType();
        }
        EStructuralFeature f = c.getEStructuralFeature(segs[segs.length - 1]);
        if (!(f instanceof EAttribute a) || a.isMany()) {
            throw new GLSPServerException("Unknown property " + path);
        }
        return a;
    }

    /** The kind's property spec of a node property path, or null (name, description, network attributes). */
    static org.spinflow.model.kinds.PropertySpec spec(EObject o, String path) {
        if (o instanceof org.spinflow.model.Node n) {
            org.spinflow.model.kinds.NodeKindDescriptor d = org.spinflow.model.kinds.NodeKinds.of(n);
            return d == null ? null : org.spinflow.model.kinds.NodeKinds.property(d, path);
        }
        return null;
    }

    /**
     * Why {@code value} cannot be set for {@code path} on {@code o}, in plain words (e.g. "cols must be a whole
     * number; 'abc' is not one"), or null when it can. Checks the syntax, the declared range and the allowed
     * choices (device presets too) before a command is created, so a refused edit changes nothing.
     */
    static String problem(EObject o, String path, String value) {
        String v = value == null ? "" : value.trim();
        org.spinflow.model.kinds.PropertySpec ps = spec(o, path);
        if (ps == null) {
            EAttribute a;
            try {
                a = attribute(o, path);
            } catch (GLSPServerException e) {
                return "There is no property " + path + ".";
            }
            if (v.isEmpty()) {
                return null;
            }
            if (a.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum e && e.getEEnumLiteralByLiteral(v) == null) {
                return path + " must be one of " + String.join(", ", e.getELiterals().stream().map(l -> l.getLiteral()).toList())
                        + "; '" + v + "' is not one of them.";
            }
            try {
                EcoreUtil.createFromString(a.getEAttributeType(), v);
            } catch (RuntimeException e) {
                return path + " must be " + plainType(a.getEAttributeType().getInstanceClass()) + "; '" + v + "' is not.";
            }
            return null;
        }
        if (v.isEmpty()) {
            return null;
        }
        java.util.List<String> options = SpinflowGModelFactory.choices(ps);
        if (!options.isEmpty() && !options.contains(v)) {
            return path + " must be one of " + String.join(", ", options) + "; '" + v + "' is not one of them.";
        }
        Double number = null;
        switch (ps.type()) {
            case INT -> {
                try {
                    number = (double) Long.parseLong(v);
                } catch (NumberFormatException e) {
                    return path + " must be a whole number; '" + v + "' is not.";
                }
            }
            case DOUBLE -> {
                try {
                    number = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return path + " must be a number; '" + v + "' is not.";
                }
                if (!Double.isFinite(number)) {
                    return path + " must be a finite number; '" + v + "' is not.";
                }
            }
            case BOOLEAN -> {
                if (!v.equals("true") && !v.equals("false")) {
                    return path + " must be true or false; '" + v + "' is not.";
                }
            }
            default -> {
            }
        }
        if (number != null) {
            boolean low = ps.min() != null && (ps.minExclusive() ? number <= ps.min() : number < ps.min());
            boolean high = ps.max() != null && number > ps.max();
            if (low || high) {
                return path + " must be " + (ps.rangeText().isEmpty() ? "in its range" : ps.rangeText()) + "; " + v + " is not.";
            }
        }
        try {
            org.spinflow.model.kinds.PropertyValues.set(EcoreUtil.copy(o), ps, v);
        } catch (RuntimeException e) {
            return path + ": " + (e.getMessage() == null ? "'" + v + "' is not accepted" : e.getMessage()) + ".";
        }
        return null;
    }

    private static String plainType(Class<?> c) {
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class || c == short.class) {
            return "a whole number";
        }
        if (c == double.class || c == float.class || c == Double.class || c == Float.class) {
            return "a number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }

    /** Validates the value's syntax before a command is created (so failures do not reach the stack). */
    static void check(EObject o, String path, String value) {
        org.spinflow.model.kinds.PropertySpec ps = spec(o, path);
        if (ps != null && o instanceof org.spinflow.model.GenericNode) {
            try {
                org.spinflow.model.kinds.PropertyValues.set(EcoreUtil.copy(o), ps, value);
            } catch (RuntimeException e) {
                throw new GLSPServerException("'" + value + "' is not a valid " + ps.type().literal() + " for " + path);
            }
            return;
        }
        EAttribute a = attribute(o, path);
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            EcoreUtil.createFromString(a.getEAttributeType(), value.trim());
        } catch (RuntimeException e) {
            throw new GLSPServerException("'" + value + "' is not a valid " + a.getEAttributeType().getName() + " for " + path);
        }
    }

    static void set(EObject o, String path, String value) {
        org.spinflow.model.kinds.PropertySpec ps = spec(o, path);
        if (ps != null) {
            org.spinflow.model.kinds.PropertyValues.set(o, ps, value);
            return;
        }
        String[] segs = path.split("\\.");
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
        EAttribute a = attribute(o, path);
        if (value == null || value.isEmpty()) {
            if (a.isUnsettable() || !a.getEAttributeType().getInstanceClass().isPrimitive()) {
                cur.eUnset(a);
            }
            return;
        }
        cur.eSet(a, EcoreUtil.createFromString(a.getEAttributeType(), value.trim()));
    }
}
