package io.storyweave.internal.prompt;

import io.storyweave.StoryRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parent's free text as the model may see it: theme, interests and topics to avoid with the
 * child's real names (the hero's name and a profile's display name) replaced by
 * {@value PromptComposer#HERO_PLACEHOLDER}, so a name typed into the theme ("Leo's trip to the
 * zoo") never leaves the process. The names themselves are kept to check that no draft holds them.
 *
 * @param theme         the theme, names replaced
 * @param interests     the interests, names replaced
 * @param topicsToAvoid the topics, names replaced
 * @param realNames     the names that were replaced (never sent anywhere)
 */
public record ChildData(String theme, List<String> interests, List<String> topicsToAvoid, List<String> realNames) {
    /** Copies the lists. */
    public ChildData {
        interests = List.copyOf(interests);
        topicsToAvoid = List.copyOf(topicsToAvoid);
        realNames = List.copyOf(realNames);
    }

    /**
     * @param request    the request
     * @param otherNames further real names to protect (a profile's display name), may be empty
     * @return the request's text with every real name replaced
     */
    public static ChildData of(StoryRequest request, Collection<String> otherNames) {
        Set<String> names = new LinkedHashSet<>();
        if (request.heroName() != null) {
            names.add(request.heroName());
        }
        for (String name : otherNames) {
            if (name != null && !name.isBlank()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            // Nothing to replace: the request's own (immutable) lists, without a pass over them.
            return new ChildData(request.theme(), request.interests(), request.topicsToAvoid(), List.of());
        }
        List<Pattern> patterns = patterns(names);
        return new ChildData(shield(request.theme(), patterns), shield(request.interests(), patterns),
                shield(request.topicsToAvoid(), patterns), List.copyOf(names));
    }

    /** A whole name, or any of its words of two letters or more, case-insensitively, as whole words. */
    private static List<Pattern> patterns(Set<String> names) {
        List<Pattern> patterns = new ArrayList<>();
        for (String name : names) {
            patterns.add(word(name));
            for (String part : name.split("[\\s\\-]+")) {
                if (part.length() >= 2 && !part.equalsIgnoreCase(name)) {
                    patterns.add(word(part));
                }
            }
        }
        return patterns;
    }

    private static Pattern word(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(text.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String shield(String text, List<Pattern> patterns) {
        String out = text;
        for (Pattern pattern : patterns) {
            out = pattern.matcher(out).replaceAll(Matcher.quoteReplacement(PromptComposer.HERO_PLACEHOLDER));
        }
        return out;
    }

    private static List<String> shield(List<String> texts, List<Pattern> patterns) {
        return texts.stream().map(t -> shield(t, patterns)).toList();
    }
}
