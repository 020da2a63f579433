package org.spinflow.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.spinflow.model.io.ModelIO;

/**
 * Validates the project's {@code .spinflow} files as they change on disk and keeps their Problems markers live
 * ({@link Markers}). A model reads data files beside it, so a change to any other file revalidates every model
 * of the project.
 */
public class SpinflowBuilder extends IncrementalProjectBuilder {
    public static final String ID = SpinflowUi.PLUGIN_ID + ".builder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        List<IFile> models = new ArrayList<>();
        boolean all = delta == null;
        if (delta != null) {
            boolean[] other = {false};
            delta.accept(d -> {
                IResource r = d.getResource();
                if (r instanceof IFile f && d.getKind() != IResourceDelta.REMOVED) {
                    if (isModel(f)) {
                        models.add(f);
                    } else {
                        other[0] = true;
                    }
                } else if (r instanceof IFile && d.getKind() == IResourceDelta.REMOVED) {
                    other[0] = true;
                }
                return true;
            });
            all = other[0];
        }
        if (all) {
            models.clear();
            getProject().accept(r -> {
                if (r instanceof IFile f && isModel(f)) {
                    models.add(f);
                }
                return true;
            });
        }
        for (IFile f : models) {
            if (monitor != null && monitor.isCanceled()) {
                break;
            }
            if (f.exists() && f.getLocation() != null) {
                Markers.update(f);
            }
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(SpinflowUi.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
    }

    private static boolean isModel(IFile f) {
        return ModelIO.EXTENSION.equals(f.getFileExtension());
    }
}
