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
