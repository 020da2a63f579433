package org.spinflow.ui.training;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.ui.editor.NetworkEditor;

/** Run > Train Network (and the toolbar button): saves the active network editor and starts a {@link TrainingJob}. */
public class TrainNetworkHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof NetworkEditor editor) {
            start(editor, null, null);
        }
        return null;
    }

    /** Saves the editor if needed, shows the Training view and schedules the job. */
    public static TrainingJob start(NetworkEditor editor, Integer epochs, Integer folds) {
        if (editor.isDirty()) {
            editor.doSave(null);
        }
        try {
            editor.getSite().getPage().showView(SpinflowUi.TRAINING_VIEW_ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            SpinflowUi.log("Cannot show the Training view", e);
        }
        TrainingJob job = new TrainingJob(editor.getFile(), epochs, folds);
        job.schedule();
        return job;
    }
}
