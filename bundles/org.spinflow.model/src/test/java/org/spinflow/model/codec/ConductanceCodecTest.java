package org.spinflow.model.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.spinflow.model.Crossbar;
import org.spinflow.model.SpinflowFactory;

class ConductanceCodecTest {

    private static Crossbar crossbar(int rows, int cols, boolean bias) {
        Crossbar x = SpinflowFactory.eINSTANCE.createCrossbar();
        x.setName("xb");
        x.setRows(rows);
        x.setCols(cols);
        x.setBias(bias);
        return x;
    }

    @Test
    void encodesLittleEndianFloat32Base64() {
        float[] v = {1.0f, -2.5f, 1e-3f, Float.MIN_VALUE, Float.NaN, Float.POSITIVE_INFINITY, -0.0f};
        String s = ConductanceCodec.encode(v);
        byte[] bytes = Base64.getDecoder().decode(s);
        assertEquals(v.length * 4, bytes.length);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1.0f, b.getFloat(0));
        assertEquals(0x3f800000, Integer.reverseBytes(ByteBuffer.wrap(bytes).getInt(0)));
        float[] back = ConductanceCodec.decode(s);
        for (int i = 0; i < v.length; i++) {
            assertEquals(Float.floatToRawIntBits(v[i]), Float.floatToRawIntBits(back[i]), "bit-exact at " + i);
        }
        assertEquals("AACAPw==", ConductanceCodec.encode(new float[] {1.0f}));
        assertEquals(0, ConductanceCodec.decode("").length);
        assertEquals(0, ConductanceCodec.decode(null).length);
    }

    @Test
    void rejectsBadData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConductanceCodec.decode("AAAA AAA!"));
        assertTrue(e.getMessage().startsWith("conductances are not valid base64"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConductanceCodec.decode("AAAAAAA="));
        assertEquals("conductance data is 5 bytes, not a whole number of float32 values", e.getMessage());
    }

    @Test
    void pairMatricesIncludeTheBiasRow() {
        Crossbar x = crossbar(2, 3, true);
        assertEquals(3, ConductanceCodec.physicalRows(x));
        float[][] plus = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        float[][] minus = {{9, 8, 7}, {6, 5, 4}, {3, 2, 1}};
        assertFalse(ConductanceCodec.hasPairs(x));
        ConductanceCodec.setPairs(x, plus, minus);
        assertTrue(ConductanceCodec.hasPairs(x));
        assertEquals(3, x.getConductances().getRows());
        assertEquals(3, x.getConductances().getCols());
        assertArrayEquals(plus, ConductanceCodec.getGPlus(x));
        assertArrayEquals(minus, ConductanceCodec.getGMinus(x));
        ConductanceCodec.Pairs p = ConductanceCodec.getPairs(x);
        assertEquals(6f, p.plus(1, 2));
        assertEquals(3f, p.minus(2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> p.plus(3, 0));
    }

    @Test
    void shapeChecks() {
        Crossbar x = crossbar(2, 3, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConductanceCodec.setPairs(x, new float[2][3], new float[2][3]));
        assertEquals("G+ must have 3 rows, got 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConductanceCodec.setPairs(x, new float[6], new float[9]));
        assertEquals("conductance arrays must hold 3 x 3 = 9 values, got G+ 6 and G- 9", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ConductanceCodec.setPairs(x, new ConductanceCodec.Pairs(2, 3, new float[6], new float[6])));
        assertEquals("crossbar 'xb' needs conductances of shape 3 x 3 (rows + 1 bias row), got 2 x 3", e.getMessage());

        ConductanceCodec.setPairs(x, new float[9], new float[9]);
        x.setBias(false); // the stored matrices no longer fit
        e = assertThrows(IllegalArgumentException.class, () -> ConductanceCodec.getPairs(x));
        assertEquals("crossbar 'xb' stores conductances of shape 3 x 3 but needs 2 x 3", e.getMessage());
        x.setBias(true);
        x.getConductances().setGMinus(ConductanceCodec.encode(new float[8]));
        e = assertThrows(IllegalArgumentException.class, () -> ConductanceCodec.getPairs(x));
        assertEquals("crossbar 'xb' stores 9 G+ and 8 G- values but needs 9 (3 x 3)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConductanceCodec.getPairs(crossbar(1, 1, false)));
        assertEquals("crossbar 'xb' stores no conductances", e.getMessage());
    }
}
