package org.spinflow.glsp.server;

/** Position and size of a node in the diagram (layout resource only, never in the model). */
public record Bounds(double x, double y, double width, double height) {
    public static final double DEFAULT_WIDTH = 190;
    public static final double DEFAULT_HEIGHT = 74;

    public Bounds withPosition(double nx, double ny) {
        return new Bounds(nx, ny, width, height);
    }
}
