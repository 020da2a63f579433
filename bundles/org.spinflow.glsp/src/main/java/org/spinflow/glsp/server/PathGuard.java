package org.spinflow.glsp.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The studio's one guard for paths that come from the page: models to open or save, export targets
 * and the data sets a model names. A path is resolved under the served folder and refused when it
 * escapes it (absolute, {@code ..}, a symbolic link leading out), has the wrong extension, or, for an
 * output, names something other than a regular file.
 */
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

    /**
     * An output file under the root: {@link #resolve}, one of {@code extensions}, and when it exists a
     * regular file (never a folder, device or FIFO).
     */
    public static Path resolveOutput(Path root, String relative, String... extensions) {
        Path p = resolve(root, relative);
        String name = p.getFileName().toString(); // exact, as for models: "m.XMI" is refused (found by StudioMessageFuzzTest)
        boolean ok = false;
        for (String e : extensions) {
            ok |= name.endsWith(e);
        }
        if (!ok) {
            throw new Refused("'" + relative + "' must end in " + String.join(" or ", extensions));
        }
        if (Files.exists(p) && !Files.isRegularFile(p)) {
            throw new Refused("'" + relative + "' exists and is not a regular file");
        }
        return p;
    }

    /**
     * The data set a model in {@code modelDir} names ({@code training/dataset/@path}, relative to the
     * model's folder): it must stay inside the served folder (also through symbolic links) and be a CSV
     * file ({@code .csv}, {@code .csv.gz}) or a folder (IDX files).
     */
    public static Path resolveDataset(Path root, Path modelDir, String datasetPath) {
        if (datasetPath == null || datasetPath.isBlank()) {
            throw new Refused("the model names no data set path");
        }
        String r = datasetPath.replace('\\', '/');
        if (r.indexOf('\0') >= 0 || r.length() > 4096 || r.startsWith("/") || r.startsWith("~") || r.matches("^[A-Za-z]:.*")
                || r.contains("://")) {
            throw new Refused("data set '" + datasetPath + "' must be a path relative to the model, inside the studio folder");
        }
        Path base = root.toAbsolutePath().normalize();
        Path p = modelDir.toAbsolutePath().normalize().resolve(r).normalize();
        if (!p.startsWith(base)) {
            throw new Refused("data set '" + datasetPath + "' is outside the studio folder");
        }
        try {
            if (Files.exists(p) && !p.toRealPath().startsWith(base.toRealPath())) {
                throw new Refused("data set '" + datasetPath + "' leads outside the studio folder through a symbolic link");
            }
        } catch (IOException e) {
            throw new Refused("cannot resolve data set '" + datasetPath + "': " + e.getMessage());
        }
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!Files.isDirectory(p) && !name.endsWith(".csv") && !name.endsWith(".csv.gz")) {
            throw new Refused("data set '" + datasetPath + "' must be a .csv or .csv.gz file or a folder of IDX files");
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
