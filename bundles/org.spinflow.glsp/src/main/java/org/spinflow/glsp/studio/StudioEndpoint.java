package org.spinflow.glsp.studio;

import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;

import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

/** The GLSP WebSocket endpoint with tighter message limits. */
public class StudioEndpoint extends GLSPServerEndpoint {
    /** Largest message accepted from the browser (client messages are small: actions, not models). */
    public static final int MAX_MESSAGE = 1 << 20;

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        super.onOpen(session, config);
        session.setMaxTextMessageBufferSize(MAX_MESSAGE);
        session.setMaxBinaryMessageBufferSize(64 * 1024);
        session.setMaxIdleTimeout(0);
    }
}
