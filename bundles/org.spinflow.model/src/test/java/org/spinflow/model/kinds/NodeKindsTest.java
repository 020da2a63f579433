package org.spinflow.model.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.GenericNode;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Port;
import org.spinflow.model.build.NetworkBuilder;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;

/** The descriptors drive ports, defaults, multi-input rules and port sizes. */
class NodeKindsTest {

    private static Network skip() {
        NetworkBuilder b = new NetworkBuilder("g");
        Node in = b.add(NetworkBuilder.newInput("input", 4));
        Node x1 = b.add(NetworkBuilder.newCrossbar("x1", 4, 6));
        Node h1 = b.add(NetworkBuilder.newMtj("h1", 6, "mtj-f-default"));
        Node x2 = b.add(NetworkBuilder.newCrossbar("x2", 6, 3));
        Node xs = b.add(NetworkBuilder.newCrossbar("xs", 6, 3));
        Node sum = b.add(NetworkBuilder.newSum("sum", 3));
        Node ro = b.add(NetworkBuilder.newReadout("out", 3, null));
        b.chain(in, x1, h1, x2, sum, ro);
        b.chain(h1, xs, sum);
        return b.network();
    }

    private static List<String> errors(Network n) {
        return ModelValidator.validate(n, null).stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::toString).toList();
    }

    @Test
    void spinflowsOwnKindsAreRegisteredWithPortsAndDefaults() {
        for (String id : List.of("input", "crossbar", "mtj", "activation", "readout", "sum", "concat")) {
            NodeKindDescriptor d = NodeKinds.byId(id);
            Node n = d.create("n1");
            assertTrue(d.handles(n), id);
            assertEquals(d.ports().size(), n.getPorts().size(), id);
            for (PropertySpec p : d.properties()) {
                if (!p.defaultValue().isEmpty()) {
                    assertEquals(p.defaultValue(), PropertyValues.text(n, p), id + "." + p.name() + " starts at its default");
                }
            }
        }
        assertNull(NodeKinds.byId("no-such-kind"));
    }

    @Test
    void aSumAcceptsSeveralConnectionsAndACrossbarOne() {
        Network n = skip();
        assertEquals(List.of(), errors(n));
        Node x2 = n.getNodes().get(3);
        org.spinflow.model.Connection c = org.spinflow.model.SpinflowFactory.eINSTANCE.createConnection();
        c.setSource(NetworkBuilder.out(n.getNodes().get(2)));
        c.setTarget(NetworkBuilder.in(x2));
        n.getConnections().add(c);
        assertTrue(errors(n).stream().anyMatch(e -> e.contains("node 'x2'/port 'in': has 2 incoming connections")
                && e.contains("accepts at most 1 connection")), errors(n).toString());
    }

    @Test
    void concatenatedInputsMustAddUpToTheSize() {
        NetworkBuilder b = new NetworkBuilder("c");
        Node in = b.add(NetworkBuilder.newInput("input", 4));
        Node xa = b.add(NetworkBuilder.newCrossbar("xa", 4, 2));
        Node ha = b.add(NetworkBuilder.newMtj("ha", 2, "mtj-f-default"));
        Node xb = b.add(NetworkBuilder.newCrossbar("xb", 4, 3));
        Node hb = b.add(NetworkBuilder.newMtj("hb", 3, "mtj-f-default"));
        Node cat = b.add(NetworkBuilder.newConcat("cat", 6));
        Node xo = b.add(NetworkBuilder.newCrossbar("xo", 6, 2));
        Node ro = b.add(NetworkBuilder.newReadout("out", 2, null));
        b.chain(in, xa, ha, cat);
        b.chain(in, xb, hb, cat);
        b.chain(cat, xo, ro);
        assertTrue(errors(b.network()).stream().anyMatch(e -> e.contains("node 'cat'/port 'in': has size 6 but its inputs "
                + "'ha.out' (2) + 'hb.out' (3) add up to 5")), errors(b.network()).toString());
        PropertyValues.set(cat, NodeKinds.property(NodeKinds.of(cat), "size"), "5");
        NodeKinds.syncPorts(cat);
        ((org.spinflow.model.Crossbar) xo).setRows(5);
        NodeKinds.syncPorts(xo);
        assertEquals(List.of(), errors(b.network()));
    }

    @Test
    void portSizesFollowTheAttributesWhenAFileIsLoaded(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.spinflow");
        ModelIO.save(skip(), f);
        // resize the Sum by its one attribute; its two port sizes in the file are left stale
        String xmi = Files.readString(f).replace("<properties name=\"size\" value=\"3.0\"/>", "<properties name=\"size\" value=\"5.0\"/>");
        Files.writeString(f, xmi);
        Network n = ModelIO.load(f);
        GenericNode sum = (GenericNode) n.getNodes().stream().filter(x -> "sum".equals(x.getName())).findFirst().orElseThrow();
        for (Port p : sum.getPorts()) {
            assertEquals(5, p.getSize(), p.getName());
        }
    }

    @Test
    void anUnknownKindIsReportedNotGuessed() {
        Network n = skip();
        GenericNode g = org.spinflow.model.SpinflowFactory.eINSTANCE.createGenericNode();
        g.setName("mystery");
        g.setKind("warp-drive");
        n.getNodes().add(g);
        assertTrue(errors(n).stream().anyMatch(e -> e.contains("node 'mystery': is of kind 'warp-drive', which no installed "
                + "node-kind descriptor declares")), errors(n).toString());
    }
}
