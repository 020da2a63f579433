package org.spinflow.glsp.server;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.actions.SaveModelActionHandler;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.spinflow.model.io.ModelChangedException;

import com.google.inject.Inject;

/**
 * Save and forced save. A save over a file that someone else wrote since it was opened is refused (nothing is
 * written, the model stays dirty) and the client is told with a {@link SpinflowActions.FileChangedAction}, so
 * that the user decides; only a {@link SpinflowActions.ForceSaveAction} overwrites it.
 */
public final class SaveHandlers {
    private SaveHandlers() {
    }

    /** Replaces GLSP's save handler: reports a file changed on disk instead of failing or overwriting it. */
    public static class Save extends SaveModelActionHandler {
        @Override
        public List<Action> executeAction(SaveModelAction action) {
            try {
                return super.executeAction(action);
            } catch (ModelChangedException e) {
                return List.of(changed((SpinflowStorage) sourceModelStorage, (SpinflowModelState) modelState, e));
            }
        }
    }

    /** Overwrites the file after the user agreed to. */
    public static class ForceSave extends AbstractActionHandler<SpinflowActions.ForceSaveAction> {
        @Inject
        protected SpinflowModelState modelState;
        @Inject
        protected org.eclipse.glsp.server.features.core.model.SourceModelStorage storage;

        @Override
        protected List<Action> executeAction(SpinflowActions.ForceSaveAction action) {
            SpinflowStorage s = (SpinflowStorage) storage;
            try {
                s.saveForced();
            } catch (ModelChangedException e) {
                return List.of(changed(s, modelState, e));
            }
            modelState.saveIsDone();
            return List.of(new SetDirtyStateAction(modelState.isDirty(), SetDirtyStateAction.Reason.SAVE));
        }
    }

    static SpinflowActions.FileChangedAction changed(SpinflowStorage storage, SpinflowModelState state, ModelChangedException e) {
        String file = state.getFile() == null ? "" : state.getFile().getFileName().toString();
        return new SpinflowActions.FileChangedAction(file, storage.changedMessage(e));
    }
}
