package org.spinflow.ui.launch;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.spinflow.model.GradientMode;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.ui.training.TrainingJob;

/**
 * The attributes of a "Spinflow Training" launch configuration (Run As > Spinflow Training): the network file, epochs
 * and folds (0: as in the model), gradient mode ("": as in the model), seed ("": as in the model) and data (an IDX
 * folder or CSV file; "": the model's own data set). Read and written here only, so that the tab, the shortcut and
 * the delegate agree.
 */
public final class TrainingLaunch {
    public static final String TYPE_ID = "org.spinflow.ui.launch.training";
    public static final String FILE = SpinflowUi.PLUGIN_ID + ".launch.file";
    public static final String EPOCHS = SpinflowUi.PLUGIN_ID + ".launch.epochs";
    public static final String FOLDS = SpinflowUi.PLUGIN_ID + ".launch.folds";
    public static final String GRADIENT = SpinflowUi.PLUGIN_ID + ".launch.gradient";
    public static final String SEED = SpinflowUi.PLUGIN_ID + ".launch.seed";
    public static final String DATA = SpinflowUi.PLUGIN_ID + ".launch.data";

    private TrainingLaunch() {
    }

    /** Defaults for a new configuration of the file: everything as in the model. */
    public static void setDefaults(ILaunchConfigurationWorkingCopy c, IFile file) {
        c.setAttribute(FILE, file == null ? "" : file.getFullPath().toString());
        c.setAttribute(EPOCHS, 0);
        c.setAttribute(FOLDS, 0);
        c.setAttribute(GRADIENT, "");
        c.setAttribute(SEED, "");
        c.setAttribute(DATA, "");
    }

    /** The network file of the configuration; an error naming the path when it is missing. */
    public static IFile file(ILaunchConfiguration c) throws CoreException {
        String path = c.getAttribute(FILE, "");
        if (path.isBlank()) {
            throw new CoreException(Status.error("No Spinflow network file is set in the launch configuration " + c.getName()));
        }
        IFile f = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
        if (!f.exists()) {
            throw new CoreException(Status.error("The Spinflow network " + path + " does not exist (launch configuration " + c.getName() + ")"));
        }
        return f;
    }

    /** A training job for the configuration, not yet scheduled. */
    public static TrainingJob job(ILaunchConfiguration c) throws CoreException {
        IFile file = file(c);
        int epochs = c.getAttribute(EPOCHS, 0);
        int folds = c.getAttribute(FOLDS, 0);
        String g = c.getAttribute(GRADIENT, "").trim();
        GradientMode gradient = null;
        if (!g.isEmpty()) {
            gradient = GradientMode.get(g);
            if (gradient == null) {
                throw new CoreException(Status.error("Unknown gradient mode '" + g + "' in launch configuration " + c.getName()
                        + " (expected one of " + GradientMode.VALUES + ")"));
            }
        }
        String seedText = c.getAttribute(SEED, "").trim();
        Long seed;
        try {
            seed = seedText.isEmpty() ? null : Long.valueOf(seedText);
        } catch (NumberFormatException e) {
            throw new CoreException(Status.error("The seed '" + seedText + "' of launch configuration " + c.getName() + " is not an integer"));
        }
        String data = c.getAttribute(DATA, "").trim();
        Path dataPath = null;
        if (!data.isEmpty()) {
            Path p = Path.of(data);
            dataPath = p.isAbsolute() ? p : file.getLocation().toFile().toPath().getParent().resolve(p);
        }
        return new TrainingJob(file, epochs > 0 ? epochs : null, folds > 0 ? folds : null)
                .withSettings(new TrainingJob.Settings(gradient, seed, dataPath));
    }
}
