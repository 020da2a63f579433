package org.spinflow.model.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.spinflow.model.Network;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.validation.SpinflowValidator;
import org.xml.sax.SAXParseException;

/**
 * Loading, saving and exporting Spinflow models (XMI files with extension {@code .spinflow}).
 * Works without OSGi: the package, the resource factory ({@code .spinflow}, {@code .xmi}) and the
 * validator are registered programmatically by {@link #register()}. Every failure is reported as a
 * {@link SpinflowException} with a one-line message naming the file.
 */
public final class ModelIO {

    /** File extension of Spinflow models. */
    public static final String EXTENSION = "spinflow";
    /** Name of the metamodel copy that {@link #export(Network, Path)} writes beside the XMI file. */
    public static final String ECORE_FILE_NAME = "spinflow.ecore";
    /** Class-path location of the shipped metamodel. */
    public static final String ECORE_RESOURCE = "/model/spinflow.ecore";

    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String MODEL_EXPECTED = "expected a Spinflow XMI model (" + SpinflowPackage.eNS_URI + ")";

    static {
        register();
    }

    private ModelIO() {
    }

    /**
     * Registers the Spinflow package, the XMI resource factory for {@code .spinflow} (and for
     * {@code .xmi} when no other factory is registered for it) and the validator in the global
     * EMF registries. Idempotent; called automatically when this class is initialised.
     */
    public static synchronized void register() {
        EPackage.Registry.INSTANCE.put(SpinflowPackage.eNS_URI, SpinflowPackage.eINSTANCE);
        Map<String, Object> ext = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        ext.put(EXTENSION, SpinflowXmiResourceFactory.INSTANCE);
        ext.putIfAbsent("xmi", SpinflowXmiResourceFactory.INSTANCE);
        EValidator.Registry.INSTANCE.put(SpinflowPackage.eINSTANCE, SpinflowValidator.INSTANCE);
    }

