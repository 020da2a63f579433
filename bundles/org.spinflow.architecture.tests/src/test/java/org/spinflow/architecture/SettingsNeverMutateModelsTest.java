package org.spinflow.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Experiment settings reach a run as the training session's overrides, never as edits of an EMF model:
 * no class of the experiments bundle, and no experiment class of the command line, calls a setter or
 * {@code unset} of a Spinflow model type or EMF's reflective {@code eSet}/{@code eUnset} (read from the
 * compiled classes).
 */
class SettingsNeverMutateModelsTest {

    /** Where a class calls something that changes an EMF model: "Class.method -> Owner.name". */
    static List<String> mutations(InputStream classFile) throws IOException {
        List<String> found = new ArrayList<>();
        ClassReader r = new ClassReader(classFile);
        String cls = r.getClassName();
        r.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int op, String owner, String m, String d, boolean itf) {
                        boolean modelSetter = owner.startsWith("org/spinflow/model/") && m.matches("(set|unset)[A-Z].*");
                        boolean reflective = m.equals("eSet") || m.equals("eUnset");
                        if (modelSetter || reflective) {
                            found.add(cls + "." + name + " -> " + owner + "." + m);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found;
    }

    /** The classes (name -> bytes) under the code source of {@code anchor} whose entry name passes {@code which}. */
    static Map<String, byte[]> classes(Class<?> anchor, Predicate<String> which) throws IOException, URISyntaxException {
        Path src = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, byte[]> out = new TreeMap<>();
        if (Files.isDirectory(src)) {
            try (Stream<Path> s = Files.walk(src)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String rel = src.relativize(p).toString().replace('\\', '/');
                    if (rel.endsWith(".class") && which.test(rel)) {
                        out.put(rel, Files.readAllBytes(p));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(src.toFile())) {
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    if (e.getName().endsWith(".class") && which.test(e.getName())) {
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> scan(Map<String, byte[]> classes) throws IOException {
        List<String> found = new ArrayList<>();
        for (byte[] b : classes.values()) {
            found.addAll(mutations(new java.io.ByteArrayInputStream(b)));
        }
        return found;
    }

    @Test
    void theExperimentsBundleNeverChangesAModel() throws Exception {
        Map<String, byte[]> c = classes(org.spinflow.experiments.Suite.class, n -> n.startsWith("org/spinflow/experiments/"));
        assertTrue(c.size() >= 10, "the experiments bundle's classes were found: " + c.keySet());
        assertEquals(List.of(), scan(c));
    }

    @Test
    void theExperimentCommandNeverChangesAModel() throws Exception {
        Map<String, byte[]> c = classes(Class.forName("org.spinflow.cli.ExperimentCommand"),
                n -> n.startsWith("org/spinflow/cli/ExperimentCommand"));
        assertTrue(!c.isEmpty(), "ExperimentCommand was found");
        assertEquals(List.of(), scan(c));
    }

    /** The rule can fail: a class that writes a setting into a model is caught. */
    static final class WritesASetting {
        static void apply(org.spinflow.model.MtjNeuronArray m) {
            m.getVariability().setScale(2.0);
        }
    }

    @Test
    void theRuleCatchesASetter() throws Exception {
        String name = WritesASetting.class.getName().replace('.', '/') + ".class";
        try (InputStream in = WritesASetting.class.getClassLoader().getResourceAsStream(name)) {
            List<String> found = mutations(in);
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).endsWith("org/spinflow/model/VariabilitySpec.setScale"), found.toString());
        }
    }
}
