package org.spinflow.data;

/** Text from files made safe for one-line messages on a terminal. */
public final class Text {
    private Text() {
    }

    /**
     * Escapes control characters (C0, DEL, C1: ESC, BEL, OSC, line breaks, ...) as {@code \\uXXXX}
     * and shortens {@code s} beyond {@code max} characters, so that text read from a file cannot
     * move the cursor, change the terminal or split a message.
     */
    public static String clean(String s, int max) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 16);
        for (int i = 0; i < s.length(); i++) {
            if (b.length() >= max) {
                b.append("... (").append(s.length()).append(" characters)");
                break;
            }
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static String clean(String s) {
        return clean(s, 200);
    }
}
