package org.spinflow.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

/** File > Export > Spinflow > XMI: writes a network as standalone XMI ({@link ModelIO#export}). */
public class ExportXmiWizard extends Wizard implements IExportWizard {
    private IFile source;
    private Page page;

    /** Source file (from the selection) and target path in the file system. */
    public class Page extends WizardPage {
        private Text target;

        Page() {
            super("xmi");
            setTitle("Export as XMI");
            setDescription(source == null ? "Select a .spinflow file in a view before exporting." : "Export " + source.getFullPath());
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            new Label(c, SWT.NONE).setText("&To file:");
            target = new Text(c, SWT.BORDER);
            target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            if (source != null && source.getLocation() != null) {
                target.setText(source.getLocation().removeFileExtension().addFileExtension("xmi").toOSString());
            }
            target.addModifyListener(e -> setPageComplete(isValid()));
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("Browse…");
            browse.addListener(SWT.Selection, e -> {
                FileDialog d = new FileDialog(getShell(), SWT.SAVE);
                d.setFilterExtensions(new String[] {"*.xmi"});
                String f = d.open();
                if (f != null) {
                    target.setText(f);
                }
            });
            setControl(c);
            setPageComplete(isValid());
        }

        boolean isValid() {
            return source != null && target != null && !target.getText().isBlank();
        }

        public void setTarget(String path) {
            target.setText(path);
        }

        String getTarget() {
            return target.getText().trim();
        }
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("Export Spinflow Network as XMI");
        if (selection != null && selection.getFirstElement() instanceof IFile f && ModelIO.EXTENSION.equals(f.getFileExtension())) {
            source = f;
        } else if (selection != null && selection.getFirstElement() instanceof org.eclipse.core.runtime.IAdaptable a) {
            IFile f = a.getAdapter(IFile.class);
            if (f != null && ModelIO.EXTENSION.equals(f.getFileExtension())) {
                source = f;
            }
        }
    }

    public void setSource(IFile file) {
        this.source = file;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    public Page getPage() {
        return page;
    }

    @Override
    public boolean performFinish() {
        try {
            export(source, Path.of(page.getTarget()));
            return true;
        } catch (RuntimeException e) {
            page.setErrorMessage("Export failed: " + e.getMessage());
            return false;
        }
    }

    /** Exports a .spinflow file as standalone XMI. */
    public static void export(IFile file, Path out) {
        Network n = ModelIO.load(file.getLocation().toFile().toPath());
        ModelIO.export(n, out);
        try {
            file.getWorkspace().getRoot().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        } catch (org.eclipse.core.runtime.CoreException e) {
            // the export is written; the workspace notices it on the next refresh
        }
    }
}
