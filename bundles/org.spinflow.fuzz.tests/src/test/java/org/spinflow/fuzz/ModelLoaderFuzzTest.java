package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.io.SpinflowException;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: the {@code .spinflow} (XMI) loader and the validator. Every input either loads, and
 * then validates without throwing (problems are returned), or is refused with a
 * {@link SpinflowException} whose message is one line naming the file. Anything else (another
 * exception, an error, a hang, running out of memory) is a finding.
 */
class ModelLoaderFuzzTest {

    private static final FuzzSupport.Counter COUNTER = new FuzzSupport.Counter("model");
    private static Path dir;

    @BeforeAll
    static void setUp() {
        dir = FuzzSupport.scratch("model");
    }

    @AfterAll
    static void tearDown() {
        COUNTER.report();
        FuzzSupport.deleteRecursively(dir);
    }

    @FuzzTest(maxDuration = "15s")
    @DictionaryEntries({
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<spinflow:Network", "</spinflow:Network>",
        "xmlns:spinflow=\"http://spinflow.org/spinflow/1.0\"", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        "xmlns:xmi=\"http://www.omg.org/XMI\"", "xmi:version=\"2.0\"", "xsi:type=", "\"spinflow:InputLayer\"",
        "\"spinflow:Crossbar\"", "\"spinflow:MtjNeuronArray\"", "\"spinflow:NeuronArray\"", "\"spinflow:Readout\"",
        "<nodes", "</nodes>", "<ports", "<connections", "<training", "<dataset", "<split", "<optimizer",
        "<synapse", "<variability", "<noise", "<classNames>", "name=", "features=", "rows=", "cols=", "size=",
        "classes=", "direction=\"out\"", "signal=\"current\"", "source=", "target=", "epochs=", "batchSize=",
        "path=", "format=\"IDX\"", "kind=", "//@nodes[name='", "']/@ports[name='", "//@nodes.0/@ports.0",
        "<!DOCTYPE", "<!ENTITY", "SYSTEM \"file:///etc/passwd\"", "&#x", "<![CDATA[", "-1", "2147483648",
        "1e309", "NaN"})
    void loadAndValidate(byte[] data) {
        COUNTER.start();
        Path file = dir.resolve("fuzz.spinflow");
        FuzzSupport.write(file, data);
        Network network;
        try {
            network = ModelIO.load(file);
        } catch (SpinflowException e) {
            FuzzSupport.assertCleanMessage(e, file.getFileName().toString());
            COUNTER.refused.incrementAndGet();
            return;
        }
        assertNotNull(network);
        List<Problem> problems = ModelValidator.validate(network, file); // must never throw
        assertNotNull(problems);
        for (Problem p : problems) {
            String s = p.toString();
            assertFalse(s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0, () -> "problem has a line break: " + s);
        }
        COUNTER.loaded.incrementAndGet();
    }
}
