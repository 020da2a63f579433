package org.spinflow.glsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one guard for export, save and data set paths that come from the page. */
class PathGuardTest {
    @TempDir
    Path tmp;

    @Test
    void exportsAndSavesNeedTheirExtensionAndARegularFileInsideTheFolder() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(root.resolve("secret.txt"), "keep");
        assertEquals(root.resolve("out/m.xmi"), PathGuard.resolveOutput(root, "out/m.xmi", ".xmi"));
        for (String bad : new String[] {"secret.txt", "../x.xmi", "/etc/x.xmi", "m.spinflow", "m.XMI", "export/iris.xMi"}) {
            assertThrows(PathGuard.Refused.class, () -> PathGuard.resolveOutput(root, bad, ".xmi"), bad);
        }
        Files.createDirectories(root.resolve("dir.xmi"));
        PathGuard.Refused e = assertThrows(PathGuard.Refused.class, () -> PathGuard.resolveOutput(root, "dir.xmi", ".xmi"));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertThrows(PathGuard.Refused.class, () -> PathGuard.resolveOutput(root, "x.xmi", ".spinflow"));
    }

    @Test
    void aDataSetOutsideTheServedFolderOrOfAnotherKindIsRefused() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path models = Files.createDirectories(root.resolve("models"));
        Files.writeString(root.resolve("data.csv"), "1,0\n");
        Files.writeString(tmp.resolve("outside.csv"), "1,0\n");
        Files.writeString(root.resolve("credentials"), "AKIA...");
        Files.createDirectories(root.resolve("mnist"));
        assertEquals(root.resolve("data.csv"), PathGuard.resolveDataset(root, models, "../data.csv"));
        assertEquals(root.resolve("mnist"), PathGuard.resolveDataset(root, models, "../mnist"));
        Files.createSymbolicLink(root.resolve("link.csv"), tmp.resolve("outside.csv"));
        for (String bad : new String[] {"../../outside.csv", tmp.resolve("outside.csv").toString(), "../credentials",
                "../link.csv", "/etc/passwd", "", "~/x.csv"}) {
            PathGuard.Refused e = assertThrows(PathGuard.Refused.class, () -> PathGuard.resolveDataset(root, models, bad), bad);
            assertTrue(e.getMessage().contains("data set") || e.getMessage().contains("no data set"), e.getMessage());
        }
    }
}
