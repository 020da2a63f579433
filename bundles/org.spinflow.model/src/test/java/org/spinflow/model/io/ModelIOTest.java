package org.spinflow.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.Crossbar;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.codec.ConductanceCodec;

class ModelIOTest {

    @TempDir
    Path dir;

    // ------------------------------------------------------------------------------- round trip

    @Test
    void roundTripKeepsEveryField() {
        Network original = TestModels.iris();
        Network expected = EcoreUtil.copy(original);
        Path file = dir.resolve("iris.spinflow");
        ModelIO.save(original, file);
        Network loaded = ModelIO.load(file);

        assertNotSame(original, loaded);
        assertTrue(EcoreUtil.equals(expected, loaded), "EcoreUtil.equals after the round trip");
        ModelCompare.assertSameTree(expected, loaded);
        // explicit checks of the tricky parts
        assertEquals("Iris classifier with \"quotes\" & <angle brackets> and unicode \u00b5\u03a9", loaded.getDescription());
        MtjNeuronArray hidden = (MtjNeuronArray) loaded.getNodes().get(2);
        assertTrue(hidden.isSetBiasField(), "unsettable attribute explicitly set to 0 stays set");
        assertEquals(0.0, hidden.getBiasField());
        assertFalse(hidden.isSetOutputGain());
        assertEquals(1234567890123L, loaded.getTraining().getSeed());
        assertEquals(Double.MIN_VALUE, loaded.getRuns().get(0).getLoss());
        assertEquals(4, loaded.getConnections().size());
        assertEquals("xb1", loaded.getConnections().get(1).getSource().getNode().getName());
        assertEquals("hidden", loaded.getConnections().get(1).getTarget().getNode().getName());
        for (int i : new int[] {1, 3}) {
            ConductanceCodec.Pairs e = ConductanceCodec.getPairs((Crossbar) expected.getNodes().get(i));
            ConductanceCodec.Pairs a = ConductanceCodec.getPairs((Crossbar) loaded.getNodes().get(i));
            assertArrayEquals(e.gPlus(), a.gPlus());
            assertArrayEquals(e.gMinus(), a.gMinus());
        }
    }

    @Test
    void referencesAreSerialisedByNameKeys() throws IOException {
        Path file = dir.resolve("iris.spinflow");
        ModelIO.save(TestModels.iris(), file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("source=\"//@nodes[name='xb1']/@ports[name='out']\""), xml);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
        assertFalse(xml.contains("\r"));
        assertFalse(xml.contains("driveScale=\"0.1\""), "default values stay out");
        assertFalse(xml.contains("required="), "default values stay out");
    }

    @Test
    void saveIsDeterministic() throws IOException {
        Path a = dir.resolve("a.spinflow");
        Path b = dir.resolve("b.spinflow");
        ModelIO.save(TestModels.iris(), a);
        ModelIO.save(TestModels.iris(), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        // saving a loaded model again gives the same bytes as well
        Path c = dir.resolve("c.spinflow");
        ModelIO.save(ModelIO.load(a), c);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(c));
        assertArrayEquals(Files.readAllBytes(a), ModelIO.toBytes(TestModels.iris()));
    }

    @Test
    void registersPackageAndFactoriesWithoutOsgi() {
        ModelIO.register();
        assertTrue(EPackage.Registry.INSTANCE.get(SpinflowPackage.eNS_URI) == SpinflowPackage.eINSTANCE);
        assertInstanceOf(SpinflowXmiResourceFactory.class,
                Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get(ModelIO.EXTENSION));
        ResourceSet rs = ModelIO.newResourceSet();
        Resource r = rs.createResource(URI.createFileURI(dir.resolve("x.xmi").toString()));
        assertInstanceOf(SecureSpinflowResource.class, r);
    }

    // ------------------------------------------------------------------------------- bad input

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static SpinflowException loadFails(Path file) {
        return loadFails(file, ModelLimits.fromSystemProperties());
    }

