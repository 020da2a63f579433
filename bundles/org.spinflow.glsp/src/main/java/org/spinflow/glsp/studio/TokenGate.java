package org.spinflow.glsp.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Token authentication in the manner of Jupyter: the studio prints its address with a random token
 * ({@code http://127.0.0.1:PORT/?token=...}); the first request that carries it gets the token back as
 * an HttpOnly, SameSite=Strict cookie, which the page's later requests and its WebSocket upgrade send
 * by themselves. Every request (page, script, API, WebSocket upgrade) without the token, as query
 * parameter, cookie or {@code Authorization: token ...} header, is answered 403. The Origin and Host
 * checks stay: the token stops other local processes, the Origin check stops other web pages.
 */
public final class TokenGate extends Handler.Wrapper {
    /** Cookie name prefix; the port is appended, since cookies are shared by all ports of a host. */
    public static final String COOKIE = "spinflow_token_";

    private final byte[] token;
    private final String text;

    public TokenGate(String token, Handler handler) {
        super(handler);
        this.text = token;
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    /** 32 random bytes from {@link SecureRandom} as 64 hex digits. */
    public static String newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String cookieName = COOKIE + Request.getLocalPort(request);
        boolean cookie = false;
        for (HttpCookie c : Request.getCookies(request)) {
            cookie |= c.getName().equals(cookieName) && matches(c.getValue());
        }
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        boolean header = auth != null && auth.startsWith("token ") && matches(auth.substring(6).strip());
        boolean query = matches(Request.extractQueryParameters(request).getValue("token"));
        if (!cookie && !header && !query) {
            Response.writeError(request, response, callback, 403,
                    "Forbidden: open the address spinflow studio printed (it carries ?token=...)");
            return true;
        }
        if (!cookie && query) {
            Response.addCookie(response, HttpCookie.build(cookieName, text).path("/").httpOnly(true)
                    .sameSite(HttpCookie.SameSite.STRICT).build());
        }
        return super.handle(request, response, callback);
    }
}
