package io.storyweave.examples.cli;

import io.storyweave.AnxietyStyle;
import io.storyweave.Pronouns;
import io.storyweave.InvalidRequestException;
import io.storyweave.Neurotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns command-line text into validated SDK values, reporting problems in the options' own names. */
final class Inputs {
    private static final Map<String, String> OPTION_FOR_FIELD = Map.ofEntries(
            Map.entry("age", "--age"), Map.entry("theme", "--theme"), Map.entry("pages", "--pages"),
            Map.entry("interests", "--interests"), Map.entry("heroName", "--name"), Map.entry("displayName", "--name"),
            Map.entry("topicsToAvoid", "--avoid"), Map.entry("neurotypes", "--neurotype"),
            Map.entry("neurotype", "--neurotype"), Map.entry("profileId", "--profile"), Map.entry("id", "--id"));

    private static final Pattern LIST_ITEM = Pattern.compile("(\\w+)\\[(\\d+)]");

    private Inputs() {
    }

    /**
     * Runs an SDK constructor and turns its {@link InvalidRequestException} into a usage error that
     * names the command-line option.
     */
    static <T> T validated(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidRequestException e) {
            throw new UsageException(inOptionTerms(e));
        }
    }

    /**
     * The SDK names its own fields ({@code interests[1] must be ...}); the user typed options and
     * counts list items from one ({@code Invalid value for --interests: item 2 must be ...}).
     */
    static String inOptionTerms(InvalidRequestException e) {
        String field = e.field() == null ? "" : e.field();
        Matcher listItem = LIST_ITEM.matcher(field);
        boolean item = listItem.matches();
        String name = item ? listItem.group(1) : field;
        String option = OPTION_FOR_FIELD.getOrDefault(name, name);
        String message = e.getMessage();
        String detail = !field.isEmpty() && message.startsWith(field + " ") ? message.substring(field.length() + 1)
                : message;
        return "Invalid value for " + option + ": "
                + (item ? "item " + (Integer.parseInt(listItem.group(2)) + 1) + " " : "") + detail;
    }

    static List<Neurotype> neurotypes(List<String> values) {
        List<Neurotype> out = new ArrayList<>();
        for (String value : values) {
            try {
                out.add(Neurotype.parse(value));
            } catch (InvalidRequestException e) {
                throw new UsageException("Invalid value for --neurotype: '" + value + "'. Allowed: "
                        + allowed(Neurotype.values()) + ".");
            }
        }
        return out;
    }

    static AnxietyStyle anxietyStyle(String value) {
        return choice(AnxietyStyle.class, value, "--anxiety-style");
    }

    static Pronouns pronouns(String value) {
        return choice(Pronouns.class, value, "--pronouns");
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw new UsageException("Invalid value for " + option + ": '" + value + "'. Allowed: "
                + allowed(type.getEnumConstants()) + ".");
    }

    static String allowed(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    static void require(Object value, String option, String what) {
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            throw new UsageException("Missing required option " + option + " (" + what + ").");
        }
    }
}