    private static SpinflowException loadFails(Path file, ModelLimits limits) {
        SpinflowException e = assertThrows(SpinflowException.class, () -> ModelIO.load(file, limits));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": "), "message names the file: " + m);
        assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
        assertFalse(m.contains("\tat ") || m.contains("Exception") || m.contains("org.eclipse") || m.contains("org.xml"),
                "no stack trace content: " + m);
        return e;
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ";

    @Test
    void missingFile() {
        SpinflowException e = loadFails(dir.resolve("nope.spinflow"));
        assertEquals(dir.resolve("nope.spinflow") + ": file not found (expected an existing Spinflow model file)", e.getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        SpinflowException e = loadFails(write("empty.spinflow", ""));
        assertTrue(e.getMessage().contains("file is empty"), e.getMessage());
    }

    @Test
    void truncatedXmi() throws IOException {
        byte[] full = ModelIO.toBytes(TestModels.iris());
        Path file = dir.resolve("cut.spinflow");
        Files.write(file, java.util.Arrays.copyOf(full, full.length / 2));
        SpinflowException e = loadFails(file);
        assertTrue(e.getMessage().contains("the XML is truncated or incomplete at line"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(expected a complete Spinflow XMI model)"), e.getMessage());
    }

    @Test
    void malformedXmi() throws IOException {
        Path file = write("bad.spinflow", HEAD + "<spinflow:Network " + NS + "xmlns:spinflow=\"" + SpinflowPackage.eNS_URI
                + "\" name=\"x\">\n  <nodes name=\"a\">\n</spinflow:Network>\n");
        SpinflowException e = loadFails(file);
        assertTrue(e.getMessage().contains(": malformed XML at line 4, column 3: The element type \"nodes\" must be terminated"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(expected well-formed XMI)"), e.getMessage());
    }

    @Test
    void unknownNamespace() throws IOException {
        Path file = write("ns.spinflow", HEAD + "<spinflow:Network " + NS
                + "xmlns:spinflow=\"http://spinflow.org/spinflow/9.9\" name=\"x\"/>\n");
        SpinflowException e = loadFails(file);
        assertEquals(file + ": line 2: unknown model namespace 'http://spinflow.org/spinflow/9.9'"
                + " (expected http://spinflow.org/spinflow/1.0, the Spinflow 1.0 metamodel)", e.getMessage());
    }

    @Test
    void unknownAttribute() throws IOException {
        Path file = write("attr.spinflow", HEAD + "<spinflow:Network " + NS + "xmlns:spinflow=\"" + SpinflowPackage.eNS_URI
                + "\" name=\"x\" colour=\"red\"/>\n");
        SpinflowException e = loadFails(file);
        assertTrue(e.getMessage().contains("unknown attribute or element 'colour'"), e.getMessage());
    }

    @Test
    void illegalValue() throws IOException {
        Path file = write("value.spinflow", HEAD + "<spinflow:Network " + NS + "xmlns:spinflow=\"" + SpinflowPackage.eNS_URI
                + "\" name=\"x\">\n  <nodes xsi:type=\"spinflow:InputLayer\" name=\"in\" features=\"four\"/>\n</spinflow:Network>\n");
        SpinflowException e = loadFails(file);
        assertTrue(e.getMessage().contains("illegal value 'four' for 'features' (expected a EInt)")
                || e.getMessage().contains("'four'"), e.getMessage());
    }

    @Test
    void unresolvedReference() throws IOException {
        Path file = write("ref.spinflow", HEAD + "<spinflow:Network " + NS + "xmlns:spinflow=\"" + SpinflowPackage.eNS_URI
                + "\" name=\"x\">\n  <connections source=\"//@nodes[name='ghost']/@ports[name='out']\"/>\n</spinflow:Network>\n");
        SpinflowException e = loadFails(file);
        assertTrue(e.getMessage().contains("unresolved reference '//@nodes[name='ghost']/@ports[name='out']'"), e.getMessage());
    }

    @Test
    void wrongRootType() throws IOException {
        Path file = write("root.spinflow", HEAD + "<spinflow:Port " + NS + "xmlns:spinflow=\"" + SpinflowPackage.eNS_URI
                + "\" name=\"p\"/>\n");
        SpinflowException e = loadFails(file);
        assertEquals(file + ": the root element is a Port, not a Network (expected a spinflow:Network root element)",
                e.getMessage());
    }

    @Test
    void notXml() throws IOException {
        SpinflowException e = loadFails(write("data.spinflow", "sepal_length,sepal_width\n5.1,3.5\n"));
        assertTrue(e.getMessage().contains(": not an XML file (line 1, column 1"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(expected a Spinflow XMI model (http://spinflow.org/spinflow/1.0))"), e.getMessage());
    }

    @Test
    void tenMegabytesOfGarbageFailFast() throws IOException {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(1).nextBytes(junk);
        junk[0] = 'x'; // not a BOM or '<' by chance
        Path file = dir.resolve("garbage.spinflow");
        Files.write(file, junk);
        long t0 = System.nanoTime();
        SpinflowException e = loadFails(file);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5000, "took " + ms + " ms");
        assertTrue(e.getMessage().contains("not an XML file") || e.getMessage().contains("not a text/XML file"), e.getMessage());
    }

    @Test
    void externalEntityIsNeverResolved() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-4711");
        String uri = secret.toUri().toString();
        Path file = write("xxe.spinflow", HEAD + "<!DOCTYPE spinflow:Network [ <!ENTITY xxe SYSTEM \"" + uri + "\"> ]>\n"
                + "<spinflow:Network " + NS + "xmlns:spinflow=\"" + SpinflowPackage.eNS_URI + "\" name=\"&xxe;\"/>\n");
        SpinflowException e = loadFails(file);
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE declarations and entities are not allowed"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"), "cause leaks the secret");
        }
    }

    @Test
    void externalParameterEntityIsNeverResolved() throws IOException {
        Path secret = write("secret.dtd", "<!ENTITY leak \"TOP-SECRET-4711\">");
        Path file = write("xxe2.spinflow", HEAD + "<!DOCTYPE x [ <!ENTITY % ext SYSTEM \"" + secret.toUri() + "\"> %ext; ]>\n"
                + "<spinflow:Network " + NS + "xmlns:spinflow=\"" + SpinflowPackage.eNS_URI + "\" name=\"&leak;\"/>\n");
        SpinflowException e = loadFails(file);
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void billionLaughsFailsFast() throws IOException {
        StringBuilder b = new StringBuilder(HEAD).append("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        b.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            b.append(" <!ENTITY lol").append(i).append(" \"");
            b.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        b.append("]>\n<spinflow:Network ").append(NS).append("xmlns:spinflow=\"").append(SpinflowPackage.eNS_URI)
                .append("\" name=\"&lol9;\"/>\n");
        Path file = write("lol.spinflow", b.toString());
        long t0 = System.nanoTime();
        SpinflowException e = loadFails(file);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2000, "took " + ms + " ms");
        assertTrue(e.getMessage().contains("DOCTYPE declarations and entities are not allowed"), e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("big.spinflow");
        ModelIO.save(TestModels.iris(), file);
        long size = Files.size(file);
        SpinflowException e = loadFails(file, new ModelLimits(1000, 64));
        assertEquals(file + ": file is " + size + " bytes, larger than the limit of 1000 bytes"
                + " (raise the limit with -Dspinflow.maxModelBytes=BYTES)", e.getMessage());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws IOException {
        StringBuilder b = new StringBuilder(HEAD).append("<spinflow:Network ").append(NS).append("xmlns:spinflow=\"")
                .append(SpinflowPackage.eNS_URI).append("\" name=\"x\">\n");
        b.append("<description>".repeat(100)).append("</description>".repeat(100)).append("\n</spinflow:Network>\n");
        Path file = write("deep.spinflow", b.toString());
        SpinflowException e = loadFails(file);
        assertEquals(file + ": XML elements are nested deeper than 64 levels at line 3"
                + " (the nesting limit is 64; raise it with -Dspinflow.maxXmlDepth=N)", e.getMessage());
        // a raised limit lets the parser reach the next (semantic) error instead
        SpinflowException e2 = loadFails(file, new ModelLimits(ModelLimits.DEFAULT_MAX_BYTES, 200));
        assertFalse(e2.getMessage().contains("nested deeper"), e2.getMessage());
    }

    @Test
    void limitsComeFromSystemProperties() {
        String old1 = System.getProperty(ModelLimits.MAX_BYTES_PROPERTY);
        String old2 = System.getProperty(ModelLimits.MAX_DEPTH_PROPERTY);
        try {
            System.setProperty(ModelLimits.MAX_BYTES_PROPERTY, "12345");
            System.setProperty(ModelLimits.MAX_DEPTH_PROPERTY, "9");
            assertEquals(new ModelLimits(12345, 9), ModelLimits.fromSystemProperties());
            System.setProperty(ModelLimits.MAX_BYTES_PROPERTY, "junk");
            System.clearProperty(ModelLimits.MAX_DEPTH_PROPERTY);
            assertEquals(new ModelLimits(ModelLimits.DEFAULT_MAX_BYTES, 64), ModelLimits.fromSystemProperties());
            assertEquals(256L * 1024 * 1024, ModelLimits.DEFAULT_MAX_BYTES);
        } finally {
            restore(ModelLimits.MAX_BYTES_PROPERTY, old1);
            restore(ModelLimits.MAX_DEPTH_PROPERTY, old2);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    // ----------------------------------------------------------------------------- atomic save

    /** Passes {@code limit} bytes through, then fails like a full disk or a crash. */
    static final class FailingStream extends FilterOutputStream {
        private long left;

        FailingStream(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    @Test
    void failedSaveHalfwayLeavesThePreviousFileIntact() throws IOException {
        Path file = dir.resolve("model.spinflow");
        Network first = TestModels.iris();
        ModelIO.save(first, file);
        byte[] before = Files.readAllBytes(file);

        Network second = TestModels.iris();
        second.setName("changed");
        int half = ModelIO.toBytes(TestModels.iris()).length / 2;
        SpinflowException e = assertThrows(SpinflowException.class,
                () -> ModelIO.save(second, file, out -> new FailingStream(out, half)));
        assertEquals(file + ": cannot save: No space left on device (the previous version of the file, if any, is unchanged)",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "old file intact");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList(), "no temporary files remain");
        }
        assertEquals("iris", ModelIO.load(file).getName());
        // and a later save succeeds
        ModelIO.save(TestModels.mnist(1), file);
        assertEquals("mnist", ModelIO.load(file).getName());
    }

    @Test
    void failedFirstSaveCreatesNoFile() throws IOException {
        Path file = dir.resolve("new.spinflow");
        assertThrows(SpinflowException.class, () -> ModelIO.save(TestModels.iris(), file, out -> new FailingStream(out, 100)));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList());
        }
    }

    @Test
    void savesLeaveNothingBesideTheModelAndLockOutsideTheFolder() throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        Path file = models.resolve("m.spinflow");
        ModelIO.save(TestModels.iris(), file);
        try (Stream<Path> s = Files.list(models)) {
            assertEquals(List.of(file), s.toList(), "after the first save");
        }
        ModelIO.save(TestModels.mnist(1), file);
        try (Stream<Path> s = Files.list(models)) {
            assertEquals(List.of(file), s.toList(), "after a second save");
        }
        Path lock = SaveLocks.lockFileFor(file.toAbsolutePath().normalize());
        assertTrue(Files.exists(lock), "the lock file of the save exists in the lock folder");
        assertFalse(lock.startsWith(models), "the lock folder is not the model's folder");
        // a second spelling of the same file (through a symbolic link to its folder) shares the lock
        Path link = Files.createSymbolicLink(dir.resolve("link"), models);
        assertEquals(lock, SaveLocks.lockFileFor(link.resolve("m.spinflow")));
        assertNotEquals(lock, SaveLocks.lockFileFor(models.resolve("other.spinflow")));
    }

    @Test
    void aSaveWaitsWhileAnotherProcessHoldsTheLock() throws Exception {
        Path file = dir.resolve("held.spinflow");
        ModelIO.save(TestModels.iris(), file);
        Path lock = SaveLocks.lockFileFor(file.toAbsolutePath().normalize());
        // FileChannel locks are per JVM; another process holding the lock is played by a child JVM
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Path src = dir.resolve("Hold.java");
        Files.writeString(src, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Hold {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                             var l = c.lock()) {
                            System.out.println("locked");
                            System.out.flush();
                            System.in.read();
                        }
                    }
                }
                """);
        Process holder = new ProcessBuilder(javaBin.toString(), src.toString(), lock.toString()).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            assertEquals("locked", r.readLine());
            java.util.concurrent.CompletableFuture<Void> save = java.util.concurrent.CompletableFuture.runAsync(() -> {
                Network n = TestModels.mnist(1);
                ModelIO.save(n, file);
            });
            // the save cannot finish while the other process holds the lock
            assertThrows(java.util.concurrent.TimeoutException.class, () -> save.get(1500, java.util.concurrent.TimeUnit.MILLISECONDS));
            assertEquals("iris", ModelIO.load(file).getName(), "the file is untouched while the lock is held");
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            save.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("mnist", ModelIO.load(file).getName(), "the save completed once the lock was released");
        } finally {
            holder.destroyForcibly();
            Files.deleteIfExists(src);
        }
    }

    @Test
    void saveIntoMissingFolderFailsClearly() {
        Path file = dir.resolve("no/such/folder/m.spinflow");
        SpinflowException e = assertThrows(SpinflowException.class, () -> ModelIO.save(TestModels.iris(), file));
        assertTrue(e.getMessage().startsWith(file + ": cannot save: the folder "), e.getMessage());
    }

    // ---------------------------------------------------------------------------------- export

    @Test
    void exportOpensInPlainDynamicEmf() throws IOException {
        Network original = TestModels.iris();
        Path out = dir.resolve("export").resolve("iris.xmi");
        Files.createDirectories(out.getParent());
        ModelIO.export(original, out);

        Path ecore = out.resolveSibling(ModelIO.ECORE_FILE_NAME);
        try (InputStream in = ModelIO.class.getResourceAsStream(ModelIO.ECORE_RESOURCE)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(ecore), "a copy of the shipped metamodel");
        }
        String xml = Files.readString(out);
        assertTrue(xml.contains("xsi:schemaLocation=\"http://spinflow.org/spinflow/1.0 spinflow.ecore\""), xml);

        // plain EMF, Spinflow's package not registered: a registry that does not delegate to the global one
        ResourceSet rs = new ResourceSetImpl();
        EPackageRegistryImpl registry = new EPackageRegistryImpl();
        registry.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        rs.setPackageRegistry(registry);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        Resource r = rs.getResource(URI.createFileURI(out.toAbsolutePath().toString()), true);
        assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
        EObject root = r.getContents().get(0);
        assertInstanceOf(DynamicEObjectImpl.class, root);
        assertFalse(root instanceof Network);
        EPackage dyn = root.eClass().getEPackage();
        assertNotSame(SpinflowPackage.eINSTANCE, dyn);
        assertEquals(SpinflowPackage.eNS_URI, dyn.getNsURI());
        assertEquals("iris", root.eGet(root.eClass().getEStructuralFeature("name")));
        ModelCompare.assertSameTree(original, root);
    }

    @Test
    void exportDoesNotDisturbTheModel() throws IOException {
        Path file = dir.resolve("m.spinflow");
        Network net = TestModels.iris();
        ModelIO.save(net, file);
        byte[] before = Files.readAllBytes(file);
        ModelIO.export(net, dir.resolve("m.xmi"));
        ModelIO.save(net, file);
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
