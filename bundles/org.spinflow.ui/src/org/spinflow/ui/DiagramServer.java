package org.spinflow.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.spinflow.glsp.studio.Studio;

/**
 * The in-process diagram server: one {@link Studio} (GLSP over Jetty 12) for the whole workbench, serving
 * the workspace folder on a random loopback port. Started lazily by the first editor, stopped with the
 * workbench (and with this bundle).
 */
public final class DiagramServer {
    private static Studio studio;
    private static Path root;
    private static boolean listening;

    private DiagramServer() {
    }

    /** The running server, started on first use. */
    public static synchronized Studio get() throws Exception {
        if (studio == null) {
            root = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().toAbsolutePath().normalize();
            studio = Studio.start(root, null, "127.0.0.1", 0);
            if (!listening && PlatformUI.isWorkbenchRunning()) {
                listening = true;
                PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
                    @Override
                    public boolean preShutdown(IWorkbench workbench, boolean forced) {
                        return true;
                    }

                    @Override
                    public void postShutdown(IWorkbench workbench) {
                        shutdown();
                    }
                });
            }
        }
        return studio;
    }

    /** True while a server runs (for tests and the self test). */
    public static synchronized boolean running() {
        return studio != null;
    }

    /** The session of the running server that holds {@code file} open, if any. */
    public static synchronized java.util.Optional<org.spinflow.glsp.server.LiveModels.Live> live(Path file) {
        return studio == null ? java.util.Optional.empty() : studio.live().of(file);
    }

    /** The page showing {@code file} in the diagram editor. */
    public static String urlOf(IFile file) throws Exception {
        Studio s = get();
        Path p = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
        String rel = root.relativize(p).toString().replace('\\', '/');
        return s.url() + "&model=" + URLEncoder.encode(rel, StandardCharsets.UTF_8) + "&embedded=1"; // url() carries ?token=
    }

    /** The path of a workspace file relative to the server's folder (for Save As). */
    public static String relative(IFile file) throws Exception {
        get();
        return root.relativize(file.getLocation().toFile().toPath().toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public static synchronized void shutdown() {
        if (studio != null) {
            try {
                studio.stop();
            } catch (Exception e) {
                SpinflowUi.log("Cannot stop the diagram server", e);
            }
            studio = null;
        }
    }
}
