package org.spinflow.glsp.studio;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

/**
 * The GLSP WebSocket endpoint with tighter limits: message sizes, an idle timeout (a session with no
 * message for {@value #IDLE_PROPERTY} milliseconds, default 2 hours, is closed) and a bound on the
 * sessions open at once ({@value #MAX_SESSIONS_PROPERTY}, default 32); a session beyond it is closed
 * at once with "try again later", so idle or abandoned connections cannot pile up memory.
 */
public class StudioEndpoint extends GLSPServerEndpoint {
    /** Largest message accepted from the browser (client messages are small: actions, not models). */
    public static final int MAX_MESSAGE = 1 << 20;
    public static final String IDLE_PROPERTY = "spinflow.studio.idleTimeoutMillis";
    public static final String MAX_SESSIONS_PROPERTY = "spinflow.studio.maxSessions";
    private static final String COUNTED = "spinflow.counted";

    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger(StudioEndpoint.class);

    /** Sessions open now (all studio servers of this JVM). */
    public static int openSessions() {
        return OPEN.get();
    }

    static long idleTimeoutMillis() {
        return Math.max(1000L, Long.getLong(IDLE_PROPERTY, 2 * 60 * 60 * 1000L));
    }

    static int maxSessions() {
        return Math.max(1, Integer.getInteger(MAX_SESSIONS_PROPERTY, 32));
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        if (OPEN.incrementAndGet() > maxSessions()) {
            OPEN.decrementAndGet();
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
                        "too many studio sessions open (" + maxSessions() + "); close a tab and reload"));
            } catch (IOException e) {
                // the peer is gone already
            }
            return;
        }
        session.getUserProperties().put(COUNTED, Boolean.TRUE);
        super.onOpen(session, config);
        session.setMaxTextMessageBufferSize(MAX_MESSAGE);
        session.setMaxBinaryMessageBufferSize(64 * 1024);
        session.setMaxIdleTimeout(idleTimeoutMillis());
    }

    @Override
    public void onError(Session session, Throwable thr) {
        // a message the server cannot read (e.g. an operation kind it has no handler for) ends the session: say so
        Throwable root = thr;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.warn("studio session closed after an unreadable message: {}", root.getMessage() == null ? root.toString() : root.getMessage());
        super.onError(session, thr);
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        if (session.getUserProperties().remove(COUNTED) != null) {
            OPEN.decrementAndGet();
            super.onClose(session, closeReason);
        }
    }
}
