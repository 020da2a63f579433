package org.spinflow.model.kinds;

import org.eclipse.emf.ecore.EClass;
import org.spinflow.model.GenericNode;
import org.spinflow.model.Node;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SpinflowPackage;

/**
 * Base of kinds stored as {@link GenericNode}s (the id and typed property values); a contributed
 * kind extends it and declares only its id, label, ports, properties and rules.
 */
public abstract class GenericKind implements NodeKindDescriptor {

    @Override
    public final EClass eClass() {
        return SpinflowPackage.Literals.GENERIC_NODE;
    }

    /** A generic node with every property at its default, written out so that defaults show as values. */
    @Override
    public Node create(String name) {
        GenericNode g = SpinflowFactory.eINSTANCE.createGenericNode();
        g.setName(name);
        g.setKind(id());
        for (PropertySpec p : properties()) {
            if (!p.defaultValue().isEmpty()) {
                PropertyValues.set(g, p, p.defaultValue());
            }
        }
        NodeKinds.addPorts(g, this);
        return g;
    }

    /** The value of an integer property (its default when unset). */
    protected int intValue(Node n, String property) {
        double v = PropertyValues.number(n, NodeKinds.property(this, property));
        return Double.isNaN(v) ? 0 : (int) v;
    }

    /** The value of a numeric property (its default when unset). */
    protected double doubleValue(Node n, String property) {
        return PropertyValues.number(n, NodeKinds.property(this, property));
    }
}
