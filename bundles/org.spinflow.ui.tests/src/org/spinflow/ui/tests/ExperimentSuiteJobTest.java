package org.spinflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.experiments.ResultsFile;
import org.spinflow.experiments.Runner;
import org.spinflow.experiments.Suite;
import org.spinflow.ui.experiments.ExperimentSuiteJob;
import org.spinflow.ui.experiments.RunExperimentSuiteHandler;

/**
 * Run Experiment Suite: the command runs a workspace suite into a workspace folder; the job runs a suite through
 * the experiments bundle with progress, results and cancellation.
 */
class ExperimentSuiteJobTest {
    static final Path EXAMPLES = Path.of(System.getProperty("spinflow.examples", "../../examples")).toAbsolutePath().normalize();
    static final String SUITE = """
            {"name": "ide", "threads": 1, "defaults": {"epochs": 1, "folds": 2},
             "sweeps": [{"id": "lr", "model": "iris-mtj.spinflow", "parameter": "lr", "values": [0.02, 0.05, 0.1],
                         "seeds": [1]}]}
            """;

    @TempDir
    Path tmp;

    /** Counts ticks; cancels itself after {@code cancelAfter} of them (0: never). */
    static final class Monitor extends NullProgressMonitor {
        final int cancelAfter;
        int total = -1;
        int worked;

        Monitor(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
            if (cancelAfter > 0 && worked >= cancelAfter) {
                setCanceled(true);
            }
        }
    }

    private Path suite() throws Exception {
        Files.copy(EXAMPLES.resolve("iris/iris-mtj.spinflow"), tmp.resolve("iris-mtj.spinflow"));
        Files.copy(EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        Path suite = tmp.resolve("ide.json");
        Files.writeString(suite, SUITE);
        return suite;
    }

    private static Map<String, String> acc(Path csv) {
        return ResultsFile.open(csv, false).rows().values().stream().collect(Collectors.toMap(m -> m.get("key"), m -> m.get("acc_mean")));
    }

    @Test
    void theJobRunsTheSuiteWithATickPerPointAndTheRunnersResults() throws Exception {
        Path suite = suite();
        Path out = tmp.resolve("results/ide");
        ExperimentSuiteJob job = new ExperimentSuiteJob(suite, null, out, 1);
        Monitor m = new Monitor(0);
        IStatus status = job.runNow(m);
        assertEquals(IStatus.OK, status.getSeverity(), status.getMessage());
        assertEquals(3, m.total);
        assertEquals(3, m.worked);
        assertEquals(3, job.rows().size());
        assertTrue(Files.isRegularFile(out.resolve("results.md")));
        Path direct = tmp.resolve("direct");
        new Runner(Suite.load(suite, null), direct, 1, false, new PrintWriter(new StringWriter()), true).run();
        assertEquals(acc(direct.resolve("results.csv")), acc(out.resolve("results.csv")), "the same results as the CLI's runner");
    }

    @Test
    void aCancelledJobKeepsWhatFinishedAndARerunResumes() throws Exception {
        Path suite = suite();
        Path out = tmp.resolve("results/ide");
        IStatus cancelled = new ExperimentSuiteJob(suite, null, out, 1).runNow(new Monitor(1));
        assertEquals(IStatus.CANCEL, cancelled.getSeverity());
        assertEquals(1, ResultsFile.open(out.resolve("results.csv"), false).rows().size());
        ExperimentSuiteJob again = new ExperimentSuiteJob(suite, null, out, 1);
        Monitor m = new Monitor(0);
        assertEquals(IStatus.OK, again.runNow(m).getSeverity());
        assertEquals(2, m.total, "only the two points left");
        assertEquals(3, ResultsFile.open(out.resolve("results.csv"), false).rows().size());
    }

    @Test
    void aBrokenSuiteIsAOneLineError() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"bad\", \"runs\": [{\"id\": \"a\"}]}");
        IStatus s = new ExperimentSuiteJob(bad, null, tmp.resolve("out"), 1).runNow(new Monitor(0));
        assertEquals(IStatus.ERROR, s.getSeverity());
        assertTrue(s.getMessage().contains("bad.json") && s.getMessage().contains("missing \"model\""), s.getMessage());
        assertTrue(!s.getMessage().contains("\n"));
    }

    @Test
    void theCommandTakesASingleJsonFile() throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("experiment-suite-test");
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        try {
            IFile json = p.getFile("suite.json");
            json.create(new java.io.ByteArrayInputStream(SUITE.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
            IFile model = p.getFile("m.spinflow");
            model.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
            assertNotNull(RunExperimentSuiteHandler.suiteFile(new StructuredSelection(json)));
            assertNull(RunExperimentSuiteHandler.suiteFile(new StructuredSelection(model)));
            assertNull(RunExperimentSuiteHandler.suiteFile(new StructuredSelection(new Object[] {json, json})));
        } finally {
            p.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
        }
    }

    @Test
    void theCommandRunsAWorkspaceSuiteIntoAFolderItRefreshes() throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("experiment-suite-command");
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        try {
            p.getFile("iris-mtj.spinflow").create(Files.newInputStream(EXAMPLES.resolve("iris/iris-mtj.spinflow")), true, null);
            p.getFile("iris.csv").create(Files.newInputStream(EXAMPLES.resolve("iris/iris.csv")), true, null);
            IFile json = p.getFile("ide.json");
            json.create(new java.io.ByteArrayInputStream(SUITE.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);

            org.eclipse.ui.handlers.IHandlerService hs = org.eclipse.ui.PlatformUI.getWorkbench()
                    .getService(org.eclipse.ui.handlers.IHandlerService.class);
            org.eclipse.ui.commands.ICommandService cs = org.eclipse.ui.PlatformUI.getWorkbench()
                    .getService(org.eclipse.ui.commands.ICommandService.class);
            org.eclipse.core.commands.ParameterizedCommand pc = org.eclipse.core.commands.ParameterizedCommand.generateCommand(
                    cs.getCommand("org.spinflow.ui.runExperimentSuite"), Map.of(RunExperimentSuiteHandler.OUT_PARAMETER, "results/ide"));
            org.eclipse.core.expressions.IEvaluationContext ctx = hs.createContextSnapshot(true);
            ctx.addVariable(org.eclipse.ui.ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(json));
            Object job = hs.executeCommandInContext(pc, null, ctx);
            assertTrue(job instanceof ExperimentSuiteJob, "the command scheduled a job: " + job);
            ExperimentSuiteJob j = (ExperimentSuiteJob) job;
            assertTrue(UiTests.waitFor(() -> j.getResult() != null, 600_000), "the job finished");
            assertEquals(IStatus.OK, j.getResult().getSeverity(), j.getResult().getMessage());
            assertEquals(3, j.rows().size());
            assertTrue(p.getFolder("results/ide").getFile("results.csv").exists(), "the results folder was refreshed in the workspace");
            assertTrue(p.getFolder("results/ide").getFile("results.md").exists());
        } finally {
            p.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
        }
    }
}
