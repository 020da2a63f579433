package org.spinflow.glsp.server;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.spinflow.model.Node;

/**
 * An undoable edit of the network and/or its layout: EMF changes are recorded with a
 * {@link ChangeRecorder} and reversed with their {@link ChangeDescription}; the layout is snapshotted.
 */
public class SpinflowCommand extends AbstractCommand {
    private final SpinflowModelState state;
    private Runnable runnable;
    private ChangeDescription change;
    private Map<Node, Bounds> otherLayout;

    public SpinflowCommand(SpinflowModelState state, String label, Runnable runnable) {
        super(label);
        this.state = state;
        this.runnable = runnable;
    }

    @Override
    protected boolean prepare() {
        return change == null;
    }

    @Override
    public void execute() {
        Map<Node, Bounds> before = new IdentityHashMap<>(state.getLayout());
        ChangeRecorder recorder = new ChangeRecorder(state.getNetwork());
        try {
            runnable.run();
        } finally {
            change = recorder.endRecording();
            recorder.dispose();
            runnable = null;
            otherLayout = before;
        }
    }

    @Override
    public boolean canUndo() {
        return change != null;
    }

    @Override
    public void undo() {
        apply();
    }

    @Override
    public void redo() {
        apply();
    }

    private void apply() {
        change.applyAndReverse();
        Map<Node, Bounds> current = new IdentityHashMap<>(state.getLayout());
        state.setLayout(new IdentityHashMap<>(otherLayout));
        otherLayout = current;
    }
}
