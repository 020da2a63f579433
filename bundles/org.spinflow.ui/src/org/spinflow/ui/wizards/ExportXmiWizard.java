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
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.FileEditorInput;
import org.spinflow.model.Network;
import org.spinflow.ui.editor.DiagramElement;
import org.spinflow.ui.editor.NetworkEditor;
import org.spinflow.model.io.ModelIO;

/**
 * File > Export > Spinflow > XMI: writes a network as standalone XMI ({@link ModelIO#export}). With a Spinflow
 * editor open on the network (the active editor, a diagram element selected in it, or its file selected in a
 * view), what the editor shows is exported, unsaved edits included; otherwise the saved file.
 */
public class ExportXmiWizard extends Wizard implements IExportWizard {
    private IFile source;
    private NetworkEditor editor;
    private Page page;

    /** Source file (from the selection) and target path in the file system. */
    public class Page extends WizardPage {
        private Text target;

        Page() {
            super("xmi");
            setTitle("Export as XMI");
            setDescription(source == null ? "Open a Spinflow network or select a .spinflow file before exporting."
                    : "Export " + source.getFullPath() + (editor != null ? " as the editor shows it" + (editor.isDirty() ? " (unsaved changes included)" : "") : ""));
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
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof DiagramElement d) {
            editor = d.getEditor();
        } else if (first instanceof IFile f && ModelIO.EXTENSION.equals(f.getFileExtension())) {
            source = f;
        } else if (first instanceof org.eclipse.core.runtime.IAdaptable a) {
            IFile f = a.getAdapter(IFile.class);
            if (f != null && ModelIO.EXTENSION.equals(f.getFileExtension())) {
                source = f;
            }
        }
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (editor == null && source == null && page != null && page.getActiveEditor() instanceof NetworkEditor e) {
            editor = e;
        }
        if (editor == null && source != null && page != null && page.findEditor(new FileEditorInput(source)) instanceof NetworkEditor e) {
            editor = e;
        }
        if (editor != null) {
            source = editor.getFile();
        }
    }

    public void setSource(IFile file) {
        this.source = file;
    }

    /** The editor whose content is exported (null: the saved file is). */
    public NetworkEditor getEditor() {
        return editor;
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
            Network shown = editor == null ? null : editor.liveNetwork();
            if (shown != null) {
                ModelIO.export(shown, Path.of(page.getTarget()));
                refresh(source);
            } else {
                export(source, Path.of(page.getTarget()));
            }
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
        refresh(file);
    }

    private static void refresh(IFile file) {
        try {
            file.getWorkspace().getRoot().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        } catch (org.eclipse.core.runtime.CoreException e) {
            // the export is written; the workspace notices it on the next refresh
        }
    }
}
