package io.storyweave.dynamodb.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds existing tables that are probably the one the user meant, so a missing-table error can
 * say "did you mean StoryCache?". A name is similar when, ignoring case and punctuation, it is
 * a few edits away, one contains the other, or it contains the table's role word (cache,
 * profile, stories).
 */
public final class SimilarNames {
    private static final int MAX_RESULTS = 5;

    private SimilarNames() {
    }

    /**
     * @param wanted   the missing table's name
     * @param roleWord a word that names its purpose, e.g. {@code cache}
     * @param existing the tables that exist
     * @return the similar ones, closest first, at most five
     */
    public static List<String> find(String wanted, String roleWord, List<String> existing) {
        String target = normalise(wanted);
        String role = normalise(roleWord);
        return existing.stream()
                .filter(name -> !name.equals(wanted))
                .filter(name -> {
                    String candidate = normalise(name);
                    return candidate.contains(role) || candidate.contains(target) || target.contains(candidate)
                            || distance(candidate, target) <= Math.max(2, target.length() / 4);
                })
                .sorted(Comparator.comparingInt((String name) -> distance(normalise(name), target))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_RESULTS)
                .toList();
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
