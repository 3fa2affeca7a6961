package io.storyweave.internal;

import io.storyweave.InvalidRequestException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Input checks shared by the public value types. Not part of the API: users must not call it.
 */
public final class Validate {
    private Validate() {
    }

    /** Removes control and invisible format characters (they can hide instructions), folds whitespace. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    public static String requiredText(String field, String value, int min, int max) {
        if (value == null) {
            throw new InvalidRequestException(field, field + " is required (" + min + " to " + max + " characters)");
        }
        String cleaned = clean(value);
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length < min || length > max) {
            throw new InvalidRequestException(field, field + " must be " + min + " to " + max
                    + " characters after trimming, was " + length + ": " + quote(cleaned));
        }
        return cleaned;
    }

    public static String optionalText(String field, String value, int min, int max) {
        return value == null || clean(value).isEmpty() ? null : requiredText(field, value, min, max);
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidRequestException(field, field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Cleans each entry, drops duplicates (ignoring case), keeps the caller's order. */
    public static List<String> textList(String field, Collection<String> values, int maxItems, int maxChars) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int index = 0;
        for (String value : values) {
            String cleaned = requiredText(field + "[" + index + "]", value, 1, maxChars);
            if (seen.add(cleaned.toLowerCase(java.util.Locale.ROOT))) {
                out.add(cleaned);
            }
            index++;
        }
        if (out.size() > maxItems) {
            throw new InvalidRequestException(field, field + " may hold at most " + maxItems + " entries, was " + out.size());
        }
        return List.copyOf(out);
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidRequestException(field, field + " is required");
        }
        return value;
    }

    public static <T> List<T> nonEmpty(String field, Collection<T> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidRequestException(field, field + " must hold at least one value");
        }
        for (T value : values) {
            notNull(field, value);
        }
        return List.copyOf(values);
    }


    /** Quotes a value for an error message, cut short so a huge value cannot flood a log. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return '"' + shown + '"';
    }
}
