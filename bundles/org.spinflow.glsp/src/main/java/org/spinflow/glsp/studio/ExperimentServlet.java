package org.spinflow.glsp.studio;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.spinflow.experiments.ExperimentException;
import org.spinflow.experiments.Runner;
import org.spinflow.experiments.Suite;
import org.spinflow.glsp.server.PathGuard;
import org.spinflow.glsp.server.StudioContext;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Experiment suites from the studio, through the experiments bundle's API (the same {@link Runner} and
 * resumable results store as {@code spinflow experiment}, local engine):
 * <ul>
 * <li>{@code POST /api/experiments} with a JSON body {@code {"suite": "REL.json", "out": "REL-FOLDER",
 * "threads": N}} starts a run in the background and answers {@code 202 {"id": "..."}}; one run at a time
 * ({@code 409} while one runs). The suite file, the output folder and every model and data folder the
 * suite names must be inside the studio folder.</li>
 * <li>{@code GET /api/experiments?id=ID[&wait=SECONDS]} (with {@code wait}: answers when the run ends or after
 * that many seconds, at most 60): the run's state ({@code running}, {@code done}, {@code failed},
 * {@code cancelled}), {@code total}/{@code pending}/{@code done} point counts, the rows finished so far
 * (results.csv columns), the log lines and, when it failed, a one-line {@code error}.</li>
 * <li>{@code DELETE /api/experiments?id=ID}: cancels after the point in progress (a rerun resumes).</li>
 * </ul>
 */
