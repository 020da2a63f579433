package org.spinflow.glsp.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.experiments.ResultsFile;
import org.spinflow.experiments.Runner;
import org.spinflow.experiments.Suite;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The studio runs experiment suites through the experiments bundle: progress, rows and the same results as the CLI's runner. */
class ExperimentServletTest {
    @TempDir
    Path root;
    @TempDir
    Path elsewhere;

    private Studio studio;
    private final HttpClient http = HttpClient.newHttpClient();

    static final String SUITE = """
            {"name": "studio", "threads": 1, "defaults": {"epochs": 1, "folds": 2},
             "runs": [{"id": "base", "model": "iris-mtj.spinflow", "seeds": [1]}],
             "sweeps": [{"id": "noise", "model": "iris-mtj.spinflow", "parameter": "noise", "values": [0, 2],
                         "series": [{"gradient": "analog-central"}], "seeds": [1]}]}
            """;

    @BeforeEach
    void start() throws Exception {
        Files.copy(Path.of("../../examples/iris/iris-mtj.spinflow"), root.resolve("iris-mtj.spinflow"));
        Files.copy(Path.of("../../examples/iris/iris.csv"), root.resolve("iris.csv"));
        Files.writeString(root.resolve("suite.json"), SUITE);
        studio = Studio.start(root, null, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        studio.stop();
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.port() + pathAndQuery))
                .header("Authorization", "token " + studio.token());
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject await(String id) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L; // generous: the machine may be busy
        while (true) {
            HttpResponse<String> r = send("GET", ExperimentServlet.PATH + "?id=" + id + "&wait=60", null);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
            if (!o.get("state").getAsString().equals("running") || System.nanoTime() > deadline) {
                return o;
            }
        }
    }

    @Test
    void aSuiteRunsWithProgressAndGivesTheRunnersResults() throws Exception {
        HttpResponse<String> started = send("POST", ExperimentServlet.PATH, "{\"suite\": \"suite.json\", \"out\": \"results/studio\"}");
        assertEquals(202, started.statusCode(), started.body());
        String id = JsonParser.parseString(started.body()).getAsJsonObject().get("id").getAsString();
        JsonObject status = await(id);
        assertEquals("done", status.get("state").getAsString(), status.toString());
        assertEquals(3, status.get("total").getAsInt());
        assertEquals(3, status.get("done").getAsInt());
        JsonArray rows = status.getAsJsonArray("rows");
        assertEquals(3, rows.size());
        assertTrue(status.getAsJsonArray("log").size() >= 4, "a line per point and the summary");

        Path csv = root.resolve("results/studio/results.csv");
        assertTrue(Files.isRegularFile(csv) && Files.isRegularFile(root.resolve("results/studio/results.md")));
        Map<String, String> stored = ResultsFile.open(csv, false).rows().values().stream()
                .collect(Collectors.toMap(m -> m.get("key"), m -> m.get("acc_mean")));
        // the same suite through the runner the CLI uses, into another folder
        Path direct = elsewhere.resolve("direct");
        new Runner(Suite.load(root.resolve("suite.json"), null), direct, 1, false, new PrintWriter(new StringWriter()), true).run();
        Map<String, String> cli = ResultsFile.open(direct.resolve("results.csv"), false).rows().values().stream()
                .collect(Collectors.toMap(m -> m.get("key"), m -> m.get("acc_mean")));
        assertEquals(cli, stored);
        for (JsonElement e : rows) {
            JsonObject row = e.getAsJsonObject();
            assertEquals("ok", row.get("status").getAsString(), row.toString());
            assertEquals(cli.get(row.get("key").getAsString()), row.get("acc_mean").getAsString());
        }

        // a second run of the same suite into the same folder resumes: nothing left to compute
        HttpResponse<String> again = send("POST", ExperimentServlet.PATH, "{\"suite\": \"suite.json\", \"out\": \"results/studio\"}");
        JsonObject second = await(JsonParser.parseString(again.body()).getAsJsonObject().get("id").getAsString());
        assertEquals("done", second.get("state").getAsString());
        assertEquals(0, second.get("pending").getAsInt());
    }

    @Test
    void pathsOutsideTheStudioFolderAndBadRequestsAreRefused() throws Exception {
        Files.writeString(elsewhere.resolve("outside.json"), SUITE);
        assertEquals(403, send("POST", ExperimentServlet.PATH, "{\"suite\": \"../outside.json\", \"out\": \"r\"}").statusCode());
        assertEquals(403, send("POST", ExperimentServlet.PATH, "{\"suite\": \"suite.json\", \"out\": \"/tmp/r\"}").statusCode());
        Files.copy(root.resolve("iris-mtj.spinflow"), elsewhere.resolve("far.spinflow"));
        Files.writeString(root.resolve("far.json"), "{\"name\": \"far\", \"runs\": [{\"id\": \"a\", \"model\": \""
                + elsewhere.resolve("far.spinflow").toString().replace("\\", "/") + "\"}]}");
        HttpResponse<String> far = send("POST", ExperimentServlet.PATH, "{\"suite\": \"far.json\", \"out\": \"r\"}");
        assertEquals(403, far.statusCode(), far.body());
        assertTrue(far.body().contains("outside the studio folder"), far.body());
        Files.writeString(root.resolve("bad.json"), "{\"name\": \"bad\", \"runs\": [{\"id\": \"a\"}]}");
        HttpResponse<String> bad = send("POST", ExperimentServlet.PATH, "{\"suite\": \"bad.json\", \"out\": \"r\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("missing \\\"model\\\""), bad.body());
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.port() + ExperimentServlet.PATH))
                .header("Authorization", "token " + studio.token()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("suite=suite.json&out=r")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, form.statusCode(), "a form post (cross-site) is not accepted");
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.port() + ExperimentServlet.PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"suite\": \"suite.json\", \"out\": \"r\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noToken.statusCode());
        assertEquals(404, send("GET", ExperimentServlet.PATH + "?id=99", null).statusCode());
        assertTrue(List.of(Files.list(root).map(p -> p.getFileName().toString()).toArray()).stream().noneMatch("r"::equals),
                "nothing was written for refused requests");
    }
}