    /** A fresh resource set with the Spinflow package and the secure XMI factory registered locally. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        // A model is read from the stream ModelIO opens; nothing else is ever fetched (an unknown
        // namespace would otherwise make EMF download the namespace URI, local or remote).
        rs.setURIConverter(new org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl() {
            @Override
            public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                throw new IOException("refusing to load '" + uri + "': Spinflow models never load other resources");
            }
        });
        rs.getPackageRegistry().put(SpinflowPackage.eNS_URI, SpinflowPackage.eINSTANCE);
        Map<String, Object> ext = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
        ext.put(EXTENSION, SpinflowXmiResourceFactory.INSTANCE);
        ext.put("xmi", SpinflowXmiResourceFactory.INSTANCE);
        return rs;
    }

    /** Load options: secure parser features, the given limits, and the fast-load settings. */
    public static Map<Object, Object> loadOptions(ModelLimits limits) {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SecureSpinflowResource.secureParserFeatures()));
        o.put(SecureSpinflowResource.OPTION_LIMITS, limits);
        o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        o.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        o.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        o.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        o.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        return o;
    }

    /** Save options: UTF-8, LF line ends, no default values, deterministic output. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(Resource.OPTION_LINE_DELIMITER, "\n");
        o.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
        o.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        o.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        o.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        o.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        o.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        o.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        o.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        return o;
    }

    // ------------------------------------------------------------------------------------------ load

    /** Loads the model in {@code file} with the limits of {@link ModelLimits#fromSystemProperties()}. */
    public static Network load(Path file) {
        return load(file, ModelLimits.fromSystemProperties());
    }

    /** Loads the model in {@code file} into a fresh resource set, applying {@code limits}. */
    public static Network load(Path file, ModelLimits limits) {
        return load(file, limits, newResourceSet());
    }

    /** Loads the model in {@code file} into {@code resourceSet}, applying {@code limits}. */
    public static Network load(Path file, ModelLimits limits, ResourceSet resourceSet) {
        if (!Files.exists(file)) {
            throw new SpinflowException(file, "file not found", "expected an existing Spinflow model file");
        }
        if (Files.isDirectory(file)) {
            throw new SpinflowException(file, "is a folder", "expected a Spinflow model file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new SpinflowException(file, "cannot read the file: " + describe(e), "expected a readable file", e);
        }
        if (size > limits.maxBytes()) {
            throw new SpinflowException(file, "file is " + size + " bytes, larger than the limit of " + limits.maxBytes() + " bytes",
                    "raise the limit with -D" + ModelLimits.MAX_BYTES_PROPERTY + "=BYTES");
        }
        if (size == 0) {
            throw new SpinflowException(file, "file is empty", MODEL_EXPECTED);
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource resource = SpinflowXmiResourceFactory.INSTANCE.createResource(uri);
        resourceSet.getResources().add(resource);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            resource.load(in, loadOptions(limits));
        } catch (IOException | RuntimeException e) {
            resourceSet.getResources().remove(resource);
            throw translateLoadError(file, e);
        }
        if (resource.getContents().isEmpty()) {
            resourceSet.getResources().remove(resource);
            throw new SpinflowException(file, "the file holds no model element", MODEL_EXPECTED);
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof Network network)) {
            resourceSet.getResources().remove(resource);
            throw new SpinflowException(file, "the root element is a " + root.eClass().getName() + ", not a Network",
                    "expected a spinflow:Network root element");
        }
        // port sizes follow the nodes' properties (a layer is resized by one attribute)
        org.spinflow.model.kinds.NodeKinds.syncPorts(network);
        return network;
    }

    static SpinflowException translateLoadError(Path file, Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < 20 && !chain.contains(t); ) {
            chain.add(t);
            Throwable next = t.getCause();
            if (next == null && t instanceof org.xml.sax.SAXException sx) {
                next = sx.getException();
            }
            if (next == null && t instanceof XMIException xe) {
                next = xe.getWrappedException();
            }
            t = next;
        }
        // our own refusals first, wherever they sit in the chain
        for (Throwable t : chain) {
            if (t instanceof SecureSpinflowResource.LimitExceededException lim) {
                return new SpinflowException(file, lim.getMessage(), lim.expected, e);
            }
            if (t instanceof SecureSpinflowResource.EntityRefusedException ent) {
                return new SpinflowException(file, ent.getMessage(),
                        "Spinflow models are plain XMI; external entities are never resolved", e);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SAXParseException sp) {
                return translateSax(file, sp, e);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof XMIException x) {
                return translateXmi(file, x, e);
            }
            if (t instanceof CharConversionException) {
                return new SpinflowException(file, "not a text/XML file: invalid UTF-8 byte sequence (" + describe(t) + ")",
                        MODEL_EXPECTED, e);
            }
            if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
                return new SpinflowException(file, "file not found", "expected an existing Spinflow model file", e);
            }
            if (t instanceof AccessDeniedException) {
                return new SpinflowException(file, "permission denied", "expected a readable file", e);
            }
        }
        Throwable last = chain.get(chain.size() - 1);
        return new SpinflowException(file, "cannot load the model: " + describe(last), MODEL_EXPECTED, e);
    }

    private static SpinflowException translateXmi(Path file, XMIException x, Throwable e) {
        String at = x.getLine() > 0 ? "line " + x.getLine() + ": " : "";
        if (x instanceof PackageNotFoundException p) {
            return new SpinflowException(file, at + "unknown model namespace '" + p.uri() + "'",
                    "expected " + SpinflowPackage.eNS_URI + ", the Spinflow 1.0 metamodel", e);
        }
        if (x instanceof ClassNotFoundException c) {
            return new SpinflowException(file, at + "unknown or abstract element type '" + c.getName() + "'",
                    "expected a type of the Spinflow metamodel such as spinflow:Network or spinflow:Crossbar", e);
        }
        if (x instanceof FeatureNotFoundException f) {
            return new SpinflowException(file, at + "unknown attribute or element '" + f.getName() + "'",
                    "expected only features of the Spinflow 1.0 metamodel", e);
        }
        if (x instanceof IllegalValueException v) {
            String feature = v.getFeature() == null ? "?" : v.getFeature().getName();
            String type = v.getFeature() == null || v.getFeature().getEType() == null ? "value"
                    : v.getFeature().getEType().getName();
            return new SpinflowException(file, at + "illegal value '" + v.getValue() + "' for '" + feature + "'",
                    "expected a " + type, e);
        }
        if (x instanceof UnresolvedReferenceException u) {
            return new SpinflowException(file, at + "unresolved reference '" + u.getReference() + "'",
                    "expected a reference to an existing element such as //@nodes[name='a']/@ports[name='out']", e);
        }
        Throwable inner = x.getCause();
        if (inner instanceof SAXParseException sp) {
            return translateSax(file, sp, e);
        }
        return new SpinflowException(file, at + describe(x), MODEL_EXPECTED, e);
    }

    private static SpinflowException translateSax(Path file, SAXParseException sp, Throwable e) {
        String at = "line " + sp.getLineNumber() + ", column " + sp.getColumnNumber();
        String m = sp.getMessage() == null ? "" : sp.getMessage();
        if (m.contains("Premature end of file") || m.contains("must start and end within the same entity")) {
            return new SpinflowException(file, "the XML is truncated or incomplete at " + at,
                    "expected a complete Spinflow XMI model", e);
        }
        if (m.contains("DOCTYPE") || m.contains("ENTITY") || m.contains("entity")) {
            return new SpinflowException(file, at + ": DOCTYPE declarations and entities are not allowed",
                    "Spinflow models are plain XMI; external entities are never resolved", e);
        }
        if (m.contains("Content is not allowed in prolog") || m.contains("not allowed in trailing section")) {
            return new SpinflowException(file, "not an XML file (" + at + ": " + m + ")", MODEL_EXPECTED, e);
        }
        return new SpinflowException(file, "malformed XML at " + at + ": " + m, "expected well-formed XMI", e);
    }

    /** Short, one-line description of an exception: its message, or its simple class name. */
    static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : SpinflowException.oneLine(m);
    }

    // ------------------------------------------------------------------------------------------ save

    /** Saves {@code network} to {@code file} atomically (see {@link #save(Network, Path, UnaryOperator)}). */
    public static void save(Network network, Path file) {
        save(network, file, UnaryOperator.identity());
    }

    /**
     * Saves {@code network} to {@code file}: writes a temporary file in the same folder, flushes and
     * fsyncs it, then renames it atomically over {@code file}. When anything fails the previous file
     * is left intact and the temporary file is removed.
     *
     * @param streamDecorator wraps the stream the XMI is written to (a hook for tests, e.g. to fail halfway)
     */
    public static void save(Network network, Path file, UnaryOperator<OutputStream> streamDecorator) {
        writeAtomically(file, out -> serialize(network, file, out), streamDecorator, null);
    }

    /**
     * Saves only if {@code file} still holds what {@code expected} describes (what was loaded or last
     * saved); otherwise throws {@link ModelChangedException} and writes nothing. The check and the
     * write happen under the same cross-process lock as every other save, so two writers never
     * interleave and the last writer is always detected.
     *
     * @return the stamp of the file just written, to pass to the next save
     */
    public static FileStamp saveIfUnchanged(Network network, Path file, FileStamp expected) {
        writeAtomically(file, out -> serialize(network, file, out), UnaryOperator.identity(), expected);
        return FileStamp.of(file);
    }

    /** The XMI bytes {@link #save(Network, Path)} would write. */
    public static byte[] toBytes(Network network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            serialize(network, null, out);
        } catch (IOException e) {
            throw new SpinflowException(null, "cannot serialise the model: " + describe(e), null, e);
        }
        return out.toByteArray();
    }

    private static void serialize(Network network, Path file, OutputStream out) throws IOException {
        Resource r = network.eResource();
        if (network.eContainer() != null) {
            throw new IOException("the network is contained in another element; only a root Network can be saved");
        }
        if (r == null) {
            URI uri = file == null ? URI.createURI("memory:/model." + EXTENSION)
                    : URI.createFileURI(file.toAbsolutePath().normalize().toString());
            r = SpinflowXmiResourceFactory.INSTANCE.createResource(uri);
            r.getContents().add(network);
            r.save(out, saveOptions());
        } else if (r instanceof XMLResource) {
            r.save(out, saveOptions());
        } else {
            Resource copy = SpinflowXmiResourceFactory.INSTANCE.createResource(URI.createURI("memory:/copy." + EXTENSION));
            copy.getContents().add(EcoreUtil.copy(network));
            copy.save(out, saveOptions());
        }
    }

    /** Body of an atomic write. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path file, Writer body, UnaryOperator<OutputStream> decorator) {
        writeAtomically(file, body, decorator, null);
    }

    /**
     * Writes to a temporary file in the same folder, fsyncs, and renames it over {@code file}, holding
     * an exclusive lock on the file's lock file for the whole write, so concurrent saves of the same
     * file (threads or processes) never interleave. Lock files live in a per-user folder, never beside
     * the user's files ({@link SaveLocks}). With {@code expected}, refuses to write
     * when the file no longer matches it.
     */
    static void writeAtomically(Path file, Writer body, UnaryOperator<OutputStream> decorator, FileStamp expected) {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new SpinflowException(file, "cannot save: the folder " + dir + " does not exist", "expected an existing folder");
        }
        if (Files.isDirectory(target)) {
            throw new SpinflowException(file, "cannot save: a folder has that name", "expected a file path");
        }
        synchronized (LOCAL_LOCK) {
            Path lockFile;
            try {
                lockFile = SaveLocks.lockFileFor(target);
            } catch (IOException e) {
                throw new SpinflowException(file, "cannot save: no folder for its lock file: " + describe(e),
                        "a writable home, XDG_RUNTIME_DIR or temporary folder (or -D" + SaveLocks.PROPERTY + "=DIR)", e);
            }
            try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 java.nio.channels.FileLock lock = lockChannel.lock()) {
                if (expected != null && !FileStamp.of(target).equals(expected)) {
                    throw new ModelChangedException(file);
                }
                writeLocked(file, target, dir, body, decorator);
            } catch (IOException e) {
                throw new SpinflowException(file, "cannot save: cannot lock " + lockFile + ": " + describe(e),
                        "the previous version of the file, if any, is unchanged", e);
            }
        }
    }

    /** In-process guard: FileChannel locks are per JVM, so threads of one JVM serialise here. */
    private static final Object LOCAL_LOCK = new Object();

    private static void writeLocked(Path file, Path target, Path dir, Writer body, UnaryOperator<OutputStream> decorator) {
        try {
            AtomicFiles.write(target, body::write, decorator);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpinflowException se) {
                throw se;
            }
            throw new SpinflowException(file, "cannot save: " + describe(rootCause(e)),
                    "the previous version of the file, if any, is unchanged", e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
            t = t.getCause();
        }
        return t;
    }

    // ---------------------------------------------------------------------------------------- export

    /**
     * Exports {@code network} to a standalone XMI file {@code out} whose {@code xsi:schemaLocation}
     * points at a copy of the shipped metamodel, {@value #ECORE_FILE_NAME}, written beside it; the
     * file then opens in plain EMF without Spinflow's code.
     */
    public static void export(Network network, Path out) {
        Path dir = out.toAbsolutePath().normalize().getParent();
        byte[] ecore;
        try (InputStream in = ModelIO.class.getResourceAsStream(ECORE_RESOURCE)) {
            if (in == null) {
                throw new SpinflowException(out, "cannot export: the metamodel " + ECORE_RESOURCE + " is missing from the class path",
                        "expected it inside the org.spinflow.model jar");
            }
            ecore = in.readAllBytes();
        } catch (IOException e) {
            throw new SpinflowException(out, "cannot export: " + describe(e), null, e);
        }
        byte[] xmi = withSchemaLocation(toBytes(network), SpinflowPackage.eNS_URI + " " + ECORE_FILE_NAME);
        Path ecoreFile = dir == null ? Path.of(ECORE_FILE_NAME) : dir.resolve(ECORE_FILE_NAME);
        writeAtomically(ecoreFile, o -> o.write(ecore), UnaryOperator.identity());
        writeAtomically(out, o -> o.write(xmi), UnaryOperator.identity());
    }

    /** Adds {@code xsi:schemaLocation} (and the xsi namespace if needed) to the root element. */
    static byte[] withSchemaLocation(byte[] xml, String schemaLocation) {
        String s = new String(xml, StandardCharsets.UTF_8);
        int i = 0;
        while (true) {
            i = s.indexOf('<', i);
            if (i < 0) {
                throw new IllegalStateException("no root element");
            }
            if (s.startsWith("<?", i) || s.startsWith("<!", i)) {
                i++;
                continue;
            }
            break;
        }
        int end = s.indexOf('>', i);
        String rootTag = s.substring(i, end);
        int nameEnd = i + 1;
        while (nameEnd < end && !Character.isWhitespace(s.charAt(nameEnd)) && s.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        StringBuilder add = new StringBuilder();
        if (!rootTag.contains("xmlns:xsi=")) {
            add.append(" xmlns:xsi=\"").append(XSI_NS).append('"');
        }
        add.append(" xsi:schemaLocation=\"").append(schemaLocation).append('"');
        return (s.substring(0, nameEnd) + add + s.substring(nameEnd)).getBytes(StandardCharsets.UTF_8);
    }
}
