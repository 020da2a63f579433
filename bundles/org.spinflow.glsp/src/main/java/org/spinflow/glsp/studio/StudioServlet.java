package org.spinflow.glsp.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.spinflow.glsp.server.PathGuard;
import org.spinflow.glsp.server.StudioContext;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the built client from the class path ({@code /studio/...}) and the model chooser. */
public class StudioServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "ttf", "font/ttf", "woff2", "font/woff2",
            "svg", "image/svg+xml", "map", "application/json", "json", "application/json");

    /** The transfer-curve endpoint (plain HTTP, not the diagram WebSocket). */
    public static final String TRANSFER_CURVE_PATH = "/api/transfer-curve";
    private static final com.google.gson.Gson GSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

    private final transient StudioContext context;
    private final String defaultModel;
    private final transient Set<String> allowedHosts;

    public StudioServlet(StudioContext context, String defaultModel, Set<String> allowedHosts) {
        this.context = context;
        this.defaultModel = defaultModel;
        this.allowedHosts = allowedHosts;
    }

    /** Every answer: not cached, not content-sniffed. */
    private static void noStoreNoSniff(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
    }

    /** Whether the request names one of the hosts this studio answers to (DNS-rebinding guard). */
    private boolean knownHost(HttpServletRequest req) {
        String host = req.getHeader("Host");
        return host != null && allowedHosts.contains(host.toLowerCase());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        noStoreNoSniff(resp);
        if (!knownHost(req)) {
            error(resp, 400, "Bad Host header: this studio only answers to " + String.join(", ", allowedHosts));
            return;
        }
        String path = req.getRequestURI();
        if (path.equals(TRANSFER_CURVE_PATH)) {
            transferCurve(req, resp);
            return;
        }
        if (path.equals(TEMPLATES_PATH)) {
            json(resp, 200, NewModel.TEMPLATES.stream().map(t -> Map.of("id", t.id(), "label", t.label())).toList());
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            index(req, resp);
            return;
        }
        if (path.contains("..") || path.contains("//") || path.contains("\\")) {
            error(resp, 400, "Bad path");
            return;
        }
        serve(path.substring(1), req, resp);
    }

    /** The "New model" command's endpoints: the template list (GET) and the creation (POST, JSON {template, path}). */
    public static final String TEMPLATES_PATH = "/api/templates";
    public static final String NEW_MODEL_PATH = "/api/new-model";

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        noStoreNoSniff(resp);
        if (!knownHost(req)) {
            json(resp, 400, Map.of("error", "Bad Host header"));
            return;
        }
        // a state-changing request: only from the studio's own pages (the cookie is SameSite=Strict as well)
        String origin = req.getHeader("Origin");
        if (origin == null || !origin.toLowerCase().startsWith("http://") || !allowedHosts.contains(origin.substring(7).toLowerCase())) {
            json(resp, 403, Map.of("error", "Refused: a request from another origin"));
            return;
        }
        if (!req.getRequestURI().equals(NEW_MODEL_PATH)) {
            json(resp, 404, Map.of("error", "Not found"));
            return;
        }
        String template;
        String path;
        try (InputStream in = req.getInputStream()) {
            byte[] body = in.readNBytes(16 * 1024);
            com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
            template = o.has("template") ? o.get("template").getAsString() : "";
            path = o.has("path") ? o.get("path").getAsString() : "";
        } catch (RuntimeException e) {
            json(resp, 400, Map.of("error", "Expected JSON {\"template\": ..., \"path\": ...}"));
            return;
        }
        try {
            NewModel.Created c = NewModel.create(context, template, path);
            json(resp, 200, Map.of("model", c.model(), "note", c.note()));
        } catch (NewModel.Refused e) {
            json(resp, 409, Map.of("error", e.getMessage()));
        }
    }

    private void index(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String model = req.getParameter("model");
        if (model == null) {
            if (defaultModel != null) {
                resp.sendRedirect("/?model=" + java.net.URLEncoder.encode(defaultModel, StandardCharsets.UTF_8));
                return;
            }
            chooser(resp);
            return;
        }
        Path file;
        try {
            file = PathGuard.resolveModel(context.root(), model);
        } catch (PathGuard.Refused e) {
            error(resp, 403, "Refused: " + e.getMessage());
            return;
        }
        if (!Files.isRegularFile(file)) {
            error(resp, 404, "No such model: " + model);
            return;
        }
        // the page asks for this model once its script runs: read it meanwhile (not for the IDE's embedded page)
        if (!"1".equals(req.getParameter("embedded"))) {
            context.preload().start(file);
        }
        serve("index.html", resp);
    }

    /**
     * {@code GET /api/transfer-curve?model=REL&node=NAME}: the transfer curve and operating points of an MTJ
     * neuron array of the saved model, as JSON (see {@link TransferCurveService}). Model paths go through the
     * same {@link PathGuard} as {@code ?model=}; a problem in the computation is answered with a "reason".
     */
    private void transferCurve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String model = req.getParameter("model");
        String node = req.getParameter("node");
        Path file;
        try {
            file = PathGuard.resolveModel(context.root(), model);
        } catch (PathGuard.Refused e) {
            json(resp, 403, Map.of("error", "Refused: " + e.getMessage()));
            return;
        }
        if (node == null || node.isBlank()) {
            json(resp, 400, Map.of("error", "no node given"));
            return;
        }
        String text;
        try {
            text = GSON.toJson(TransferCurveService.forFile(file, node));
        } catch (TransferCurveService.NotFound e) {
            json(resp, 404, Map.of("error", e.getMessage()));
            return;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            text = GSON.toJson(Map.of("node", node, "reason", "transfer curve unavailable: " + e));
        }
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    private void chooser(HttpServletResponse resp) throws IOException {
        List<String> models = new ArrayList<>();
        try (Stream<Path> s = Files.walk(context.root(), 4)) {
            s.filter(p -> p.getFileName().toString().endsWith(".spinflow") && Files.isRegularFile(p)).sorted()
                    .forEach(p -> models.add(context.relativize(p)));
        }
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Spinflow studio</title>"
                + "<style>body{font-family:sans-serif;margin:2em}li{margin:.3em}</style></head><body><h1>Spinflow studio</h1>"
                + "<p>Models under " + esc(context.root().toString()) + ":</p><ul id='models'>");
        for (String m : models) {
            b.append("<li><a href='/?model=").append(esc(java.net.URLEncoder.encode(m, StandardCharsets.UTF_8)))
                    .append("'>").append(esc(m)).append("</a></li>");
        }
        b.append("</ul></body></html>");
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The built client's files (bundle.js, css, fonts) with their ETag: read once, revalidated by the browser. */
    private final transient Map<String, byte[]> assets = new java.util.concurrent.ConcurrentHashMap<>();

    private void serve(String name, HttpServletResponse resp) throws IOException {
        serve(name, null, resp);
    }

    private void serve(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = assets.get(name);
        if (body == null) {
            try (InputStream in = StudioServlet.class.getResourceAsStream("/studio/" + name)) {
                if (in == null) {
                    error(resp, 404, "Not found: /" + name);
                    return;
                }
                body = in.readAllBytes();
            }
            assets.put(name, body);
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        if (name.equals("index.html")) {
            resp.setHeader("Content-Security-Policy",
                    "default-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:");
        } else {
            // the client's code may be kept by the browser but is checked on every load (a new build is never missed);
            // a kept bundle also keeps the browser's compiled code, so a second open starts sooner
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-" + body.length + "\"";
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("ETag", etag);
            if (req != null && etag.equals(req.getHeader("If-None-Match"))) {
                resp.setStatus(304);
                return;
            }
        }
        resp.getOutputStream().write(body);
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        String html = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Spinflow studio: " + status
                + "</title></head><body style='font-family:sans-serif;margin:2em'><h1>" + status + "</h1><p id='error'>"
                + esc(message) + "</p><p><a href='/'>Back to the model list</a></p></body></html>";
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
