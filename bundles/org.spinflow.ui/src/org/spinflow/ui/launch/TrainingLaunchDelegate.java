package org.spinflow.ui.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.ui.training.TrainingJob;

/**
 * Runs a "Spinflow Training" launch configuration: the same background {@link TrainingJob} as Run > Train Network,
 * with the configuration's epochs, folds, gradient mode, seed and data instead of the global preferences. With an
 * editor open on the file, the result goes to the editor as one undoable change.
 */
public class TrainingLaunchDelegate implements ILaunchConfigurationDelegate {
    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        TrainingJob job = TrainingLaunch.job(configuration);
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display != null) {
            display.asyncExec(() -> {
                IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (w != null && w.getActivePage() != null) {
                    try {
                        w.getActivePage().showView(SpinflowUi.TRAINING_VIEW_ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
                    } catch (PartInitException e) {
                        SpinflowUi.log("Cannot show the Training view", e);
                    }
                }
            });
        }
        job.schedule();
    }
}
