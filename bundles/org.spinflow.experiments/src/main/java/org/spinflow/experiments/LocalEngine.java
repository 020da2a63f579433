package org.spinflow.experiments;

import java.util.List;
import java.util.function.Consumer;

import org.spinflow.experiments.Suite.Point;

/** The embedded engine: the points one after the other in this JVM, each training on {@code threads} threads. */
public final class LocalEngine implements Engine {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public void run(Suite suite, List<Point> points, int threads, Consumer<PointRunner.Result> done, Consumer<String> log) {
        PointRunner runner = new PointRunner(threads);
        for (Point p : points) {
            done.accept(runner.run(p, log));
        }
    }
}
