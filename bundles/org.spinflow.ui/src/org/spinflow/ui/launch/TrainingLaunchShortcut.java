package org.spinflow.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.ui.editor.NetworkEditor;

/**
 * Run As > Spinflow Training on a *.spinflow file or in the network editor: reuses the file's Spinflow Training
 * launch configuration or creates one (everything as in the model), saves a dirty editor first, and launches it.
 */
public class TrainingLaunchShortcut implements ILaunchShortcut {
    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && Adapters.adapt(s.getFirstElement(), IFile.class) instanceof IFile f) {
            launch(f, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor instanceof NetworkEditor e && e.getFile() != null) {
            if (e.isDirty()) {
                e.doSave(null);
            }
            launch(e.getFile(), mode);
        }
    }

    private static void launch(IFile file, String mode) {
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            SpinflowUi.log("Cannot launch the training of " + file.getFullPath(), e);
        }
    }

    /** The existing Spinflow Training configuration of the file, or a new saved one named after it. */
    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = m.getLaunchConfigurationType(TrainingLaunch.TYPE_ID);
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration c : m.getLaunchConfigurations(type)) {
            if (path.equals(c.getAttribute(TrainingLaunch.FILE, ""))) {
                return c;
            }
        }
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, m.generateLaunchConfigurationName(file.getName().replaceFirst("\\.spinflow$", "")));
        TrainingLaunch.setDefaults(wc, file);
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] {file});
        return wc.doSave();
    }
}
