package org.spinflow.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.spinflow.ui.Screenshots;
import org.spinflow.ui.editor.NetworkEditor;

/** What the workbench UI tests share: the active page and shell, waiting while the UI runs, screenshots. */
final class UiTests {
    static final Path SHOTS = Path.of(System.getProperty("spinflow.screenshots", "target/screenshots"));
    static final Path EXAMPLES = Path.of(System.getProperty("spinflow.examples", "../../examples"));

    private UiTests() {
    }

    /**
     * The workspace project {@code name} (created and opened if needed) holding copies of the Iris example's
     * model and data; returns its {@code iris-mtj.spinflow}.
     */
    static IFile irisProject(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        for (String f : List.of("iris-mtj.spinflow", "iris.csv")) {
            IFile target = project.getFile(f);
            if (!target.exists()) {
                target.create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLES.resolve("iris").resolve(f))), true, null);
            }
        }
        return project.getFile("iris-mtj.spinflow");
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Runs the UI until {@code c} holds or {@code millis} pass; whether it held. */
    static boolean waitFor(BooleanSupplier c, long millis) {
        return NetworkEditor.waitUntil(c, millis);
    }

    /** Runs the UI for {@code millis}. */
    static void settle(long millis) {
        NetworkEditor.waitUntil(() -> false, millis);
    }

    /** A screenshot of the workbench window after the UI settled, saved under {@link #SHOTS}. */
    static Path shot(String name) throws Exception {
        settle(300);
        return Screenshots.save(shell(), SHOTS.resolve(name));
    }
}
