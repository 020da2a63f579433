package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code spinflow} launcher script in a checkout whose command line is already built: its
 * class-data-sharing archive is remade when the jars are rebuilt or the checkout moves (no
 * "shared class paths mismatch" lines), and the JVM runs with native access enabled (no
 * "restricted method" warning).
 */
class LauncherTest {
    @TempDir
    Path tmp;

    private static void jarOf(Path classes, Path jar) throws IOException {
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(o);
                Stream<Path> s = Files.walk(classes)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    /** A checkout with the launcher, built: target/org.spinflow.cli.jar, target/lib, java.path and the stamp. */
    private Path checkout(Path root) throws IOException {
        Files.createDirectories(root);
        Files.copy(Path.of("../../spinflow"), root.resolve("spinflow"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        for (String m : List.of("model", "devices", "data", "interpreter", "cli")) {
            Files.createDirectories(root.resolve("bundles/org.spinflow." + m));
        }
        Path target = Files.createDirectories(root.resolve("bundles/org.spinflow.cli/target"));
        Path lib = Files.createDirectories(target.resolve("lib"));
        int i = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            if (p.endsWith(Path.of("target", "classes")) && p.toString().contains("org.spinflow.cli")) {
                jarOf(p, target.resolve("org.spinflow.cli.jar"));
            } else if (Files.isDirectory(p)) {
                jarOf(p, lib.resolve("dir" + i++ + ".jar"));
            } else if (e.endsWith(".jar")) {
                Files.copy(p, lib.resolve(p.getFileName()));
            }
        }
        assertTrue(Files.exists(target.resolve("org.spinflow.cli.jar")), "cli classes found on the class path");
        Files.writeString(target.resolve("java.path"), Path.of(System.getProperty("java.home"), "bin", "java") + "\n");
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
        Files.writeString(target.resolve("launcher.stamp"), "");
        return root;
    }

    private record Out(int code, String out, String err) {
    }

    private Out launch(Path root, String... env) throws Exception {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("spinflow").toString(), "--version");
        for (int i = 0; i + 1 < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        return new Out(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void rebuiltJarsAndAMovedCheckoutRemakeTheClassDataArchiveSilently() throws Exception {
        Path a = checkout(tmp.resolve("a"));
        Out first = launch(a);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("spinflow "), first.out());
        assertEquals("", first.err());
        Path jsa = a.resolve("bundles/org.spinflow.cli/target/spinflow.jsa");
        assertTrue(Files.exists(jsa), "the first run made the archive");

        // ./mvnw verify rebuilt the jar: new contents and time
        Path jar = a.resolve("bundles/org.spinflow.cli/target/org.spinflow.cli.jar");
        Files.write(jar, Files.readAllBytes(jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Out rebuilt = launch(a);
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertEquals("", rebuilt.err(), "no CDS mismatch after a rebuild");

        // the checkout is moved
        Path b = tmp.resolve("b");
        Files.move(a, b);
        Out moved = launch(b);
        assertEquals(0, moved.code(), moved.err());
        assertEquals("", moved.err(), "no CDS mismatch after a move");
        Path loaded = tmp.resolve("class-load.txt");
        Out again = launch(b, "SPINFLOW_OPTS", "-Xlog:class+load=info:file=" + loaded);
        assertEquals("", again.err());
        // the archive made after the move is used: our own classes come from its dynamic (top) layer
        assertTrue(Files.readAllLines(loaded).stream().anyMatch(l -> l.contains("org.spinflow.cli.Main ")
                && l.contains("shared objects file (top)")), "Main loaded from the remade archive");
        assertTrue(Files.readString(b.resolve("spinflow")).contains("--enable-native-access=ALL-UNNAMED"));
    }
}
