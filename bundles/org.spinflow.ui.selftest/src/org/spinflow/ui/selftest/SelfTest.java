package org.spinflow.ui.selftest;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.spinflow.ui.DiagramServer;
import org.spinflow.ui.Screenshots;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.ui.editor.NetworkEditor;

/**
 * Smoke test of an installed IDE (test code: this bundle is in no feature; the product test adds it to a copy of
 * the materialised product, see features/org.spinflow.product/src/test/run-product.sh), off unless {@code -Dspinflow.selftest=REPORT_DIR} is given: copies the model
 * named by {@code -Dspinflow.selftest.model} into a project, opens it in the Spinflow editor, waits for the
 * diagram, writes {@code selftest.txt} and {@code selftest.png} into REPORT_DIR and closes the workbench.
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
            Screenshots.save(editor.getSite().getShell(), dir.resolve("selftest.png"));
            report = (ok ? "OK" : "FAILED") + " editor=" + editor.getClass().getName() + " nodes=" + editor.getState().nodes.size()
                    + " rendered=" + editor.getState().rendered + " server=" + DiagramServer.running() + "\n";
        } catch (Exception e) {
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
