package org.spinflow.glsp.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Resolves user-given relative paths under a root folder and refuses anything that escapes it. */
public final class PathGuard {
    private PathGuard() {
    }

    /** Thrown for a refused path; the message is meant for the user. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    public static Path resolve(Path root, String relative) {
        if (relative == null || relative.isBlank()) {
            throw new Refused("no model path given");
        }
        String r = relative.replace('\\', '/');
        if (r.indexOf('\0') >= 0 || r.length() > 4096) {
            throw new Refused("invalid path");
        }
        if (r.startsWith("/") || r.startsWith("~") || r.matches("^[A-Za-z]:.*") || r.contains("://")) {
            throw new Refused("absolute paths are not allowed: '" + relative + "' (give a path relative to the studio folder)");
        }
        for (String seg : r.split("/")) {
            if (seg.equals("..")) {
                throw new Refused("'" + relative + "' escapes the studio folder ('..' is not allowed)");
            }
        }
        Path base = root.toAbsolutePath().normalize();
        Path p = base.resolve(r).normalize();
        if (!p.startsWith(base)) {
            throw new Refused("'" + relative + "' is outside the studio folder");
        }
        try {
            Path realBase = base.toRealPath();
            // check the nearest existing ancestor (or the file itself) for symbolic links leading out
            Path probe = p;
            while (probe != null && !Files.exists(probe, LinkOption.NOFOLLOW_LINKS)) {
                probe = probe.getParent();
            }
            if (probe != null && !probe.toRealPath().startsWith(realBase)) {
                throw new Refused("'" + relative + "' leads outside the studio folder through a symbolic link");
            }
        } catch (IOException e) {
            throw new Refused("cannot resolve '" + relative + "': " + e.getMessage());
        }
        return p;
    }

    /** Like {@link #resolve} and also requires the {@code .spinflow} extension. */
    public static Path resolveModel(Path root, String relative) {
        Path p = resolve(root, relative);
        if (!p.getFileName().toString().endsWith(".spinflow")) {
            throw new Refused("'" + relative + "' is not a .spinflow model");
        }
        return p;
    }
}
