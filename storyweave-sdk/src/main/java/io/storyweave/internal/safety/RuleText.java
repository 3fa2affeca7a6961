package io.storyweave.internal.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the safety rule files shipped beside this class: lines without blanks and comments. */
final class RuleText {
    /** Runs of white space, compiled once: the rules are parsed while the first model call runs. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    private RuleText() {
    }

    /** A line of a rule file with its number, for error messages that point at the line. */
    record Line(String file, int number, String text) {
        IllegalStateException error(String problem) {
            return new IllegalStateException(file + " line " + number + ": " + problem + ": " + text);
        }
    }

    /** A comment starts with {@code #} at the start of a line or after a space; "gun#1" is a word sense, not a comment. */
    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    static List<Line> lines(String name) {
        InputStream in = RuleText.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("StoryWeave safety rules " + name + " are missing from the jar");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
