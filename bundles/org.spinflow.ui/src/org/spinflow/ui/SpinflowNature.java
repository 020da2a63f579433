package org.spinflow.ui;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** The Spinflow project nature: adds {@link SpinflowBuilder} (live validation markers) to a project. */
public class SpinflowNature implements IProjectNature {
    public static final String ID = SpinflowUi.PLUGIN_ID + ".nature";

    private IProject project;

    /** Gives the project the Spinflow nature (and so the builder) unless it has it. */
    public static void enable(IProject project) throws CoreException {
        if (!project.isOpen() || project.hasNature(ID)) {
            return;
        }
        IProjectDescription d = project.getDescription();
        String[] natures = Arrays.copyOf(d.getNatureIds(), d.getNatureIds().length + 1);
        natures[natures.length - 1] = ID;
        d.setNatureIds(natures);
        project.setDescription(d, null);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription d = project.getDescription();
        for (ICommand c : d.getBuildSpec()) {
            if (SpinflowBuilder.ID.equals(c.getBuilderName())) {
                return;
            }
        }
        ICommand c = d.newCommand();
        c.setBuilderName(SpinflowBuilder.ID);
        ICommand[] spec = Arrays.copyOf(d.getBuildSpec(), d.getBuildSpec().length + 1);
        spec[spec.length - 1] = c;
        d.setBuildSpec(spec);
        project.setDescription(d, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription d = project.getDescription();
        d.setBuildSpec(Arrays.stream(d.getBuildSpec()).filter(c -> !SpinflowBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(d, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
