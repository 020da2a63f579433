package org.spinflow.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetsTest {

    @TempDir
    Path tmp;

    @Test
    void irisLoads150x4WithFiftyPerClass() {
        Dataset iris = CsvDatasets.load(TestData.shared("iris/iris.csv"));
        assertEquals(150, iris.n());
        assertEquals(4, iris.d());
        assertEquals(3, iris.classes());
        assertArrayEquals(new String[] {"setosa", "versicolor", "virginica"}, iris.classNames());
        assertArrayEquals(new int[] {50, 50, 50}, iris.classCounts());
        assertArrayEquals(new float[] {5.1f, 3.5f, 1.4f, 0.2f}, iris.row(0));
        assertEquals(0, iris.label(0));
        assertArrayEquals(new float[] {5.9f, 3.0f, 5.1f, 1.8f}, iris.row(149));
        assertEquals(2, iris.label(149));
        assertEquals("iris.csv", iris.source());
    }

    @Test
    void digitsHeaderlessGzipLoads() {
        Dataset digits = CsvDatasets.load(TestData.shared("digits/digits.csv.gz"));
        assertEquals(1797, digits.n());
        assertEquals(64, digits.d());
        assertEquals(10, digits.classes());
        assertEquals(0, digits.label(0));
        assertEquals(5f, digits.feature(0, 2));
        int total = 0;
        for (int c : digits.classCounts()) {
            assertTrue(c > 150);
            total += c;
        }
        assertEquals(1797, total);
    }

    @Test
    void namedHeaderAndGzipDetectedByMagicNotExtension() throws IOException {
        String text = "a, b ,label\n1.5,2,1\n\n-3e-1,4,0\r\n";
        Path plain = write("named.csv", text);
        Dataset ds = CsvDatasets.load(plain);
        assertEquals(2, ds.n());
        assertEquals(2, ds.d());
        assertEquals(2, ds.classes());
        assertArrayEquals(new float[] {1.5f, 2f, -0.3f, 4f}, ds.features());
        assertArrayEquals(new int[] {1, 0}, ds.labels());

        Path gz = tmp.resolve("named-no-gz-extension.csv");
        Files.write(gz, TestData.gzip(text.getBytes(StandardCharsets.UTF_8)));
        Dataset fromGz = CsvDatasets.load(gz);
        assertArrayEquals(ds.features(), fromGz.features());
        assertArrayEquals(ds.labels(), fromGz.labels());
    }

    @Test
    void nonNumericValue() throws IOException {
        Path f = write("iris.csv", "2,2,a,b\n1,2,0\n1,x,1\n");
        assertMessage(f, "iris.csv:3: value 'x' in column 2 is not a number");
        assertMessage(write("nan.csv", "2,2,a,b\n1,2,0\n1,NaN,1\n"), "nan.csv:3: value 'NaN' in column 2 is not a number");
        assertMessage(write("lab.csv", "2,2,a,b\n1,2,0\n1,2,one\n"), "lab.csv:3: class label 'one' in column 3 is not an integer");
    }

    @Test
    void wrongColumnCount() throws IOException {
        assertMessage(write("iris.csv", "2,4,a,b\n1,2,3,4,0\n1,2,1\n"),
                "iris.csv:3: expected 5 comma-separated values, got 3");
        assertMessage(write("wide.csv", "x,y,c\n1,2,0\n1,2,3,1\n"),
                "wide.csv:3: expected 3 comma-separated values, got 4");
    }

    @Test
    void labelOutOfRange() throws IOException {
        assertMessage(write("range.csv", "2,1,a,b\n1,0\n1,2\n"),
                "range.csv:3: class label 2 out of range 0..1 (header names 2 classes)");
        assertMessage(write("neg.csv", "x,c\n1,0\n1,-1\n"), "neg.csv:3: class label -1 out of range");
    }

    @Test
    void rowCountMustMatchHeader() throws IOException {
        assertMessage(write("few.csv", "3,1,a,b\n1,0\n1,1\n"), "few.csv: header declares 3 rows, found 2");
        assertMessage(write("many.csv", "1,1,a,b\n1,0\n1,1\n"), "many.csv:3: more rows than the 1 the header declares");
    }

    @Test
    void missingAndEmptyFiles() throws IOException {
        assertMessage(tmp.resolve("nope.csv"), "nope.csv: file not found");
        assertMessage(write("empty.csv", ""), "empty.csv: file is empty");
        assertMessage(write("blank.csv", "\n  \n"), "blank.csv: file is empty");
        assertMessage(write("headonly.csv", "a,b,c\n"), "headonly.csv: no data rows");
    }

    @Test
    void limitsAreCheckedBeforeAllocation() throws IOException {
        Path f = write("huge.csv", "999999999,1000,a,b\n1,0\n");
        DataException e = assertThrows(DataException.class, () -> CsvDatasets.load(f));
        assertTrue(e.getMessage().startsWith("huge.csv:1: header declares 999999999 rows"), e.getMessage());
        assertTrue(e.getMessage().contains("spinflow.maxDataValues"), e.getMessage());

        Path g = write("big.csv", "x,c\n1,0\n2,1\n");
        DataException b = assertThrows(DataException.class, () -> CsvDatasets.load(g, new DataLimits(100, 5)));
        assertTrue(b.getMessage().startsWith("big.csv: file has"), b.getMessage());
        assertTrue(b.getMessage().contains("spinflow.maxDataBytes"), b.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private static void assertMessage(Path f, String expectedPrefix) {
        DataException e = assertThrows(DataException.class, () -> CsvDatasets.load(f));
        assertTrue(e.getMessage().startsWith(expectedPrefix), () -> "message was: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one-line message");
    }
}
