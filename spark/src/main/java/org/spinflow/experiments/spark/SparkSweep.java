package org.spinflow.experiments.spark;

import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.spinflow.experiments.ExperimentException;
import org.spinflow.experiments.PointRunner;
import org.spinflow.experiments.SparkEngine;
import org.spinflow.experiments.Suite;

/**
 * The Spark driver of the experiment engine {@code spark}, started by {@link SparkEngine} (directly,
 * or through spark-submit): every point whose key is listed in the points file is one Spark job of
 * one task, run on an executor by {@link PointRunner}; each finished point is printed to standard
 * output as a {@link SparkEngine#ROW_PREFIX} line, as soon as it is known, for the calling process
 * to store. Up to twice the cluster's parallelism jobs are in flight, so every core stays busy and
 * results stream back in the order the points finish.
 *
 * <p>Arguments: {@code [--master URL] [--conf K=V]... --suite FILE --data-root DIR --threads T --points FILE}.
 * The executors read the suite, its models and the data from the same paths.
 */
public final class SparkSweep {

    private SparkSweep() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Spark and its libraries log to standard error; standard output carries only the result lines
        System.setOut(System.err);
        try {
            run(args, out);
        } catch (ExperimentException | IllegalArgumentException e) {
            System.err.println("spinflow-spark: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("spinflow-spark: " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    static void run(String[] args, PrintStream out) throws Exception {
        Map<String, String> a = new HashMap<>();
        List<String> conf = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String k = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + k);
            }
            String v = args[++i];
            switch (k) {
                case "--conf" -> conf.add(v);
                case "--master", "--suite", "--data-root", "--threads", "--points" -> a.put(k, v);
                default -> throw new IllegalArgumentException("unknown argument " + k);
            }
        }
        for (String need : List.of("--suite", "--data-root", "--threads", "--points")) {
            if (!a.containsKey(need)) {
                throw new IllegalArgumentException("missing " + need);
            }
        }
        List<String> keys = Files.readAllLines(Path.of(a.get("--points")), StandardCharsets.UTF_8).stream()
                .filter(s -> !s.isBlank()).toList();
        Task task = new Task(a.get("--suite"), a.get("--data-root"), Integer.parseInt(a.get("--threads")));
        task.suite(); // fail early, on the driver, for a suite the executors could not read

        SparkConf sc = new SparkConf().setAppName("spinflow " + Path.of(a.get("--suite")).getFileName());
        if (a.containsKey("--master")) {
            sc.setMaster(a.get("--master"));
        }
        if (sc.get("spark.master", "").startsWith("local")) {
            sc.setIfMissing("spark.ui.enabled", "false");
            sc.setIfMissing("spark.driver.host", "127.0.0.1");
            sc.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        for (String c : conf) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--conf " + c + ": expected KEY=VALUE");
            }
            sc.set(c.substring(0, eq), c.substring(eq + 1));
        }
        try (JavaSparkContext jsc = new JavaSparkContext(sc)) {
            jsc.setLogLevel("WARN");
            int inFlight = Math.max(2, 2 * jsc.defaultParallelism());
            ExecutorService submit = Executors.newFixedThreadPool(inFlight);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (String key : keys) {
                    futures.add(submit.submit(() -> {
                        String json = jsc.parallelize(List.of(key), 1).map(task).collect().get(0);
                        synchronized (out) {
                            out.println(SparkEngine.ROW_PREFIX + json);
                            out.flush();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                submit.shutdownNow();
            }
        }
    }

    /** Runs one point on an executor: loads the suite once per executor JVM, computes, returns the result line's JSON. */
    static final class Task implements Function<String, String>, Serializable {
        private static final long serialVersionUID = 1L;
        private static final Map<String, Suite> SUITES = new HashMap<>();
        private static final Map<Integer, PointRunner> RUNNERS = new HashMap<>();

        private final String suiteFile;
        private final String dataRoot;
        private final int threads;

        Task(String suiteFile, String dataRoot, int threads) {
            this.suiteFile = suiteFile;
            this.dataRoot = dataRoot;
            this.threads = threads;
        }

        Suite suite() {
            synchronized (SUITES) {
                return SUITES.computeIfAbsent(suiteFile + "|" + dataRoot, k -> Suite.load(Path.of(suiteFile), Path.of(dataRoot)));
            }
        }

        @Override
        public String call(String key) {
            System.setProperty("java.awt.headless", "true");
            Suite.Point p = suite().points().stream().filter(x -> x.key().equals(key)).findFirst()
                    .orElseThrow(() -> new ExperimentException(suiteFile + ": no point " + key
                            + " (the suite changed on the executor's file system?)"));
            PointRunner runner;
            synchronized (RUNNERS) {
                runner = RUNNERS.computeIfAbsent(threads, PointRunner::new);
            }
            return SparkEngine.toJson(runner.run(p, null));
        }
    }
}
