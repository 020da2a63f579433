package org.spinflow.ui.experiments;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.spinflow.experiments.ExperimentException;
import org.spinflow.experiments.Runner;
import org.spinflow.experiments.Suite;

/**
 * Runs an experiment suite (a {@code .json} suite file) as a background job through the experiments
 * bundle's API: the same runner and resumable results store as {@code spinflow experiment} (local engine),
 * one progress tick per point, cancellable between points (what finished is kept; running again resumes).
 * Writes results.csv, results.md and the plots to the chosen folder and refreshes it in the workspace.
 */
public class ExperimentSuiteJob extends Job {
    private static final String PLUGIN = "org.spinflow.ui";
    /** The job family of experiment suite jobs. */
    public static final Object FAMILY = ExperimentSuiteJob.class;

    private final Path suiteFile;
    private final Path dataRoot;
    private final Path out;
    private final int threads;
    private final StringWriter log = new StringWriter();
    private final List<Map<String, String>> rows = Collections.synchronizedList(new ArrayList<>());
    private volatile Runner.Summary summary;

    /**
     * @param suiteFile the suite ({@code .json})
     * @param dataRoot  folder the suite's {@code data} entries are relative to; null: the suite's folder
     * @param out       results folder (created if needed; an existing results.csv is resumed)
     * @param threads   worker threads per training (never changes a result)
     */
    public ExperimentSuiteJob(Path suiteFile, Path dataRoot, Path out, int threads) {
        super("Experiment suite " + suiteFile.getFileName());
        this.suiteFile = suiteFile;
        this.dataRoot = dataRoot;
        this.out = out;
        this.threads = Math.max(1, threads);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Suite suite;
        try {
            suite = Suite.load(suiteFile, dataRoot);
        } catch (ExperimentException e) {
            return Status.error(e.getMessage());
        }
        try {
            summary = new Runner(suite, out, threads, false, new PrintWriter(log, true), false).listener(new Runner.Listener() {
                @Override
                public void started(int total, int pending) {
                    monitor.beginTask("Experiment suite " + suite.name() + ": " + pending + " of " + total + " point(s) to run",
                            Math.max(1, pending));
                }

                @Override
                public void point(int done, int pending, Map<String, String> row) {
                    rows.add(Map.copyOf(row));
                    monitor.subTask(done + "/" + pending + " " + row.get("key") + ": " + row.get("status"));
                    monitor.worked(1);
                }
            }).cancelWhen(monitor::isCanceled).run();
        } catch (Runner.Cancelled e) {
            return Status.CANCEL_STATUS;
        } catch (ExperimentException e) {
            return Status.error(e.getMessage());
        } catch (RuntimeException e) {
            return Status.error("experiment suite " + suiteFile + " failed: " + e, e);
        } finally {
            refresh();
            monitor.done();
        }
        return summary.failed() == 0 ? Status.OK_STATUS
                : new Status(IStatus.WARNING, PLUGIN, summary.failed() + " of " + summary.total()
                        + " point(s) failed; see " + out.resolve("results.md"));
    }

    /** Makes the results folder visible in the workspace when it is inside it. */
    private void refresh() {
        try {
            for (IContainer c : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(out.toUri())) {
                c.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
            }
        } catch (IllegalStateException | org.eclipse.core.runtime.CoreException e) {
            // no workspace (or it cannot refresh): the files are written all the same
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** Runs the suite in the calling thread (what the scheduled job does), e.g. for tests and synchronous callers. */
    public IStatus runNow(IProgressMonitor monitor) {
        return run(monitor);
    }

    /** The runner's progress lines so far. */
    public String log() {
        return log.toString();
    }

    /** The rows of the points computed by this job, in the order they finished. */
    public List<Map<String, String>> rows() {
        synchronized (rows) {
            return List.copyOf(rows);
        }
    }

    /** What the run did, once it finished without an error; null before. */
    public Runner.Summary summary() {
        return summary;
    }

    public Path out() {
        return out;
    }
}