public class ExperimentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the servlet is mapped. */
    public static final String PATH = "/api/experiments";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();
    private static final int MAX_BODY = 16 * 1024;

    /** One run's state, read by status requests while the run's thread writes it. */
    static final class Run {
        final String id;
        volatile String state = "running";
        volatile String error;
        volatile int total = -1;
        volatile int pending = -1;
        volatile int done;
        volatile boolean cancel;
        final List<Map<String, String>> rows = java.util.Collections.synchronizedList(new ArrayList<>());
        final StringWriter log = new StringWriter();
        volatile Thread thread;

        Run(String id) {
            this.id = id;
        }

        synchronized Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("state", state);
            m.put("total", total);
            m.put("pending", pending);
            m.put("done", done);
            synchronized (rows) {
                m.put("rows", List.copyOf(rows));
            }
            String text;
            synchronized (log.getBuffer()) {
                text = log.toString();
            }
            m.put("log", text.isEmpty() ? List.of() : List.of(text.split("\\R")));
            if (error != null) {
                m.put("error", error);
            }
            return m;
        }
    }

    private final transient StudioContext context;
    private final transient Set<String> allowedHosts;
    private final transient Map<String, Run> runs = new ConcurrentHashMap<>();
    private final transient AtomicInteger ids = new AtomicInteger();

    public ExperimentServlet(StudioContext context, Set<String> allowedHosts) {
        this.context = context;
        this.allowedHosts = allowedHosts;
    }

    private boolean hostOk(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        String host = req.getHeader("Host");
        if (host == null || !allowedHosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            json(resp, 400, Map.of("error", "Bad Host header"));
            return false;
        }
        return true;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!hostOk(req, resp)) {
            return;
        }
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            json(resp, 415, Map.of("error", "expected a JSON body (Content-Type: application/json)"));
            return;
        }
        byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            json(resp, 413, Map.of("error", "request body over " + MAX_BODY + " bytes"));
            return;
        }
        JsonObject o;
        try {
            o = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (RuntimeException e) {
            json(resp, 400, Map.of("error", "the body is not a JSON object"));
            return;
        }
        Path suiteFile;
        Path out;
        int threads;
        Suite suite;
        try {
            suiteFile = PathGuard.resolve(context.root(), str(o, "suite"));
            if (!suiteFile.getFileName().toString().endsWith(".json") || !Files.isRegularFile(suiteFile)) {
                throw new PathGuard.Refused("'" + str(o, "suite") + "' is not a .json suite file in the studio folder");
            }
            out = PathGuard.resolve(context.root(), str(o, "out"));
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new PathGuard.Refused("'" + str(o, "out") + "' exists and is not a folder");
            }
            threads = o.has("threads") ? Math.max(1, Math.min(64, o.get("threads").getAsInt())) : 1;
            suite = Suite.load(suiteFile, null);
            inside(suite);
        } catch (PathGuard.Refused e) {
            json(resp, 403, Map.of("error", "Refused: " + e.getMessage()));
            return;
        } catch (ExperimentException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            json(resp, 400, Map.of("error", String.valueOf(e.getMessage())));
            return;
        }
        Run run;
        synchronized (runs) {
            if (runs.values().stream().anyMatch(r -> r.state.equals("running"))) {
                json(resp, 409, Map.of("error", "an experiment suite is already running"));
                return;
            }
            run = new Run(Integer.toString(ids.incrementAndGet()));
            runs.put(run.id, run);
        }
        Thread t = new Thread(() -> execute(run, suite, out, threads), "spinflow-experiment-" + run.id);
        t.setDaemon(true);
        run.thread = t;
        t.start();
        json(resp, 202, Map.of("id", run.id));
    }

    /** Every model and data folder of the suite must be inside the studio folder. */
    private void inside(Suite suite) {
        Path base;
        try {
            base = context.root().toRealPath();
        } catch (IOException e) {
            throw new PathGuard.Refused("cannot resolve the studio folder: " + e.getMessage());
        }
        for (Suite.Section s : suite.sections()) {
            for (Path p : new Path[] {s.model(), s.data()}) {
                try {
                    if (p != null && !p.toRealPath().startsWith(base)) {
                        throw new PathGuard.Refused("section '" + s.id() + "' uses " + p + ", outside the studio folder");
                    }
                } catch (IOException e) {
                    throw new PathGuard.Refused("section '" + s.id() + "': cannot resolve " + p);
                }
            }
        }
    }

    private static void execute(Run run, Suite suite, Path out, int threads) {
        PrintWriter log;
        synchronized (run.log.getBuffer()) {
            log = new PrintWriter(run.log, true);
        }
        try {
            new Runner(suite, out, threads, false, log, false).listener(new Runner.Listener() {
                @Override
                public void started(int total, int pending) {
                    run.total = total;
                    run.pending = pending;
                }

                @Override
                public void point(int done, int pending, Map<String, String> row) {
                    run.rows.add(Map.copyOf(row));
                    run.done = done;
                }
            }).cancelWhen(() -> run.cancel).run();
            run.state = "done";
        } catch (Runner.Cancelled e) {
            run.error = e.getMessage();
            run.state = "cancelled";
        } catch (RuntimeException | LinkageError e) {
            run.error = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ").strip();
            run.state = "failed";
        }
    }

    /** The run named by the request's {@code id}, or null once the refusal (host, 404) has been answered. */
    private Run requestedRun(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!hostOk(req, resp)) {
            return null;
        }
        Run run = runs.get(String.valueOf(req.getParameter("id")));
        if (run == null) {
            json(resp, 404, Map.of("error", "no experiment run with id '" + req.getParameter("id") + "'"));
        }
        return run;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Run run = requestedRun(req, resp);
        if (run == null) {
            return;
        }
        String wait = req.getParameter("wait");
        if (wait != null && run.thread != null) {
            try { // long poll: answer when the run ends, or after at most 60 s
                run.thread.join(Math.max(0, Math.min(60_000L, (long) (Double.parseDouble(wait) * 1000))));
            } catch (NumberFormatException e) {
                json(resp, 400, Map.of("error", "wait must be a number of seconds"));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        json(resp, 200, run.json());
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Run run = requestedRun(req, resp);
        if (run == null) {
            return;
        }
        run.cancel = true;
        json(resp, 202, Map.of("id", run.id, "state", run.state));
    }

    /** When the studio stops, running suites stop after their current point (what finished is stored). */
    @Override
    public void destroy() {
        runs.values().forEach(r -> r.cancel = true);
        super.destroy();
    }

    private static String str(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonPrimitive() ? o.get(key).getAsString() : null;
    }

    private static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }
}
