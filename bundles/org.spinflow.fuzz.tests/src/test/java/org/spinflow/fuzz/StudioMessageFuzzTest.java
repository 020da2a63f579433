package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.spinflow.glsp.server.SpinflowActions;
import org.spinflow.glsp.server.SpinflowDiagramModule;
import org.spinflow.glsp.server.SpinflowTypes;
import org.spinflow.glsp.server.StudioContext;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Fuzz target: the JSON messages the studio's page sends over its WebSocket. Each input is parsed as
 * a GLSP action message with the server's own Gson (as the WebSocket endpoint does) and dispatched
 * to a live diagram session on a model in a served folder, as the studio would. Whatever the
 * message: the handler may refuse it or report an error, but no Error escapes (out of memory,
 * stack overflow), nothing outside the served folder is created or changed, the data set and an
 * unrelated file inside the folder are never changed, and no file with another extension than the
 * studio writes (.spinflow, its .layout, .xmi and the .ecore beside it) appears.
 */
class StudioMessageFuzzTest {

    private static final FuzzSupport.Counter COUNTER = new FuzzSupport.Counter("studio");
    private static final String CLIENT = "fuzz-client";
    /** What the page handles (the server sends these to it; the harness's client drops them). */
    private static final List<String> CLIENT_KINDS = List.of("requestBounds", "setModel", "updateModel", "setDirtyState",
            "setMarkers", "deleteMarkers", "setTypeHints", "setEditValidationResult", "setNavigationTargets",
            "setResolvedNavigationTarget", "navigateToExternalTarget", "setPopupModel", "setClipboardData", "message",
            "status", "startProgress", "updateProgress", "endProgress", "elementSelected", "allSelected", "center", "fit",
            "exportSvg", "triggerNodeCreation", "triggerEdgeCreation", "checkEdgeResult", "rejectRequest",
            "navigateToTarget", "sourceModelChanged", "setContextActions", "setViewport", "selectAll", "select",
            "spinflowTrainingProgress", "spinflowFileChanged");

    private static Path scratch;
    private static Path root;
    private static Path outsideCanary;
    private static Path insideCanary;
    private static Path data;
    private static byte[] canaryBytes;
    private static byte[] dataBytes;
    private static Set<String> outsideNames;
    private static Gson gson;
    private static ActionDispatcher dispatcher;
    private static GLSPServer server;

    @BeforeAll
    static void setUp() throws Exception {
        scratch = FuzzSupport.scratch("studio");
        root = Files.createDirectories(scratch.resolve("served"));
        outsideCanary = scratch.resolve("outside.spinflow");
        insideCanary = root.resolve("notes.txt");
        data = root.resolve("iris.csv");
        canaryBytes = "keep me".getBytes(StandardCharsets.UTF_8);
        Files.write(outsideCanary, canaryBytes);
        Files.write(insideCanary, canaryBytes);
        Path examples = Path.of("../../examples/iris");
        Files.copy(examples.resolve("iris-mtj.spinflow"), root.resolve("iris-mtj.spinflow"));
        Files.copy(examples.resolve("iris.csv"), data);
        dataBytes = Files.readAllBytes(data);
        outsideNames = names(scratch);

        Injector injector = Guice.createInjector(
                new ServerModule().configureDiagramModule(new SpinflowDiagramModule(new StudioContext(root))));
        server = injector.getInstance(GLSPServer.class);
        server.connect(message -> {
            // the page's side: answers are not needed here
        });
        InitializeParameters init = new InitializeParameters();
        init.setApplicationId("fuzz");
        init.setProtocolVersion("1.0.0");
        server.initialize(init).get(30, TimeUnit.SECONDS);
        server.initializeClientSession(new InitializeClientSessionParameters(CLIENT, SpinflowTypes.DIAGRAM_TYPE,
                CLIENT_KINDS)).get(30, TimeUnit.SECONDS);
        dispatcher = injector.getInstance(ClientSessionManager.class).getSession(CLIENT).orElseThrow()
                .getActionDispatcher();
        gson = injector.getInstance(ServerGsonConfigurator.class).configureGsonBuilder(new GsonBuilder()).create();
        dispatcher.dispatch(new RequestModelAction(Map.of("sourceUri", "iris-mtj.spinflow"))).get(60, TimeUnit.SECONDS);
        assertTrue(injector.getInstance(ClientSessionManager.class).getSession(CLIENT).orElseThrow().getInjector()
                .getInstance(org.spinflow.glsp.server.SpinflowModelState.class).getNetwork() != null, "the model is open");
    }

    @AfterAll
    static void tearDown() {
        COUNTER.report();
        if (server != null) {
            server.shutdown();
        }
        FuzzSupport.deleteRecursively(scratch);
    }

    private static Set<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> n = new TreeSet<>();
            s.forEach(p -> n.add(p.getFileName().toString()));
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "studio.dict")
    void process(byte[] input) throws Exception {
        COUNTER.start();
        ActionMessage message;
        try {
            message = gson.fromJson(new String(input, StandardCharsets.UTF_8), ActionMessage.class);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | ClassCastException
                | UnsupportedOperationException | NullPointerException e) {
            COUNTER.refused.incrementAndGet(); // the endpoint drops a message it cannot read
            return;
        }
        Action action = message == null ? null : message.getAction();
        if (action == null) {
            COUNTER.refused.incrementAndGet();
            return;
        }
        try {
            dispatcher.dispatch(action).get(10, TimeUnit.SECONDS);
            COUNTER.loaded.incrementAndGet();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw new AssertionError("an Error escaped a handler", err);
            }
            COUNTER.refused.incrementAndGet(); // reported to the page as an error
        } catch (TimeoutException e) {
            throw new AssertionError("a message kept the dispatcher busy for 10 s: " + action.getKind(), e);
        } finally {
            dispatcher.dispatch(new SpinflowActions.CancelTrainingAction()).get(10, TimeUnit.SECONDS);
        }
        assertArrayEquals(canaryBytes, Files.readAllBytes(outsideCanary), "a file outside the served folder changed");
        assertArrayEquals(canaryBytes, Files.readAllBytes(insideCanary), "a file that is no model changed");
        assertArrayEquals(dataBytes, Files.readAllBytes(data), "the data set changed");
        assertEquals(outsideNames, names(scratch), "a file appeared outside the served folder");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String n = p.getFileName().toString();
                assertTrue(n.endsWith(".spinflow") || n.endsWith(".layout") || n.endsWith(".xmi")
                        || n.endsWith(".ecore") || p.equals(insideCanary) || p.equals(data)
                        || n.endsWith(".tmp"), "the studio wrote an unexpected file: " + root.relativize(p));
            }
        }
    }
}
