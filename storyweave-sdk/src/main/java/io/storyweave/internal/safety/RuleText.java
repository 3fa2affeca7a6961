package io.storyweave.internal.safety;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the safety rule files shipped beside this class: lines without blanks and comments. */
final class RuleText {

    private RuleText() {
    }

    /**
     * @return the words of a phrase, split at runs of ASCII white space (what {@code \s} matches) and
     *         without empty words at either end
     */
    static String[] words(String text) {
        // The rule files are written with single spaces: split at them without looking at every character.
        if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u000B') < 0 && !text.contains("  ") && !text.startsWith(" ") && !text.endsWith(" ")) {
            return text.isEmpty() ? new String[0] : text.split(" ");
        }
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words.toArray(String[]::new);
    }

    /** @return whether the character is white space as {@code \s} means it */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A line of a rule file with its number, for error messages that point at the line. */
    record Line(String file, int number, String text) {
        IllegalStateException error(String problem) {
            return new IllegalStateException(file + " line " + number + ": " + problem + ": " + text);
        }
    }

    /** A comment starts with {@code #} at the start of a line or after a space; "gun#1" is a word sense, not a comment. */
    private static String withoutComment(String line) {
        // Most lines have no '#'; indexOf finds that faster than a loop over every character in a fresh JVM.
        for (int i = line.indexOf('#'); i >= 0 && i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    static List<Line> lines(String name) {
        return lines(name, bytes(name));
    }

    /** @return the bytes of a rule file beside this class */
    static byte[] bytes(String name) {
        byte[] bytes = bytesIfPresent(name);
        if (bytes == null) {
            throw new IllegalStateException("StoryWeave safety rules " + name + " are missing from the jar");
        }
        return bytes;
    }

    /** @return the bytes of a file beside this class, or {@code null} when there is none (a form the build did not compile) */
    static byte[] bytesIfPresent(String name) {
        try (InputStream in = RuleText.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("StoryWeave safety rules " + name + " are unreadable", e);
        }
    }

    /** @param name the file's name, for errors @param bytes its bytes @return its lines, without blanks and comments */
    static List<Line> lines(String name, byte[] bytes) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = withoutComment(line).strip();
                if (!text.isEmpty()) {
                    out.add(new Line(name, number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("StoryWeave safety rules " + name + " are unreadable", e);
        }
        return out;
    }
}
