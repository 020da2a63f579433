package org.spinflow.glsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;
import org.spinflow.model.build.NetworkBuilder;
import org.spinflow.model.io.ModelIO;

/** The studio's edit rules: plain-words refusals of property values and connections, and copy/paste of nodes. */
class EditRulesTest {
    private static final Path IRIS = Path.of("../../examples/iris/iris-mtj.spinflow");

    private static Node node(Network n, String name) {
        return n.getNodes().stream().filter(x -> name.equals(x.getName())).findFirst().orElseThrow();
    }

    @Test
    void badPropertyValuesAreRefusedWithTheReasonInPlainWords() {
        Network net = ModelIO.load(IRIS);
        Node xb = node(net, "crossbar1");
        Node mtj = node(net, "hidden1");
        assertEquals("cols must be a whole number; 'abc' is not.", Properties.problem(xb, "cols", "abc"));
        assertNull(Properties.problem(xb, "cols", "5"));
        String preset = Properties.problem(mtj, "preset", "mtj-typo");
        assertNotNull(preset);
        assertTrue(preset.startsWith("preset must be one of ") && preset.contains("mtj-f-default"), preset);
        assertNull(Properties.problem(mtj, "preset", "mtj-f-default"));
        assertTrue(Properties.problem(net, "training.optimizer.kind", "sgdd").contains("must be one of"));
        assertEquals("There is no property nonsense.", Properties.problem(net, "nonsense", "1"));
        assertTrue(Properties.problem(net, "training.epochs", "x").contains("whole number"));
    }

    @Test
    void namesTypedOnTheDiagramAreRefusedWhenEmptyOrTakenWithTheReason() {
        Network net = ModelIO.load(IRIS);
        Node xb2 = node(net, "crossbar2");
        assertEquals("A node named 'hidden1' already exists; names must be unique.", Handlers.nameProblem(net, xb2, "hidden1"));
        assertEquals("A node needs a name.", Handlers.nameProblem(net, xb2, ""));
        assertNull(Handlers.nameProblem(net, xb2, "crossbar2"));
        assertNull(Handlers.nameProblem(net, xb2, "xb2"));
    }

    @Test
    void connectionsJoinAnOutputToAFreeCompatibleInputWithoutLoops() {
        Network net = ModelIO.load(IRIS);
        Port xb1In = NetworkBuilder.in(node(net, "crossbar1"));
        Port xb2Out = NetworkBuilder.out(node(net, "crossbar2"));
        Port readoutIn = NetworkBuilder.in(node(net, "readout"));
        Port hiddenOut = NetworkBuilder.out(node(net, "hidden1"));
        assertTrue(Connect.refusal(net, xb1In, readoutIn, null).contains("is an input"));
        Port inputOut = NetworkBuilder.out(node(net, "input"));
        assertTrue(Connect.refusal(net, inputOut, xb1In, null).contains("already"), Connect.refusal(net, inputOut, xb1In, null));
        assertTrue(Connect.refusal(net, xb2Out, xb1In, null).contains("signal"), Connect.refusal(net, xb2Out, xb1In, null));
        assertTrue(Connect.refusal(net, xb2Out, readoutIn, null).contains("already"));
        // readout's connection left out: crossbar2 -> readout is allowed again, hidden1 (voltage) -> readout is not
        var existing = net.getConnections().stream().filter(c -> c.getTarget() == readoutIn).findFirst().orElseThrow();
        assertNull(Connect.refusal(net, xb2Out, readoutIn, existing));
        if (hiddenOut.getSignal() != readoutIn.getSignal()) {
            assertTrue(Connect.refusal(net, hiddenOut, readoutIn, existing).contains("signal"));
        }
        assertEquals(PortDirection.OUT, xb2Out.getDirection());
    }

    @Test
    void copiedNodesArePastedWithNewNamesTheirInnerConnectionAndMovedBounds() {
        Network net = ModelIO.load(IRIS);
        SpinflowModelState state = new SpinflowModelState();
        Map<Node, Bounds> layout = new java.util.IdentityHashMap<>();
        List<Node> chosen = List.of(node(net, "crossbar1"), node(net, "hidden1"));
        layout.put(chosen.get(0), new Bounds(10, 20, 190, 74));
        layout.put(chosen.get(1), new Bounds(260, 20, 190, 74));
        state.setNetwork(net, IRIS, layout);
        int nodes = net.getNodes().size();
        int connections = net.getConnections().size();
        Network clip = Clipboard.copy(net, chosen);
        assertEquals(2, clip.getNodes().size());
        assertEquals(1, clip.getConnections().size(), "only the connection between the copied nodes");
        List<Node> added = Clipboard.insert(state, clip, Map.of("crossbar1", layout.get(chosen.get(0)), "hidden1", layout.get(chosen.get(1))), 40, 40);
        assertEquals(nodes + 2, net.getNodes().size());
        assertEquals(connections + 1, net.getConnections().size());
        assertEquals(List.of("crossbar3", "hidden2"), added.stream().map(Node::getName).toList());
        assertEquals(new Bounds(50, 60, 190, 74), state.getLayout().get(added.get(0)));
        var c = net.getConnections().get(net.getConnections().size() - 1);
        assertEquals(added.get(0), c.getSource().getNode());
        assertEquals(added.get(1), c.getTarget().getNode());
    }
}
