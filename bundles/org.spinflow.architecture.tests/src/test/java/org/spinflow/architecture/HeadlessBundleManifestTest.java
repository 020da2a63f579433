package org.spinflow.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Architecture rules for the headless bundles (model, devices, data, interpreter, instrument,
 * experiments, cli): they never depend on UI bundles nor on Apache Spark (optional: the spark/ module
 * is a separate job jar that no bundle and no feature ships), each is a proper OSGi bundle, and the
 * runtime feature ships them all. The manifests are the real ones bnd wrote: read from the bundles' jars (or
 * target/classes folders) on this module's test class path.
 */
class HeadlessBundleManifestTest {

    /** Maven artifactIds of the headless bundles; keep in sync with the root pom's modules. */
    static final List<String> HEADLESS = List.of("org.spinflow.model", "org.spinflow.devices",
            "org.spinflow.data", "org.spinflow.interpreter", "org.spinflow.instrument", "org.spinflow.experiments",
            "org.spinflow.cli");

    /** Name prefixes no headless bundle may require or import. */
    static final List<String> FORBIDDEN = List.of("org.eclipse.ui", "org.eclipse.swt", "org.eclipse.jface",
            "org.eclipse.e4.ui", "org.apache.spark", "scala", "org.spinflow.experiments.spark");

    static final List<String> DEPENDENCY_HEADERS = List.of("Require-Bundle", "Import-Package",
            "DynamicImport-Package", "Fragment-Host");

    private static final Map<String, Manifest> manifests = new LinkedHashMap<>();
    private static final Map<String, URL> sources = new LinkedHashMap<>();

    @BeforeAll
    static void loadManifests() throws IOException {
        Enumeration<URL> urls = HeadlessBundleManifestTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
        for (URL url : Collections.list(urls)) {
            String module = moduleOf(url);
            if (module == null || !HEADLESS.contains(module)) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                manifests.put(module, new Manifest(in));
                sources.put(module, url);
            }
        }
    }

    /**
     * The headless module a manifest URL belongs to: {@code .../org.spinflow.X/target/classes/META-INF/MANIFEST.MF}
     * (reactor build before packaging) or {@code jar:file:.../org.spinflow.X[-VERSION].jar!/META-INF/MANIFEST.MF}
     * (the CLI sets finalName, so its reactor jar has no version).
     */
    static String moduleOf(URL url) {
        String s = url.toString();
        for (String m : HEADLESS) {
            if (s.contains("/" + m + "/target/classes/META-INF/MANIFEST.MF")
                    || (s.startsWith("jar:") && s.matches(".*/" + java.util.regex.Pattern.quote(m) + "(-[^/]*)?\\.jar!/META-INF/MANIFEST\\.MF"))) {
                return m;
            }
        }
        return null;
    }

    @Test
    void everyHeadlessBundleManifestIsOnTheTestClassPath() {
        Set<String> missing = new TreeSet<>(HEADLESS);
        missing.removeAll(manifests.keySet());
        assertTrue(missing.isEmpty(), "no META-INF/MANIFEST.MF found on the test class path for " + missing);
    }

    @Test
    void headlessBundlesNeverDependOnUiBundles() {
        List<String> problems = new ArrayList<>();
        manifests.forEach((module, mf) -> {
            Attributes a = mf.getMainAttributes();
            for (String header : DEPENDENCY_HEADERS) {
                for (String name : names(a.getValue(header))) {
                    for (String prefix : FORBIDDEN) {
                        if (name.startsWith(prefix)) {
                            problems.add(module + ": " + header + " names " + name + " (UI bundles and Spark are forbidden in headless bundles; "
                                    + sources.get(module) + ")");
                        }
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyHeadlessBundleHasASymbolicNameAndIsInTheRuntimeFeature() throws Exception {
        Set<String> featurePlugins = featurePluginIds();
        List<String> problems = new ArrayList<>();
        for (String module : HEADLESS) {
            Manifest mf = manifests.get(module);
            if (mf == null) {
                problems.add(module + ": no manifest on the test class path");
                continue;
            }
            Attributes a = mf.getMainAttributes();
            String bsnHeader = a.getValue("Bundle-SymbolicName");
            if (bsnHeader == null || bsnHeader.isBlank()) {
                problems.add(module + ": no Bundle-SymbolicName (" + sources.get(module) + ")");
                continue;
            }
            if (!"2".equals(a.getValue("Bundle-ManifestVersion"))) {
                problems.add(module + ": Bundle-ManifestVersion is " + a.getValue("Bundle-ManifestVersion") + ", expected 2");
            }
            if (a.getValue("Bundle-Version") == null) {
                problems.add(module + ": no Bundle-Version");
            }
            String bsn = names(bsnHeader).get(0);
            if (!featurePlugins.contains(bsn)) {
                problems.add(module + ": bundle " + bsn + " is not included in features/org.spinflow.feature/feature.xml");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theRuntimeFeatureDoesNotShipSpark() throws Exception {
        for (String id : featurePluginIds()) {
            assertFalse(id.startsWith("org.apache.spark") || id.startsWith("scala") || id.equals("org.spinflow.experiments.spark"),
                    "features/org.spinflow.feature/feature.xml ships " + id + "; Spark is optional (the spark/ job jar)");
        }
    }

    @Test
    void headerParserHandlesQuotedCommasAndMultiplePackagesPerClause() {
        assertEquals(List.of("org.eclipse.emf.ecore", "a.b", "c.d", "org.eclipse.swt.widgets"),
                names("org.eclipse.emf.ecore;version=\"[2.43,3)\",a.b;c.d;resolution:=optional,"
                        + "org.eclipse.swt.widgets;version=\"[3,4)\";uses:=\"x,y\""));
        assertEquals(List.of(), names(null));
    }

    /** Ids of the {@code <plugin>} elements in the runtime feature.xml. */
    static Set<String> featurePluginIds() throws Exception {
        Path feature = Path.of(System.getProperty("spinflow.feature.xml", "../../features/org.spinflow.feature/feature.xml"));
        assertTrue(Files.isRegularFile(feature), "runtime feature not found: " + feature.toAbsolutePath());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        Document doc;
        try (InputStream in = Files.newInputStream(feature)) {
            doc = f.newDocumentBuilder().parse(in);
        }
        Element root = doc.getDocumentElement();
        assertEquals("feature", root.getTagName());
        Set<String> ids = new TreeSet<>();
        NodeList plugins = root.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            if (p.getParentNode() == root) { // not <requires><import plugin=...>
                ids.add(p.getAttribute("id"));
            }
        }
        assertFalse(ids.isEmpty(), "no <plugin> in " + feature);
        return ids;
    }

    /**
     * The names (bundle symbolic names or package names) of an OSGi manifest header such as
     * Require-Bundle or Import-Package: clauses are separated by commas outside quotes; inside a
     * clause, the leading ';'-separated parts without '=' are names, the rest are attributes/directives.
     */
    static List<String> names(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        for (String clause : split(header, ',')) {
            for (String part : split(clause, ';')) {
                String p = part.trim();
                if (p.contains("=")) {
                    break;
                }
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static List<String> split(String s, char sep) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == sep && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
