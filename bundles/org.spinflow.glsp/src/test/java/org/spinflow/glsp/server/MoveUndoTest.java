package org.spinflow.glsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.Test;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.ModelIO;

/**
 * A move is an undo step only when it moves something: a click reported as a move of zero takes none, but
 * the model is still sent back (the client keeps its move feedback until an update arrives).
 */
class MoveUndoTest {
    private static final Path IRIS = Path.of("../../examples/iris/iris-mtj.spinflow");

    private static ChangeBoundsOperation move(String id, double x, double y, double w, double h) {
        ElementAndBounds eb = new ElementAndBounds();
        eb.setElementId(id);
        eb.setNewPosition(GraphUtil.point(x, y));
        eb.setNewSize(GraphUtil.dimension(w, h));
        return new ChangeBoundsOperation(List.of(eb));
    }

    /** Counts the updates it would send instead of sending them. */
    private static final class Recording extends Handlers.ChangeBounds {
        int redraws;

        @Override
        protected void redraw() {
            redraws++;
        }
    }

    @Test
    void aMoveOfZeroIsNoCommandButRedrawsAndARealMoveIsOne() {
        Network net = ModelIO.load(IRIS);
        Map<Node, Bounds> layout = new IdentityHashMap<>();
        Node hidden = net.getNodes().stream().filter(n -> "hidden1".equals(n.getName())).findFirst().orElseThrow();
        layout.put(hidden, new Bounds(520, 20, 190, 74));
        SpinflowModelState state = new SpinflowModelState();
        state.setNetwork(net, IRIS, layout);
        Recording h = new Recording();
        h.state = state;
        String id = state.idOf(hidden);
        assertTrue(h.createCommand(move(id, 520, 20, 190, 74)).isEmpty(), "a move to where the node is: no command");
        assertEquals(1, h.redraws, "a move of zero still sends the model back");
        assertTrue(h.createCommand(move("no-such-node", 1, 2, 3, 4)).isEmpty(), "a move of no known node: no command");
        assertEquals(2, h.redraws);
        var cmd = h.createCommand(move(id, 530, 20, 190, 74));
        assertTrue(cmd.isPresent(), "a move by 10 px is an undoable command");
        assertEquals(2, h.redraws, "a real move is sent back by the command's own update");
        assertEquals(new Bounds(520, 20, 190, 74), layout.get(hidden), "nothing moves until the command runs");
        cmd.get().execute();
        assertEquals(new Bounds(530, 20, 190, 74), layout.get(hidden));
        assertTrue(h.createCommand(move(id, 530, 20, 190, 75)).isPresent(), "a resize by 1 px is a command");
        cmd.get().undo();
        assertEquals(new Bounds(520, 20, 190, 74), state.getLayout().get(hidden), "undo puts the node back");
    }
}
