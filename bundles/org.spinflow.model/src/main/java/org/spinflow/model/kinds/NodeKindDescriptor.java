package org.spinflow.model.kinds;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.spinflow.model.GenericNode;
import org.spinflow.model.Node;

/**
 * Everything Spinflow knows about one kind of node, in one class (see the package documentation).
 * Registered through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.spinflow.model.kinds.NodeKindDescriptor}).
 */
public interface NodeKindDescriptor {

    /** Stable id, e.g. {@code crossbar}, {@code sum}; the diagram type is {@code node:<id>}. */
    String id();

    /** Palette label, e.g. {@code Synaptic crossbar}. */
    String label();

    /** Palette group. */
    default String category() {
        return "Nodes";
    }

    /** Codicon name of the palette entry. */
    default String icon() {
        return "symbol-class";
    }

    /** One line for listings. */
    default String description() {
        return label();
    }

    /** EClass of this kind's nodes: its own class, or {@link org.spinflow.model.SpinflowPackage#getGenericNode()}. */
    EClass eClass();

    /** The ports, in order. */
    List<PortSpec> ports();

    /** The editable properties, in order. */
    List<PropertySpec> properties();

    /** A new node named {@code name} with every property at its default and its ports. */
    Node create(String name);

    /** Kind-specific rules beyond the property ranges and port rules (which the validator checks for every kind). */
    default void validate(Node node, Checks checks) {
    }

    /** One-line summary for the diagram, e.g. {@code 784 × 100 + bias}. */
    String summary(Node node);

    /** Base of generated node names ({@code crossbar} gives crossbar1, crossbar2, ...). */
    default String defaultName() {
        return id();
    }

    /** Whether {@code node} is of this kind. */
    default boolean handles(Node node) {
        if (node instanceof GenericNode g) {
            return eClass() == node.eClass() && id().equals(g.getKind());
        }
        return node.eClass() == eClass();
    }
}
