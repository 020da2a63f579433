package org.spinflow.ui.experiments;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Run Experiment Suite (on a {@code .json} suite file in the Project Explorer): asks for the results folder
 * (default: {@code results/<suite name>} next to the suite; an existing folder is resumed) and schedules an
 * {@link ExperimentSuiteJob}. Data folders named by the suite are relative to the suite's folder.
 */
public class RunExperimentSuiteHandler extends AbstractHandler {
    /** Optional command parameter: the results folder (relative to the suite's folder, or absolute); no dialog then. */
    public static final String OUT_PARAMETER = "org.spinflow.ui.runExperimentSuite.out";

    /** Returns the scheduled {@link ExperimentSuiteJob}, or null when nothing was started. */
    @Override
    public Object execute(ExecutionEvent event) {
        IFile file = suiteFile(HandlerUtil.getCurrentSelection(event));
        if (file == null || file.getLocation() == null) {
            return null;
        }
        Path suite = file.getLocation().toFile().toPath();
        String name = suite.getFileName().toString().replaceFirst("\\.json$", "");
        String given = event.getParameter(OUT_PARAMETER);
        if (given != null && !given.isBlank()) {
            return schedule(suite, suite.resolveSibling(given).normalize());
        }
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
        dialog.setText("Run Experiment Suite");
        dialog.setMessage("Folder for results.csv, results.md and the plots of " + suite.getFileName()
                + " (a folder with results is resumed)");
        dialog.setFilterPath(suite.resolveSibling("results").resolve(name).toString());
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        return schedule(suite, Path.of(chosen));
    }

    private static ExperimentSuiteJob schedule(Path suite, Path out) {
        ExperimentSuiteJob job = new ExperimentSuiteJob(suite, null, out, Runtime.getRuntime().availableProcessors());
        job.schedule();
        return job;
    }

    /** The selected {@code .json} file, or null. */
    public static IFile suiteFile(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1) {
            IFile f = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (f != null && "json".equalsIgnoreCase(f.getFileExtension())) {
                return f;
            }
        }
        return null;
    }
}
