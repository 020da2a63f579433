package org.spinflow.ui.tests;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

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
