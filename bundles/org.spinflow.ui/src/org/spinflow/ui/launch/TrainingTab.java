package org.spinflow.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.spinflow.model.GradientMode;
import org.spinflow.ui.SpinflowUi;

/** The Training tab of a Spinflow Training launch configuration. */
public class TrainingTab extends AbstractLaunchConfigurationTab {
    static final String AS_IN_MODEL = "(as in the model)";
    private Text file;
    private Spinner epochs;
    private Spinner folds;
    private Combo gradient;
    private Text seed;
    private Text data;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        file = text(c, "&Network (workspace path):", "/project/network.spinflow");
        epochs = spinner(c, "&Epochs (0: as in the model):", 100000);
        folds = spinner(c, "&Folds (0: as in the model):", 100);
        new Label(c, SWT.NONE).setText("&Gradient mode:");
        gradient = new Combo(c, SWT.READ_ONLY);
        gradient.add(AS_IN_MODEL);
        for (GradientMode g : GradientMode.VALUES) {
            gradient.add(g.getLiteral());
        }
        gradient.select(0);
        gradient.addModifyListener(e -> changed());
        seed = text(c, "&Seed (empty: as in the model):", "");
        data = text(c, "&Data (IDX folder or CSV file; empty: the model's data set):", "");
        setControl(c);
    }

    private Text text(Composite c, String label, String message) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setMessage(message);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        t.addModifyListener(e -> changed());
        return t;
    }

    private Spinner spinner(Composite c, String label, int max) {
        new Label(c, SWT.NONE).setText(label);
        Spinner s = new Spinner(c, SWT.BORDER);
        s.setMinimum(0);
        s.setMaximum(max);
        s.addModifyListener(e -> changed());
        return s;
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        TrainingLaunch.setDefaults(configuration, null);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        try {
            file.setText(c.getAttribute(TrainingLaunch.FILE, ""));
            epochs.setSelection(c.getAttribute(TrainingLaunch.EPOCHS, 0));
            folds.setSelection(c.getAttribute(TrainingLaunch.FOLDS, 0));
            String g = c.getAttribute(TrainingLaunch.GRADIENT, "");
            int i = g.isEmpty() ? 0 : gradient.indexOf(g);
            gradient.select(Math.max(0, i));
            seed.setText(c.getAttribute(TrainingLaunch.SEED, ""));
            data.setText(c.getAttribute(TrainingLaunch.DATA, ""));
        } catch (CoreException e) {
            SpinflowUi.log("Cannot read launch configuration " + c.getName(), e);
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy c) {
        c.setAttribute(TrainingLaunch.FILE, file.getText().trim());
        c.setAttribute(TrainingLaunch.EPOCHS, epochs.getSelection());
        c.setAttribute(TrainingLaunch.FOLDS, folds.getSelection());
        c.setAttribute(TrainingLaunch.GRADIENT, gradient.getSelectionIndex() <= 0 ? "" : gradient.getText());
        c.setAttribute(TrainingLaunch.SEED, seed.getText().trim());
        c.setAttribute(TrainingLaunch.DATA, data.getText().trim());
    }

    @Override
    public boolean isValid(ILaunchConfiguration c) {
        setErrorMessage(null);
        String path = file.getText().trim();
        IFile f = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
        if (f == null || !f.exists()) {
            setErrorMessage(path.isEmpty() ? "Set the network file" : "The network " + path + " does not exist");
            return false;
        }
        String s = seed.getText().trim();
        if (!s.isEmpty()) {
            try {
                Long.parseLong(s);
            } catch (NumberFormatException e) {
                setErrorMessage("The seed must be an integer: " + s);
                return false;
            }
        }
        return true;
    }

    @Override
    public String getName() {
        return "Training";
    }

    // for the UI tests
    public Spinner epochsControl() {
        return epochs;
    }

    public Combo gradientControl() {
        return gradient;
    }

    public Text seedControl() {
        return seed;
    }
}
