package org.spinflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.spinflow.cli.experiment.ExperimentException;
import org.spinflow.cli.experiment.Report;
import org.spinflow.cli.experiment.ResultsFile;
import org.spinflow.cli.experiment.Runner;
import org.spinflow.cli.experiment.Suite;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "experiment", description = {
    "Run an experiment suite (runs and one-parameter sweeps, see experiments/README.md) and write results.csv,"
            + " results.md and PNG plots to --out. Resumable: points already in --out/results.csv are skipped.",
    "Example: spinflow experiment experiments/paper.json --data-root ../shared/data --out experiments/results/paper"
            + " --report docs/RESULTS.md"})
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
            Runner runner = new Runner(suite, out, t, fresh, err, quiet);
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
}
