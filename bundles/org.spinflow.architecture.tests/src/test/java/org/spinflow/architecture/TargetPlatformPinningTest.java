package org.spinflow.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The target platform (target-platform/spinflow.target) is pinned: every Maven location takes no
 * transitive dependencies and names exact versions, and those versions agree with the root pom's
 * dependencyManagement (what the plain jar modules compile and test against).
 */
class TargetPlatformPinningTest {

    private static final Pattern EXACT = Pattern.compile("\\d+(\\.\\d+)*([.-][A-Za-z0-9_]+)?");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)\\}");

    @Test
    void everyTargetLocationIsPinned() throws Exception {
        Document target = parse(Path.of(System.getProperty("spinflow.target", "../../target-platform/spinflow.target")));
        List<String> problems = new ArrayList<>();
        NodeList locations = target.getElementsByTagName("location");
        assertTrue(locations.getLength() > 0, "no <location> in the target definition");
        for (int i = 0; i < locations.getLength(); i++) {
            Element loc = (Element) locations.item(i);
            String label = loc.getAttribute("label");
            if (!"Maven".equals(loc.getAttribute("type"))) {
                problems.add("location '" + label + "': type " + loc.getAttribute("type") + " (only Maven locations: p2 sites are not reachable)");
                continue;
            }
            if (!"none".equals(loc.getAttribute("includeDependencyDepth"))) {
                problems.add("location '" + label + "': includeDependencyDepth=\"" + loc.getAttribute("includeDependencyDepth")
                        + "\" (must be \"none\": list every bundle explicitly)");
            }
            for (Element dep : children(loc, "dependencies", "dependency")) {
                String version = text(dep, "version");
                if (version == null || !EXACT.matcher(version).matches() || version.endsWith("SNAPSHOT")) {
                    problems.add("location '" + label + "': " + text(dep, "groupId") + ":" + text(dep, "artifactId")
                            + " has version '" + version + "' (must be an exact release version)");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void targetVersionsMatchTheRootPom() throws Exception {
        Document pom = parse(Path.of(System.getProperty("spinflow.root.pom", "../../pom.xml")));
        Map<String, String> props = new HashMap<>();
        Element properties = first(pom.getDocumentElement(), "properties");
        if (properties != null) {
            for (Node n = properties.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    props.put(e.getTagName(), e.getTextContent().trim());
                }
            }
        }
        Map<String, String> managed = new HashMap<>();
        Element dm = first(pom.getDocumentElement(), "dependencyManagement");
        assertTrue(dm != null, "root pom has no dependencyManagement");
        for (Element dep : children(dm, "dependencies", "dependency")) {
            String v = text(dep, "version");
            if (v == null) {
                continue;
            }
            Matcher m = PROPERTY.matcher(v);
            managed.put(text(dep, "groupId") + ":" + text(dep, "artifactId"), m.matches() ? props.get(m.group(1)) : v);
        }

        Document target = parse(Path.of(System.getProperty("spinflow.target", "../../target-platform/spinflow.target")));
        List<String> problems = new ArrayList<>();
        int compared = 0;
        NodeList deps = target.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            String ga = text(dep, "groupId") + ":" + text(dep, "artifactId");
            String inPom = managed.get(ga);
            if (inPom == null) {
                continue;
            }
            compared++;
            if (!inPom.equals(text(dep, "version"))) {
                problems.add(ga + ": spinflow.target pins " + text(dep, "version") + " but the root pom manages " + inPom);
            }
        }
        assertFalse(compared == 0, "no target dependency is managed in the root pom - wrong files?");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    static Document parse(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), "not found: " + file.toAbsolutePath());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        try (InputStream in = Files.newInputStream(file)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    static Element first(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String wrapper, String tag) {
        List<Element> out = new ArrayList<>();
        Element w = first(parent, wrapper);
        if (w != null) {
            for (Node n = w.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(tag)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static String text(Element parent, String tag) {
        Element e = first(parent, tag);
        return e == null ? null : e.getTextContent().trim();
    }
}
