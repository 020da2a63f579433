package org.spinflow.interpreter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.spinflow.data.Dataset;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

/** SHA-256 fingerprints of what a run reads: the model as saved, and the loaded data (for provenance and checkpoints). */
public final class Digests {
    private Digests() {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** SHA-256 of the model's XMI bytes, hex. */
    public static String model(Network network) {
        return HexFormat.of().formatHex(sha256().digest(ModelIO.toBytes(network)));
    }

    /**
     * SHA-256 of a loaded data set (before normalisation), hex: n, d, the features as little-endian
     * float32 and the labels as little-endian int32. Independent of the file format (CSV, IDX, gzip).
     */
    public static String data(Dataset... sets) {
        MessageDigest md = sha256();
        for (Dataset ds : sets) {
            if (ds == null) {
                continue;
            }
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(ds.n()).putInt(ds.d());
            md.update(head.array());
            FloatBuffer f = ds.featureBuffer();
            ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            while (f.hasRemaining()) {
                chunk.clear();
                while (f.hasRemaining() && chunk.remaining() >= 4) {
                    chunk.putFloat(f.get());
                }
                chunk.flip();
                md.update(chunk);
            }
            ByteBuffer lb = ByteBuffer.allocate(4 * ds.n()).order(ByteOrder.LITTLE_ENDIAN);
            for (int y : ds.labels()) {
                lb.putInt(y);
            }
            md.update(lb.array());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
