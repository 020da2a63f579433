package org.spinflow.instrument;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * SCPI over a raw TCP socket: one command per line (LF-terminated), one reply line per query.
 * Every read waits at most the timeout; replies longer than {@link #MAX_REPLY} bytes are refused.
 * Not thread-safe: {@link Instrument} serialises transactions.
 */
final class ScpiClient implements AutoCloseable {

    /** Longest reply line accepted (bytes): a batch of 64k readings fits with room to spare. */
    static final int MAX_REPLY = 4 << 20;

    private final Address address;
    private final int timeoutMs;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int lim;

    ScpiClient(Address address, int timeoutMs) {
        this.address = address;
        this.timeoutMs = timeoutMs;
    }

    void connect() throws IOException {
        close();
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(address.host(), address.port()), timeoutMs);
            s.setSoTimeout(timeoutMs);
            s.setTcpNoDelay(true);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        pos = 0;
        lim = 0;
    }

    boolean connected() {
        return socket != null && !socket.isClosed();
    }

    void send(String line) throws IOException {
        if (!connected()) {
            throw new EOFException("not connected");
        }
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    String query(String line) throws IOException {
        send(line);
        return readLine();
    }

    /** One reply line without its terminator (LF, optionally preceded by CR). */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            if (pos == lim) {
                lim = in.read(buf);
                pos = 0;
                if (lim < 0) {
                    lim = 0;
                    throw new EOFException("the instrument closed the connection");
                }
            }
            while (pos < lim) {
                byte b = buf[pos++];
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, n, StandardCharsets.US_ASCII);
                }
                line.write(b);
                if (line.size() > MAX_REPLY) {
                    throw new IOException("reply longer than " + MAX_REPLY + " bytes");
                }
            }
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken socket: nothing left to do
            }
            socket = null;
        }
    }
}
