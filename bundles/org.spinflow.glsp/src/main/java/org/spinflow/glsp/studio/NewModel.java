package org.spinflow.glsp.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.spinflow.glsp.server.PathGuard;
import org.spinflow.glsp.server.StudioContext;

/**
 * The studio's "New model" command: creates a model from a template ({@code /templates/*.spinflow} on the class
 * path, from {@code examples/templates}) at a path inside the studio folder, never over an existing file, with
 * the template's data reference pointing at data that is there (see {@code examples/templates/README.md}).
 */
public final class NewModel {
    /** A template: id (as the page sends it), the label shown, its resource. */
    public record Template(String id, String label, String resource) {
    }

    public static final List<Template> TEMPLATES = List.of(new Template("empty", "Empty", "empty.spinflow"),
            new Template("iris-mtj", "Iris MTJ", "iris-mtj.spinflow"), new Template("mnist-mtj", "MNIST MTJ", "mnist-mtj.spinflow"));

    /** What was created: the model's path relative to the studio folder and a one-line note about its data. */
    public record Created(String model, String note) {
    }

    /** A refused creation; the message is one line in plain words. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private NewModel() {
    }

    public static Created create(StudioContext context, String templateId, String relative) {
        Template t = TEMPLATES.stream().filter(x -> x.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new Refused("Unknown template '" + templateId + "'; choose Empty, Iris MTJ or MNIST MTJ."));
        if (relative == null || relative.isBlank()) {
            throw new Refused("Give a file name, e.g. my-model.spinflow.");
        }
        String rel = relative.strip();
        if (!rel.endsWith(".spinflow")) {
            rel = rel + ".spinflow";
        }
        Path file;
        try {
            file = PathGuard.resolveOutput(context.root(), rel, ".spinflow");
        } catch (PathGuard.Refused e) {
            throw new Refused("Not created: " + e.getMessage() + ".");
        }
        String shown = context.relativize(file);
        if (Files.exists(file)) {
            throw new Refused("Not created: " + shown + " already exists; a new model never replaces a file (choose another name).");
        }
        String text = resource(t.resource());
        String base = file.getFileName().toString().replaceFirst("\\.spinflow$", "");
        text = replaceFirst(text, "(<spinflow:Network\\b[^>]*?\\sname=\")[^\"]*(\")", xml(base));
        String note;
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
            switch (t.id()) {
                case "iris-mtj" -> {
                    Path data = irisData(context.root(), dir);
                    text = replaceFirst(text, "(<dataset\\s+path=\")[^\"]*(\")", xml(relativePath(dir, data)));
                    note = "data: " + context.relativize(data);
                }
                case "mnist-mtj" -> {
                    Optional<Path> data = mnistData(context.root());
                    if (data.isPresent()) {
                        text = replaceFirst(text, "(<dataset\\s+path=\")[^\"]*(\")", xml(relativePath(dir, data.get())));
                        note = "data: " + context.relativize(data.get());
                    } else {
                        note = "data: no MNIST IDX folder under the studio folder; the model reads 'data' beside it (put the MNIST"
                                + " IDX files there, or set training.dataset.path)";
                    }
                }
                default -> note = "empty model: drag node kinds from the palette";
            }
            createNew(file, text);
        } catch (FileAlreadyExistsException e) {
            throw new Refused("Not created: " + shown + " already exists; a new model never replaces a file (choose another name).");
        } catch (IOException e) {
            throw new Refused("Not created: cannot write " + shown + ": " + e.getMessage());
        }
        return new Created(shown, note);
    }

    /** Writes a new file completely (a temporary file linked into place): never replaces one, never leaves half a file. */
    static void createNew(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".new");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.createLink(file, tmp); // fails if the file exists (no window in which another file is replaced)
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file); // without REPLACE_EXISTING: fails if the file exists
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The Iris CSV the examples use: iris/iris.csv under the root, another iris.csv there, or the bundled copy beside the model. */
    static Path irisData(Path root, Path dir) throws IOException {
        Path beside = dir.resolve("iris.csv");
        if (Files.isRegularFile(beside)) {
            return beside;
        }
        Path examples = root.resolve("iris").resolve("iris.csv");
        if (Files.isRegularFile(examples)) {
            return examples;
        }
        try (Stream<Path> s = Files.walk(root, 4)) {
            Optional<Path> any = s.filter(p -> p.getFileName().toString().equals("iris.csv") && Files.isRegularFile(p)).sorted().findFirst();
            if (any.isPresent()) {
                return any.get();
            }
        }
        try {
            createNew(beside, resource("iris.csv"));
        } catch (FileAlreadyExistsException e) {
            // written meanwhile: use it
        }
        return beside;
    }

    /** The first folder named mnist (any case) under the root that holds MNIST training images (IDX). */
    static Optional<Path> mnistData(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root, 5)) {
            return s.filter(p -> Files.isDirectory(p) && p.getFileName() != null
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).equals("mnist")
                    && (Files.exists(p.resolve("train-images-idx3-ubyte")) || Files.exists(p.resolve("train-images-idx3-ubyte.gz"))))
                    .sorted().findFirst();
        }
    }

    static String relativePath(Path dir, Path target) {
        return dir.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    static String resource(String name) {
        try (InputStream in = NewModel.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new Refused("Not created: the template " + name + " is missing from the studio");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Refused("Not created: cannot read the template " + name + ": " + e.getMessage());
        }
    }

    private static String replaceFirst(String text, String regex, String value) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? text.substring(0, m.start()) + m.group(1) + value + m.group(2) + text.substring(m.end()) : text;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
