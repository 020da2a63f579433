package org.spinflow.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;

/** Problems view markers from {@link ModelValidator} for a .spinflow file. */
public final class Markers {
    /** The node a problem concerns: the first {@code node 'NAME'} segment of its element path. */
    private static final Pattern NODE = Pattern.compile("node '([^']*)'");
    /** For a connection's problem, its target node: {@code connection 'a.out -> b.in'}. */
    private static final Pattern CONNECTION_TARGET = Pattern.compile("connection '.* -> ([^']*)\\.[^.']*'");

    private Markers() {
    }

    /** Validates the file as saved and replaces its Spinflow markers; returns the problems found. */
    public static List<Problem> update(IFile file) {
        Path path = file.getLocation().toFile().toPath();
        List<Problem> problems;
        try {
            Network network = ModelIO.load(path);
            problems = ModelValidator.validate(network, path);
        } catch (RuntimeException e) {
            problems = List.of(new Problem(path, file.getName(), "cannot be loaded: " + e.getMessage(), Problem.Severity.ERROR, null));
        }
        List<Problem> found = problems;
        IWorkspaceRunnable op = monitor -> {
            // the same problems as marked: keep the markers (a Problems view entry or a marker someone holds stays valid
            // when the builder and a save validate the same content)
            if (same(file.findMarkers(SpinflowUi.MARKER_TYPE, false, IResource.DEPTH_ZERO), found)) {
                return;
            }
            file.deleteMarkers(SpinflowUi.MARKER_TYPE, false, IResource.DEPTH_ZERO);
            for (Problem p : found) {
                IMarker m = file.createMarker(SpinflowUi.MARKER_TYPE);
                m.setAttribute(IMarker.MESSAGE, p.elementPath() + ": " + p.message());
                m.setAttribute(IMarker.SEVERITY, p.severity() == Problem.Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                m.setAttribute(IMarker.LOCATION, p.elementPath());
                m.setAttribute("elementPath", p.elementPath());
                String node = nodeName(p.elementPath());
                if (node != null) {
                    m.setAttribute("elementName", node);
                }
            }
        };
        try {
            ResourcesPlugin.getWorkspace().run(op, file, IResource.NONE, null);
        } catch (CoreException e) {
            SpinflowUi.log("Cannot update the markers of " + file, e);
        }
        return problems;
    }

    private static String key(String message, int severity) {
        return severity + "|" + message;
    }

    private static boolean same(IMarker[] markers, List<Problem> problems) {
        if (markers.length != problems.size()) {
            return false;
        }
        java.util.List<String> have = new java.util.ArrayList<>();
        for (IMarker m : markers) {
            have.add(key(m.getAttribute(IMarker.MESSAGE, ""), m.getAttribute(IMarker.SEVERITY, -1)));
        }
        java.util.List<String> want = new java.util.ArrayList<>();
        for (Problem p : problems) {
            want.add(key(p.elementPath() + ": " + p.message(), p.severity() == Problem.Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING));
        }
        java.util.Collections.sort(have);
        java.util.Collections.sort(want);
        return have.equals(want);
    }

    static String nodeName(String elementPath) {
        String path = elementPath == null ? "" : elementPath;
        Matcher m = NODE.matcher(path);
        if (m.find()) {
            return m.group(1);
        }
        Matcher c = CONNECTION_TARGET.matcher(path);
        return c.find() ? c.group(1) : null;
    }
}
