package org.spinflow.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.spinflow.model.io.ModelIO;
import org.spinflow.ui.SpinflowNature;
import org.spinflow.ui.SpinflowUi;

/** File > New > Spinflow Network: a .spinflow file from a template (Iris MTJ, MNIST MTJ, empty). */
public class NewNetworkWizard extends Wizard implements INewWizard {
    private IWorkbench workbench;
    private IStructuredSelection selection;
    private Page page;

    /** The file page with a template choice; its initial contents are the template's network. */
    public static class Page extends WizardNewFileCreationPage {
        private Combo template;
        private Templates chosen = Templates.IRIS_MTJ;

        public Page(IStructuredSelection selection) {
            super("network", selection);
            setTitle("Spinflow Network");
            setDescription("Create a network from a template.");
            setFileExtension(ModelIO.EXTENSION);
            setFileName("network." + ModelIO.EXTENSION);
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Composite c = (Composite) getControl();
            Composite row = new Composite(c, SWT.NONE);
            row.setLayout(new GridLayout(2, false));
            row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(row, SWT.NONE).setText("&Template:");
            template = new Combo(row, SWT.READ_ONLY);
            for (Templates t : Templates.values()) {
                template.add(t.label());
            }
            template.select(chosen.ordinal());
            template.addListener(SWT.Selection, e -> chosen = Templates.values()[template.getSelectionIndex()]);
        }

        public void setTemplate(Templates t) {
            chosen = t;
            if (template != null && !template.isDisposed()) {
                template.select(t.ordinal());
            }
        }

        @Override
        protected InputStream getInitialContents() {
            String name = getFileName();
            if (name.endsWith("." + ModelIO.EXTENSION)) {
                name = name.substring(0, name.length() - ModelIO.EXTENSION.length() - 1);
            }
            return new ByteArrayInputStream(ModelIO.toBytes(chosen.create(name)));
        }
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection sel) {
        this.workbench = wb;
        this.selection = sel;
        setWindowTitle("New Spinflow Network");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page(selection);
        addPage(page);
    }

    public Page getPage() {
        return page;
    }

    /** Copies the template's data files beside the new model (never over an existing file). */
    static void copyData(Templates template, IFile model) throws CoreException, java.io.IOException {
        for (var e : template.data().entrySet()) {
            IFile target = model.getParent().getFile(new org.eclipse.core.runtime.Path(e.getKey()));
            if (target.exists()) {
                continue;
            }
            java.net.URL url = org.eclipse.core.runtime.FileLocator.find(SpinflowUi.getDefault().getBundle(),
                    new org.eclipse.core.runtime.Path(e.getValue()));
            if (url == null) {
                throw new java.io.IOException(e.getValue() + " is missing from the org.spinflow.ui bundle");
            }
            try (InputStream in = url.openStream()) {
                target.create(in, true, null);
            }
        }
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            copyData(page.chosen, file);
            SpinflowNature.enable(file.getProject());
        } catch (CoreException | java.io.IOException e) {
            page.setErrorMessage("Created " + file.getName() + " but not its data: " + e.getMessage());
            SpinflowUi.log("Cannot copy the data of " + page.chosen + " beside " + file, e);
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, SpinflowUi.EDITOR_ID);
        } catch (PartInitException e) {
            SpinflowUi.log("Cannot open " + file, e);
        }
        return true;
    }
}
