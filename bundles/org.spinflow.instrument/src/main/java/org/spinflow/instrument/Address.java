package org.spinflow.instrument;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where an instrument listens: {@code tcp://HOST:PORT} (raw SCPI socket; PORT defaults to
 * {@value #DEFAULT_PORT}, the usual port of LAN instruments).
 */
public record Address(String host, int port) {

    public static final int DEFAULT_PORT = 5025;

    public static Address parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InstrumentException("empty instrument address (expected tcp://HOST:PORT)");
        }
        String s = text.strip();
        if (!s.contains("://")) {
            s = "tcp://" + s;
        }
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException e) {
            throw new InstrumentException("'" + text + "' is not an instrument address (expected tcp://HOST:PORT)");
        }
        if (!"tcp".equalsIgnoreCase(u.getScheme()) || u.getHost() == null || (u.getPath() != null && !u.getPath().isEmpty())
                || u.getQuery() != null) {
            throw new InstrumentException("'" + text + "' is not an instrument address (expected tcp://HOST:PORT)");
        }
        int port = u.getPort() < 0 ? DEFAULT_PORT : u.getPort();
        if (port < 1 || port > 65535) {
            throw new InstrumentException("'" + text + "': port must be 1..65535");
        }
        return new Address(u.getHost(), port);
    }

    @Override
    public String toString() {
        return "tcp://" + host + ":" + port;
    }
}
