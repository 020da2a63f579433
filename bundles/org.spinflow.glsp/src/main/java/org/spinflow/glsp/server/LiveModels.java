package org.spinflow.glsp.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.Trainer;
import org.spinflow.model.Network;

/**
 * The models the studio's sessions hold open, by file: what an editor embedding the studio in the same JVM (the
 * Eclipse IDE) needs beyond the page - the undo and redo labels of the session's command stack, a copy of the
 * model as edited (unsaved changes included), and applying a training result as one undoable command. The last
 * session that opened a file is the one kept.
 */
public final class LiveModels {
    private final Map<Path, Live> byFile = new ConcurrentHashMap<>();

    void register(Path file, SpinflowModelState state, ActionDispatcher dispatcher) {
        byFile.put(file.toAbsolutePath().normalize(), new Live(state, dispatcher));
    }

    /** The session holding {@code file} open, if any. */
    public Optional<Live> of(Path file) {
        return Optional.ofNullable(byFile.get(file.toAbsolutePath().normalize()));
    }

    /** One session's model. */
    public static final class Live {
        private final SpinflowModelState state;
        private final ActionDispatcher dispatcher;

        Live(SpinflowModelState state, ActionDispatcher dispatcher) {
            this.state = state;
            this.dispatcher = dispatcher;
        }

        private CommandStack stack() {
            return state.commandStack();
        }

        /** The label of the command Undo would revert, or null when there is nothing to undo. */
        public String undoLabel() {
            CommandStack s = stack();
            Command c = s == null || !s.canUndo() ? null : s.getUndoCommand();
            return c == null ? null : c.getLabel();
        }

        /** The label of the command Redo would repeat, or null when there is nothing to redo. */
        public String redoLabel() {
            CommandStack s = stack();
            Command c = s == null || !s.canRedo() ? null : s.getRedoCommand();
            return c == null ? null : c.getLabel();
        }

        /** A copy of the network as the session holds it (with unsaved edits). */
        public Network copyOfNetwork() {
            synchronized (state) {
                return state.getNetwork() == null ? null : EcoreUtil.copy(state.getNetwork());
            }
        }

        /** The file the session edits. */
        public Path file() {
            return state.getFile();
        }

        /**
         * Writes a finished run into the session's model as one undoable command ("Apply training result"); the page
         * is updated and becomes dirty. Nothing is written to disk.
         */
        public void applyTrainingResult(Trainer.Result result, RunConfig config, Map<String, String> provenance) {
            dispatcher.dispatch(new SpinflowActions.ApplyTrainingResultAction(new TrainingService.Finished(result, config, null), provenance));
        }

        /**
         * Applies {@code change} to the session's model as one undoable command labelled {@code label} (for example
         * the IDE's "Calibrate devices"); the page is updated and becomes dirty. Nothing is written to disk.
         */
        public void applyChange(String label, java.util.function.Consumer<Network> change) {
            dispatcher.dispatch(new ApplyChangeAction(label, change));
        }
    }

    /** Server-internal: one undoable change of the model made by the embedding IDE (see {@link Live#applyChange}). */
    public static class ApplyChangeAction extends Action {
        public static final String KIND = "spinflowApplyChange";
        transient String label;
        transient java.util.function.Consumer<Network> change;

        public ApplyChangeAction() {
            super(KIND);
        }

        ApplyChangeAction(String label, java.util.function.Consumer<Network> change) {
            this();
            this.label = label;
            this.change = change;
        }
    }

    /** Runs an {@link ApplyChangeAction} as one command on the session's stack and sends the changed model. */
    public static class ApplyChangeHandler extends AbstractActionHandler<ApplyChangeAction> {
        @com.google.inject.Inject
        protected SpinflowModelState state;
        @com.google.inject.Inject
        protected ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(ApplyChangeAction action) {
            if (action.change == null || state.getNetwork() == null) {
                return List.of();
            }
            state.execute(new SpinflowCommand(state, action.label, () -> action.change.accept(state.getNetwork())));
            return submission.submitModel(SetDirtyStateAction.Reason.OPERATION);
        }
    }
}
