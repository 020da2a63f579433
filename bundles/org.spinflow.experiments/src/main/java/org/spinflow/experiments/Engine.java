package org.spinflow.experiments;

import java.util.List;
import java.util.function.Consumer;

import org.spinflow.experiments.Suite.Point;

/**
 * Where the points of a suite are computed: {@link LocalEngine} (this JVM) or {@link SparkEngine}
 * (every point a task on Apache Spark). An engine only computes; the {@link Runner} keeps the
 * results store, so resuming works the same whichever engine ran the earlier points.
 */
public interface Engine {

    /** The engine's name as given to {@code --engine}. */
    String name();

    /**
     * Fails with a one-line {@link ExperimentException} when the engine cannot run here (e.g. Spark
     * is not built); called before anything is computed or printed. Default: always available.
     */
    default void check() {
    }

    /**
     * Computes {@code points} (in that order as far as the engine schedules in order) and hands each
     * result to {@code done} as soon as it is known, one call at a time.
     *
     * @param threads worker threads per training (never changes a result)
     * @param log     progress lines (may be ignored)
     * @throws ExperimentException when the engine itself fails (a point's own failure is a row with status failed)
     */
    void run(Suite suite, List<Point> points, int threads, Consumer<PointRunner.Result> done, Consumer<String> log);
}
