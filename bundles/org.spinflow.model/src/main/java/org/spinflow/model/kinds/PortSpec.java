package org.spinflow.model.kinds;

import java.util.function.ToIntFunction;

import org.spinflow.model.Node;
import org.spinflow.model.PortDirection;
import org.spinflow.model.SignalKind;

/**
 * A port of a node kind.
 *
 * @param name           port name, unique within the node ({@code in}, {@code out})
 * @param direction      in or out
 * @param signal         what it carries (connected ports must agree)
 * @param size           the port's size as a function of the node's properties
 * @param sizeRule       that function in words, for listings and error messages (e.g. {@code rows})
 * @param maxConnections connections an input accepts ({@link #UNBOUNDED} for any number); 0 for outputs (any fan-out)
 * @param shape          how the sizes of several incoming connections relate to {@code size}
 */
public record PortSpec(String name, PortDirection direction, SignalKind signal, ToIntFunction<Node> size, String sizeRule,
                       int maxConnections, Shape shape) {

    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** How incoming connections fill an input port. */
    public enum Shape {
        /** every connection carries the port's size (one connection, or several that add up element-wise) */
        EACH,
        /** the connections' sizes add up to the port's size, in connection order (concatenation) */
        CONCATENATED
    }

    /** An input port taking exactly one connection whose size is {@code size}. */
    public static PortSpec in(String name, SignalKind signal, ToIntFunction<Node> size, String rule) {
        return new PortSpec(name, PortDirection.IN, signal, size, rule, 1, Shape.EACH);
    }

    /** An output port of size {@code size}; any number of connections may leave it (fan-out). */
    public static PortSpec out(String name, SignalKind signal, ToIntFunction<Node> size, String rule) {
        return new PortSpec(name, PortDirection.OUT, signal, size, rule, 0, Shape.EACH);
    }

    public PortSpec withMaxConnections(int max, Shape s) {
        return new PortSpec(name, direction, signal, size, sizeRule, max, s);
    }
}
