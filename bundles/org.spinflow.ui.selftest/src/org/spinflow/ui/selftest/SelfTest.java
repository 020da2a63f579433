package org.spinflow.ui.selftest;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.spinflow.ui.DiagramServer;
import org.spinflow.ui.Screenshots;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.model.io.ModelIO;
import org.spinflow.ui.editor.NetworkEditor;
import org.spinflow.ui.training.TrainNetworkHandler;
import org.spinflow.ui.training.TrainingJob;

/**
 * Smoke test of an installed IDE (test code: this bundle is in no feature; the product test adds it to a copy of
 * the materialised product, see features/org.spinflow.product/src/test/run-product.sh), off unless {@code -Dspinflow.selftest=REPORT_DIR} is given: copies the model
 * named by {@code -Dspinflow.selftest.model} into a project, opens it in the Spinflow editor, waits for the
 * diagram, writes {@code selftest.txt} and {@code selftest.png} into REPORT_DIR and closes the workbench. With
 * {@code -Dspinflow.selftest.train=EPOCHS} it also trains the open model (2 folds, EPOCHS epochs) as Run > Train
 * Network does, waits for the result to reach the editor (one unsaved change), saves with the editor's Save and
 * checks that the file on disk holds one more training run (the install-into-stock-platform test uses this).
 * With {@code -Dspinflow.selftest.p2=SITE_URI} it also drives the p2 update UI of the product against that update
 * site ({@link P2Check}; the p2 packages are imported optionally, so the bundle still starts in a stock IDE).
 */
public class SelfTest implements IStartup {
    @Override
    public void earlyStartup() {
        String dir = System.getProperty("spinflow.selftest");
        String model = System.getProperty("spinflow.selftest.model");
        if (dir == null || model == null) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> run(Path.of(dir), Path.of(model)));
    }

    private static void run(Path dir, Path model) {
        String report;
        try {
            IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("selftest");
            if (!p.exists()) {
                p.create(null);
            }
            p.open(null);
            for (Path f : Files.list(model.getParent()).toList()) {
                IFile target = p.getFile(f.getFileName().toString());
                if (Files.isRegularFile(f) && !target.exists()) {
                    target.create(new ByteArrayInputStream(Files.readAllBytes(f)), true, null);
                }
            }
            IFile file = p.getFile(model.getFileName().toString());
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            NetworkEditor editor = (NetworkEditor) IDE.openEditor(page, file, SpinflowUi.EDITOR_ID);
            boolean ok = NetworkEditor.waitUntil(() -> editor.refreshState().rendered > 0
                    && editor.getState().rendered == editor.getState().nodes.size(), 90000);
            NetworkEditor.waitUntil(() -> false, 1500);
            String trained = "";
            String epochs = System.getProperty("spinflow.selftest.train");
            if (ok && epochs != null) {
                int runsBefore = ModelIO.load(file.getLocation().toFile().toPath()).getRuns().size();
                TrainingJob job = TrainNetworkHandler.start(editor, Integer.valueOf(epochs), 2);
                boolean finished = NetworkEditor.waitUntil(() -> job.getResult() != null, 600000);
                IStatus status = job.getResult();
                boolean applied = finished && status.isOK() && job.appliedToEditor()
                        && NetworkEditor.waitUntil(() -> editor.isDirty() && editor.liveNetwork().getRuns().size() == runsBefore + 1, 60000);
                if (applied) {
                    editor.doSave(null);
                }
                boolean saved = applied && NetworkEditor.waitUntil(() -> !editor.isDirty(), 60000);
                int runsAfter = ModelIO.load(file.getLocation().toFile().toPath()).getRuns().size();
                ok = saved && runsAfter == runsBefore + 1 && job.getHistory().size() >= 2 * Integer.parseInt(epochs);
                trained = " trained=" + (finished ? status.getMessage() : "timeout") + " epochsReported=" + job.getHistory().size()
                        + " appliedToEditor=" + applied + " saved=" + saved + " runsInFile=" + runsBefore + "->" + runsAfter;
            }
            Screenshots.save(editor.getSite().getShell(), dir.resolve("selftest.png"));
            // Spinflow Studio's update UI against the built update site (-Dspinflow.selftest.p2=SITE_URI; the product test)
            String p2 = System.getProperty("spinflow.selftest.p2");
            if (p2 != null) {
                String p2report = P2Check.run(dir, java.net.URI.create(p2));
                trained += p2report;
                ok = ok && p2report.startsWith(" p2=OK");
            }
            report = (ok ? "OK" : "FAILED") + " editor=" + editor.getClass().getName() + " nodes=" + editor.getState().nodes.size()
                    + " rendered=" + editor.getState().rendered + " server=" + DiagramServer.running() + trained + "\n";
        } catch (Exception | LinkageError e) {
            // a missing class (a wiring defect of the installed IDE) is reported too, and the workbench still closes
            report = "FAILED " + e + "\n";
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("selftest.txt"), report);
        } catch (java.io.IOException e) {
            SpinflowUi.log("Cannot write the self test report", e);
        }
        PlatformUI.getWorkbench().close();
    }
}
