package io.storyweave.examples.cli;

import io.storyweave.spi.Secrets;

import java.util.Locale;

/**
 * Makes text from outside (option values, AWS answers, model output) safe to print on a terminal.
 * A raw ESC or BEL can recolour, retitle or clear the user's terminal, a C1 control can do the same
 * on terminals that honour 8-bit controls, a lone carriage return overwrites what was printed, and a
 * bidi override makes text read differently from what it is. Each of those is shown as a visible
 * {@code \}{@code uXXXX} escape instead (still valid inside a JSON string), and everything else,
 * accents, emoji and right-to-left scripts included, is left as it is.
 */
final class TerminalText {
    /** An error line longer than this is cut: a 300 KB service message must not become a 300 KB line. */
    static final int MAX_LINE = 2000;
    // What failed comes first and what to do comes last, so a cut keeps both ends.
    private static final int KEPT_TAIL = 400;

    private TerminalText() {
    }

    /**
     * @param text any text; line feeds and tabs are kept
     * @return the text with every terminal control and bidi override shown as an escape
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean windowsLineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!windowsLineEnd && !unsafe(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (!windowsLineEnd) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Prepares outside text for a one-line message: secrets removed, line breaks folded into
     * spaces, controls shown as escapes, and, beyond {@link #MAX_LINE} characters, its middle cut
     * out and replaced by a note of how much was left out.
     *
     * @param text a message, e.g. from an exception
     * @return one safe line of at most {@link #MAX_LINE} characters plus the note
     */
    static String oneLine(String text) {
        String line = clean(Secrets.redact(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
        if (line.length() <= MAX_LINE) {
            return line;
        }
        int headEnd = boundary(line, MAX_LINE - KEPT_TAIL);
        int tailStart = boundary(line, line.length() - KEPT_TAIL);
        return line.substring(0, headEnd) + " … (" + (tailStart - headEnd) + " characters not shown) … "
                + line.substring(tailStart);
    }

    /** Moves a cut off the middle of a surrogate pair, so no half of an emoji is printed. */
    private static int boundary(String text, int index) {
        return Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
