package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.io.SpinflowException;

import com.sun.net.httpserver.HttpServer;

/**
 * Opening a model must never reach the network. Found by fuzzing (Jazzer's SSRF detector, seed
 * {@code ModelLoaderFuzzTestInputs/loadAndValidate/bad-wrong-namespace.spinflow}): for an unknown
 * namespace EMF's XMLHandler.getPackageForURI demand-loads the namespace URI as a metamodel, so a
 * shared model file makes the loader send an HTTP request to any host it names. This test makes it
 * reproducible without the fuzzer: a local HTTP server counts the requests.
 */
@Timeout(30)
class ModelNamespaceFetchTest {

    @TempDir
    Path dir;

    @Test
    void unknownNamespaceIsNotFetched() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String ns = "http://127.0.0.1:" + server.getAddress().getPort() + "/spinflow/9.9";
            Path file = Files.writeString(dir.resolve("remote-ns.spinflow"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<spinflow:Network xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:spinflow=\"" + ns
                    + "\" name=\"x\"/>\n");
            SpinflowException e = assertThrows(SpinflowException.class, () -> ModelIO.load(file));
            assertTrue(e.getMessage().contains("remote-ns.spinflow"), e.getMessage());
            assertEquals(0, requests.get(), "loading the model sent " + requests.get() + " HTTP request(s) to " + ns
                    + "; message: " + e.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
