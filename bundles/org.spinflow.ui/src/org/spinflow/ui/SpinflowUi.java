package org.spinflow.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** Activator of the Spinflow IDE integration: preferences and the in-process diagram server. */
public class SpinflowUi extends AbstractUIPlugin {
    public static final String PLUGIN_ID = "org.spinflow.ui";
    public static final String EDITOR_ID = "org.spinflow.ui.editor";
    public static final String TRAINING_VIEW_ID = "org.spinflow.ui.trainingView";
    public static final String MARKER_TYPE = PLUGIN_ID + ".problem";

    private static SpinflowUi plugin;

    public static SpinflowUi getDefault() {
        return plugin;
    }

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
        // JFreeChart renders into BufferedImages only; never let AWT open a display connection of its own.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // node kinds and device kinds of other bundles (their META-INF/services files)
        ContributedKinds.register(context);
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        DiagramServer.shutdown();
        plugin = null;
        super.stop(context);
    }

    public static void log(String message, Throwable t) {
        ILog.of(SpinflowUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, t));
    }
}
