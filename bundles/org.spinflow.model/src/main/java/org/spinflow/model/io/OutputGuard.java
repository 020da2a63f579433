package org.spinflow.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Refuses an output path that would destroy an input of the same run: a path that resolves
 * (through symbolic links, hard links or {@code ..}) to one of the inputs, or that names something
 * other than a regular file (a device such as {@code /dev/full}, a FIFO, a folder). Checked before
 * anything is written, so a refused run changes nothing.
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /** Thrown for a refused output; the message is one line naming the output and why. */
    public static final class Refused extends SpinflowException {
        private static final long serialVersionUID = 1L;

        public Refused(Path out, String problem) {
            super(out, problem, null);
        }
    }

    /** An input of the run, with what it is for the message ("the model", "the data set"). */
    public record Input(Path path, String role) {
    }

    /**
     * @param out    the output file ({@code what} names it in the message, e.g. "--out")
     * @param inputs the run's inputs; null paths and ones that do not exist are skipped; a folder
     *               input protects every regular file directly inside it
     */
    public static void check(Path out, String what, Input... inputs) {
        if (out == null) {
            return;
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) || Files.exists(out)) {
            if (Files.isDirectory(out)) {
                throw new Refused(out, what + " is a folder, expected a file name");
            }
            if (Files.exists(out) && !Files.isRegularFile(out)) {
                throw new Refused(out, what + " is not a regular file (a device, FIFO or socket); refusing to"
                        + " replace it");
            }
        }
        if (!Files.exists(out)) {
            return; // a new file cannot be any existing input
        }
        for (Input in : inputs) {
            if (in == null || in.path() == null || !Files.exists(in.path())) {
                continue;
            }
            try {
                if (Files.isDirectory(in.path())) {
                    try (var s = Files.list(in.path())) {
                        for (Path f : s.filter(Files::isRegularFile).toList()) {
                            same(out, what, f, in.role());
                        }
                    }
                } else {
                    same(out, what, in.path(), in.role());
                }
            } catch (IOException e) {
                throw new Refused(out, "cannot check " + what + " against " + in.role() + " " + in.path() + " ("
                        + e.getMessage() + ")");
            }
        }
    }

    private static void same(Path out, String what, Path input, String role) throws IOException {
        if (Files.isSameFile(out, input)) {
            throw new Refused(out, what + " is " + role + " " + input + " (the same file); writing it would destroy"
                    + " an input of the run; choose another file");
        }
    }
}
