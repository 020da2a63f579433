package org.spinflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.spinflow.experiments.Engine;
import org.spinflow.experiments.ExperimentException;
import org.spinflow.experiments.LocalEngine;
import org.spinflow.experiments.Report;
import org.spinflow.experiments.ResultsFile;
import org.spinflow.experiments.Runner;
import org.spinflow.experiments.SparkEngine;
import org.spinflow.experiments.Suite;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "experiment", description = {
    "Run an experiment suite (runs and one-parameter sweeps, see experiments/README.md) and write results.csv,"
            + " results.md and PNG plots to --out. Resumable: points already in --out/results.csv are skipped.",
    "Example: spinflow experiment experiments/paper.json --data-root ../shared/data --out experiments/results/paper"
            + " --report docs/RESULTS.md",
    "--engine spark runs every point as a task on Apache Spark (optional; see docs/EXPERIMENTS.md)."})
final class ExperimentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SUITE", description = "The suite JSON file.")
    Path suiteFile;

    @Option(names = "--data-root", paramLabel = "DIR", defaultValue = ".",
            description = "Folder that the suite's \"data\" entries are relative to (default: ${DEFAULT-VALUE}).")
    Path dataRoot;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (results.csv, results.md, img/, curves/).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads per training (default: the suite's, else 1).")
    Integer threads;

    @Option(names = "--fresh", description = "Ignore previous results in --out and recompute every point (default: resume).")
    boolean fresh;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write a stand-alone report (e.g. docs/RESULTS.md) with the plots copied to img/ next to it.")
    Path report;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (this JVM, default) or spark (every point a Spark task; needs the job jar of spark/).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
            description = "Spark master for --engine spark: local[N] (default: ${DEFAULT-VALUE}), spark://HOST:PORT, yarn,"
                    + " k8s://URL (the last three through $SPARK_HOME/bin/spark-submit).")
    String master;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE", description = "A Spark setting for --engine spark (repeatable).")
    java.util.List<String> sparkConf = new java.util.ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        try {
            Suite suite = Suite.load(suiteFile, dataRoot);
            int t = threads != null ? threads : suite.threads();
            Runner runner = new Runner(suite, out, t, fresh, err, quiet, engine());
            Runner.Summary s = runner.run();
            if (report != null) {
                String cmd = "./spinflow " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
                Report.writeDocument(suite, ResultsFile.open(runner.resultsCsv(), false), out, report, cmd, s.seconds(), t);
                if (!quiet) {
                    err.println("report written to " + report);
                }
            }
            spec.commandLine().getOut().printf("%s: %d point(s): %d computed, %d reused, %d failed; results in %s%n",
                    suiteFile, s.total(), s.computed(), s.skipped(), s.failed(), out);
            return s.failed() > 0 ? Main.FAILED : Main.OK;
        } catch (ExperimentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private Engine engine() {
        return switch (engine) {
            case "local" -> new LocalEngine();
            case "spark" -> new SparkEngine(sparkOptions(), dataRoot);
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--engine must be local or spark, not '" + engine + "'");
        };
    }

    /** The Spark engine as found from this checkout (the launcher sets spinflow.root) and the environment. */
    private SparkEngine.Options sparkOptions() {
        return SparkEngine.Options.locate(master, java.util.List.copyOf(sparkConf), out.resolve("spark-driver.log"),
                Path.of(System.getProperty("spinflow.root", ".")), System.getenv());
    }
}
