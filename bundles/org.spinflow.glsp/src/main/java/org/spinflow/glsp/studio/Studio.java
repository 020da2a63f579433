package org.spinflow.glsp.studio;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.spinflow.glsp.server.SpinflowDiagramModule;
import org.spinflow.glsp.server.StudioContext;

import com.google.inject.Guice;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * {@code spinflow studio [FOLDER|MODEL] [--port P] [--host H]}: serves the diagram editor on the loopback
 * interface (or on H), printing {@code Spinflow studio: http://127.0.0.1:PORT/?token=TOKEN} as its first line (see {@link TokenGate}).
 */
public final class Studio {
    public static final String WS_PATH = "/glsp";
    /** Environment variable: the token to use instead of a new one (to restart a server under the same address). */
    public static final String TOKEN_ENV = "SPINFLOW_STUDIO_TOKEN";

    private final Server server;
    private final int port;
    private final String url;

    private final String token;
    private final org.spinflow.glsp.server.LiveModels live;

    private Studio(Server server, int port, String url, String token, org.spinflow.glsp.server.LiveModels live) {
        this.server = server;
        this.port = port;
        this.url = url;
        this.token = token;
        this.live = live;
    }

    /** The models this server's sessions hold open (for an editor embedding the studio in the same JVM). */
    public org.spinflow.glsp.server.LiveModels live() {
        return live;
    }

    /** The secret every request must carry (query parameter, cookie or {@code Authorization: token ...}). */
    public String token() {
        return token;
    }

    public int port() {
        return port;
    }

    /** The address to open: {@code http://HOST:PORT/?token=...}; append further parameters with {@code &}. */
    public String url() {
        return url;
    }

    public void stop() throws Exception {
        server.stop();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    public static void main(String[] args) throws Exception {
        String target = null;
        int port = 0;
        boolean portGiven = false;
        String host = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port", "-p" -> {
                    String v = need(args, ++i, a);
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        port = -1;
                    }
                    if (port < 0 || port > 65535) {
                        System.err.println("spinflow studio: --port needs a number 0..65535, got '"
                                + org.spinflow.model.io.SpinflowException.escapeControls(v) + "'");
                        System.exit(2);
                    }
                    portGiven = true;
                }
                case "--host" -> host = need(args, ++i, a);
                case "-h", "--help" -> {
                    System.out.println("Usage: spinflow studio [FOLDER|MODEL] [--port P] [--host H]");
                    System.out.println("Serves the Spinflow diagram editor; --port 0 picks a free port (default 8421).");
                    System.out.println("Open the printed address: it carries the access token (?token=...).");
                    System.out.println("Restart under the same address (open pages reconnect): --port P and " + TOKEN_ENV + "=TOKEN.");
                    return;
                }
                default -> {
                    if (a.startsWith("-") || target != null) {
                        System.err.println("spinflow studio: unexpected argument '" + org.spinflow.model.io.SpinflowException.escapeControls(a) + "'");
                        System.exit(2);
                    }
                    target = a;
                }
            }
        }
        if (!portGiven) {
            port = 8421;
        }
        Path p = Path.of(target == null ? "." : target).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            System.err.println("spinflow studio: no such file or folder: " + p);
            System.exit(2);
        }
        Path root = Files.isDirectory(p) ? p : p.getParent();
        String model = Files.isDirectory(p) ? null : p.getFileName().toString();
        // a restarted server keeps the address (port and token) when both are given again, so open pages reconnect
        String token = System.getenv(TOKEN_ENV);
        if (token != null && !token.matches("[0-9a-f]{64}")) {
            System.err.println("spinflow studio: " + TOKEN_ENV + " must be 64 lower-case hex digits (a token printed by an earlier run)");
            System.exit(2);
        }
        Studio s = token == null ? start(root, model, host, port) : start(root, model, host, port, token);
        System.out.println("Spinflow studio: " + s.url());
        System.out.flush();
        s.join();
    }

    private static String need(String[] args, int i, String opt) {
        if (i >= args.length) {
            System.err.println("spinflow studio: " + opt + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    /** Starts a studio server with a new random token (used by main, the IDE and tests). */
    public static Studio start(Path root, String defaultModel, String host, int port) throws Exception {
        return start(root, defaultModel, host, port, TokenGate.newToken());
    }

    /** Starts a studio server that answers only requests carrying {@code token}. */
    public static Studio start(Path root, String defaultModel, String host, int port, String token) throws Exception {
        StudioContext context = new StudioContext(root);
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        Set<String> origins = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        AtomicReference<Set<String>> allowedOrigins = new AtomicReference<>(Set.of());

        ServletContextHandler web = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        web.setContextPath("/");
        web.setMaxFormContentSize(64 * 1024);
        JakartaWebSocketServletContainerInitializer.configure(web, (servletContext, ws) -> {
            ws.setDefaultMaxTextMessageBufferSize(StudioEndpoint.MAX_MESSAGE);
            ws.setDefaultMaxBinaryMessageBufferSize(64 * 1024);
            ServerEndpointConfig.Builder b = ServerEndpointConfig.Builder.create(StudioEndpoint.class, WS_PATH);
            b.configurator(new GLSPConfigurator(() -> Guice.createInjector(
                    new ServerModule().configureDiagramModule(new SpinflowDiagramModule(context)))) {
                @Override
                public boolean checkOrigin(String origin) {
                    return origin != null && allowedOrigins.get().contains(origin.toLowerCase());
                }
            });
            ws.addEndpoint(b.build());
        });
        web.addServlet(new ServletHolder(new StudioServlet(context, defaultModel, hosts)), "/");
        web.addServlet(new ServletHolder(new ExperimentServlet(context, hosts)), ExperimentServlet.PATH); // experiment suites
        server.setHandler(new TokenGate(token, web));
        server.setStopAtShutdown(true);
        server.start();
        int actual = connector.getLocalPort();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        Set<String> names = new LinkedHashSet<>();
        names.add(shownHost.toLowerCase());
        if (host.equals("127.0.0.1") || host.equals("localhost")) {
            names.add("127.0.0.1");
            names.add("localhost");
        }
        for (String h : names) {
            origins.add("http://" + h + ":" + actual);
            hosts.add(h + ":" + actual);
        }
        allowedOrigins.set(Set.copyOf(origins));
        return new Studio(server, actual, "http://" + shownHost + ":" + actual + "/?token=" + token, token, context.live());
    }

    static PrintStream out() {
        return System.out;
    }

    static InetSocketAddress address(String host, int port) {
        return new InetSocketAddress(host, port);
    }
}
