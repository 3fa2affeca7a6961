package io.storyweave.internal.rules;

import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonTrees;
import io.storyweave.internal.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Loads the style guides, reading levels and word lists shipped as data beside this class. */
final class RuleData {
    private RuleData() {
    }

    /** @return the data file's top-level object */
    static JsonObject json(String name) {
        try (InputStream in = open(name)) {
            JsonValue tree = JsonTrees.read(in);
            if (tree == null) {
                throw new IllegalStateException("StoryWeave rule data " + name + " is empty");
            }
            if (!(tree instanceof JsonObject object)) {
                throw new IllegalStateException("StoryWeave rule data " + name + " is not a JSON object: " + tree);
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("StoryWeave rule data " + name + " is unreadable", e);
        }
    }

    /** Lines of a word list, lower-cased, without blanks and # comments. */
    static List<String> words(String name) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("StoryWeave word list " + name + " is unreadable", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = RuleData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("StoryWeave rule data " + name + " is missing from the jar");
        }
        return in;
    }
}
