package io.storyweave;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A child's way of thinking and reading that shapes how a story is written. */
public enum Neurotype {
    /** No specific adaptations. */
    NEUROTYPICAL,
    /** Short pages, action, a question or prompt to the reader on every page. */
    ADHD,
    /** Literal language, predictable structure, what happens next is announced. */
    AUTISM,
    /** Short sentences and common words. */
    DYSLEXIA,
    /** Gentle stakes, reassurance and a safe resolution. */
    ANXIETY;

    /**
     * Parses a neurotype name, ignoring case, spaces and dashes.
     *
     * @param value the text, e.g. {@code "adhd"}
     * @return the neurotype
     * @throws InvalidRequestException naming the value and listing the valid ones
     */
    public static Neurotype parse(String value) {
        if (value != null) {
            String wanted = value.trim().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
            for (Neurotype type : values()) {
                if (type.name().equals(wanted)) {
                    return type;
                }
            }
        }
        throw new InvalidRequestException("neurotype", "Unknown neurotype \"" + value + "\". Valid: "
                + Arrays.stream(values()).map(n -> n.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
