package org.spinflow.glsp.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio answers only requests that carry its token: pages, API and WebSocket upgrades. */
class StudioAuthTest {
    @TempDir
    Path root;

    private Studio studio;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        Files.copy(Path.of("../../examples/iris/iris-mtj.spinflow"), root.resolve("iris-mtj.spinflow"));
        Files.copy(Path.of("../../examples/iris/iris.csv"), root.resolve("iris.csv"));
        studio = Studio.start(root, null, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        studio.stop();
        System.clearProperty(StudioEndpoint.IDLE_PROPERTY);
        System.clearProperty(StudioEndpoint.MAX_SESSIONS_PROPERTY);
    }

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.port() + pathAndQuery));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie() {
        return TokenGate.COOKIE + studio.port() + "=" + studio.token();
    }

    @Test
    void thePrintedUrlCarriesARandomTokenAndIsAnswered() throws Exception {
        assertTrue(studio.url().matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[0-9a-f]{64}"), studio.url());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(studio.url())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("iris-mtj.spinflow"), "the model chooser");
        String setCookie = r.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(setCookie.startsWith(cookie()), setCookie);
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        assertEquals(200, get("/", "Cookie", cookie()).statusCode(), "the cookie alone is enough afterwards");
        assertEquals(200, get("/", "Authorization", "token " + studio.token()).statusCode(), "so is the header");
        Studio other = Studio.start(root, null, "127.0.0.1", 0);
        try {
            assertNotEquals(studio.token(), other.token(), "every server has its own token");
        } finally {
            other.stop();
        }
    }

    @Test
    void everyRequestWithoutTheTokenIsForbidden() throws Exception {
        String model = "model=iris-mtj.spinflow";
        for (String path : List.of("/", "/?" + model, "/index.html", "/studio/main.js",
                "/api/transfer-curve?" + model + "&node=hidden", "/?token=", "/?token=" + "0".repeat(64),
                "/?token=" + studio.token().substring(1))) {
            HttpResponse<String> r = get(path, "Origin", "http://127.0.0.1:" + studio.port());
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), path);
        }
        assertEquals(403, get("/", "Cookie", TokenGate.COOKIE + studio.port() + "=wrong").statusCode());
        assertEquals(403, get("/", "Cookie", TokenGate.COOKIE + (studio.port() + 1) + "=" + studio.token()).statusCode(),
                "a cookie for another port does not count");
    }

    /** Status code of a raw WebSocket upgrade request. */
    private int upgrade(String origin, String cookie) throws Exception {
        try (Socket s = new Socket("127.0.0.1", studio.port())) {
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder("GET " + Studio.WS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + studio.port()
                    + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
            if (origin != null) {
                req.append("Origin: ").append(origin).append("\r\n");
            }
            if (cookie != null) {
                req.append("Cookie: ").append(cookie).append("\r\n");
            }
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertNotNull(status);
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void webSocketUpgradesNeedTheTokenAndTheOwnOrigin() throws Exception {
        String own = "http://127.0.0.1:" + studio.port();
        assertEquals(403, upgrade(own, null), "own origin without the token");
        assertEquals(403, upgrade(own, TokenGate.COOKIE + studio.port() + "=nope"), "wrong token");
        assertEquals(403, upgrade("http://evil.example", cookie()), "foreign origin with the token");
        assertEquals(101, upgrade(own, cookie()), "own origin with the token");
    }

    private CompletableFuture<Integer> open(List<WebSocket> sockets) {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws = http.newWebSocketBuilder().header("Origin", "http://127.0.0.1:" + studio.port())
                .header("Cookie", cookie())
                .buildAsync(URI.create("ws://127.0.0.1:" + studio.port() + Studio.WS_PATH), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.complete(-1);
                    }
                }).join();
        sockets.add(ws);
        return closed;
    }

    @Test
    void idleWebSocketsAreClosed() throws Exception {
        System.setProperty(StudioEndpoint.IDLE_PROPERTY, "1500");
        List<WebSocket> sockets = new java.util.ArrayList<>();
        CompletableFuture<Integer> closed = open(sockets);
        int code = closed.get(30, TimeUnit.SECONDS);
        assertTrue(code == 1001 || code == 1000 || code == 1006, "closed after the idle timeout, code " + code);
    }

    @Test
    void sessionsAreBounded() throws Exception {
        System.setProperty(StudioEndpoint.MAX_SESSIONS_PROPERTY, "2");
        List<WebSocket> sockets = new java.util.ArrayList<>();
        CompletableFuture<Integer> a = open(sockets);
        CompletableFuture<Integer> b = open(sockets);
        CompletableFuture<Integer> c = open(sockets);
        assertEquals(1013, c.get(30, TimeUnit.SECONDS), "the third session is told to try again later");
        assertTrue(!a.isDone() && !b.isDone(), "the first two stay open");
        sockets.forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
    }
}
