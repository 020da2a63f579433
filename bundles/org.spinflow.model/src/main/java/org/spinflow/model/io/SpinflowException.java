package org.spinflow.model.io;

import java.nio.file.Path;

/**
 * Spinflow's own error type. Its message is always a single line meant for users:
 * {@code FILE: what is wrong (what was expected)}; it never contains stack trace content.
 */
public class SpinflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PART = 400;

    private final transient Path file;
    private final String problem;
    private final String expected;

    public SpinflowException(Path file, String problem, String expected) {
        this(file, problem, expected, null);
    }

    public SpinflowException(Path file, String problem, String expected, Throwable cause) {
        super(render(file, problem, expected), cause);
        this.file = file;
        this.problem = oneLine(problem);
        this.expected = expected == null ? null : oneLine(expected);
    }

    /** The file the error is about, or null. */
    public Path getFile() {
        return file;
    }

    /** What is wrong (one line, without the file name). */
    public String getProblem() {
        return problem;
    }

    /** What was expected instead, or null. */
    public String getExpected() {
        return expected;
    }

    static String render(Path file, String problem, String expected) {
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "<no file>" : file.toString()).append(": ").append(oneLine(problem));
        if (expected != null && !expected.isBlank()) {
            b.append(" (").append(oneLine(expected)).append(')');
        }
        return b.toString();
    }

    /** Collapses whitespace and line breaks and caps the length, so a message stays one line. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").strip();
        t = t.length() > MAX_PART ? t.substring(0, MAX_PART) + "..." : t;
        return escapeControls(t);
    }

    /**
     * Escapes control characters (ESC, BEL, the C1 range with OSC and CSI, DEL, line and paragraph
     * separators) as {@code \\uXXXX}, so text from a file cannot drive the terminal a message is shown on.
     */
    public static String escapeControls(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029';
            if (control && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (control) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
