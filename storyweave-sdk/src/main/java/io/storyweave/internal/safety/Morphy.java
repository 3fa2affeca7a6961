package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * WordNet's morphy over the {@link Lexicon}: the base forms of an inflected word or phrase, exactly as
 * extJWNL's default morphological processor finds them with the operations WordNet 3.1's configuration
 * names, in the same order (the first is the one a plain lookup uses):
 * <ol>
 *   <li>the exception list ("geese" gives goose);</li>
 *   <li>each regular suffix taken off ("dogs" gives dog), kept when it is an entry or an exception;</li>
 *   <li>the words of a phrase one by one (each with its entry, exceptions and suffixes), then every run
 *       of them joined with spaces, hyphens or nothing, kept when it is an entry ("hot dogs": hot dog).</li>
 * </ol>
 * {@code LexiconMatchesWordNetTest} holds it to extJWNL on every entry, exception and inflection.
 */
final class Morphy {
    private static final String[][][] SUFFIXES = {
            {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
            {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
            {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
            {}};
    private static final String[] DELIMITERS = {" ", "-"};

    private final Lexicon lexicon;

    Morphy(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param pos        a part of speech
     * @param derivation a lower-case word or phrase
     * @return its base forms in that part of speech, in morphy's order; empty when it has none
     */
    List<String> baseForms(PartOfSpeech pos, String derivation) {
        List<String> forms = new ArrayList<>(2);
        if (derivation.isEmpty()) {
            return forms;
        }
        exceptions(pos, derivation, forms);
        detachSuffixes(pos, derivation, forms);
        tokenize(pos, derivation, forms);
        return forms;
    }

    private boolean entry(PartOfSpeech pos, String lemma, List<String> forms) {
        if (lexicon.entry(pos, lemma) >= 0) {
            add(forms, lemma);
            return true;
        }
        return false;
    }

    private boolean exceptions(PartOfSpeech pos, String derivation, List<String> forms) {
        String[] bases = lexicon.exceptions(pos, derivation);
        if (bases == null) {
            return false;
        }
        for (String base : bases) {
            add(forms, base);
        }
        return true;
    }

    private boolean detachSuffixes(PartOfSpeech pos, String derivation, List<String> forms) {
        boolean added = false;
        for (String[] suffix : SUFFIXES[pos.ordinal()]) {
            if (derivation.endsWith(suffix[0])) {
                String stem = derivation.substring(0, derivation.length() - suffix[0].length()) + suffix[1];
                // Both operations run, as extJWNL's delegation runs every one.
                added |= entry(pos, stem, forms) | exceptions(pos, stem, forms);
            }
        }
        return added;
    }

    private void tokenize(PartOfSpeech pos, String phrase, List<String> forms) {
        List<String> tokens = tokens(phrase);
        List<List<String>> tokenForms = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            List<String> each = new ArrayList<>(2);
            each.add(token);
            entry(pos, token, each);
            exceptions(pos, token, each);
            detachSuffixes(pos, token, each);
            tokenForms.add(each);
        }
        for (int first = 0; first < tokenForms.size(); first++) {
            for (int last = tokenForms.size() - 1; last >= first; last--) {
                joinEveryCombination(pos, tokenForms, first, last, forms);
            }
        }
    }

    /** Every choice of one form per token from first to last, joined every way, in extJWNL's order. */
    private void joinEveryCombination(PartOfSpeech pos, List<List<String>> tokenForms, int first, int last,
                                      List<String> forms) {
        int length = last - first + 1;
        int[] choice = new int[length];
        String[] chosen = new String[length];
        while (true) {
            for (int i = 0; i < length; i++) {
                chosen[i] = tokenForms.get(first + i).get(choice[i]);
            }
            for (String delimiter : DELIMITERS) {
                BitSet glued = new BitSet();
                do {
                    entry(pos, join(chosen, glued, delimiter), forms);
                } while (increment(glued, length - 1));
            }
            int i = length - 1;
            while (i >= 0 && choice[i] == tokenForms.get(first + i).size() - 1) {
                choice[i--] = 0;
            }
            if (i < 0) {
                return;
            }
            choice[i]++;
        }
    }

    /** Words of letters and apostrophes; everything else (spaces, hyphens, digits) separates them. */
    private static List<String> tokens(String phrase) {
        List<String> tokens = new ArrayList<>(2);
        int start = -1;
        for (int i = 0; i <= phrase.length(); i++) {
            char c = i < phrase.length() ? phrase.charAt(i) : ' ';
            boolean part = (c >= 'a' && c <= 'z') || c == '\'';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                tokens.add(phrase.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /** A set bit i glues token i to token i + 1 without the delimiter. */
    private static String join(String[] tokens, BitSet glued, String delimiter) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (i != 0 && !glued.get(i - 1)) {
                joined.append(delimiter);
            }
            joined.append(tokens[i]);
        }
        return joined.toString();
    }

    /** Counts through every glue pattern, the last gap changing fastest; false after the last one. */
    private static boolean increment(BitSet bits, int size) {
        int i = size - 1;
        while (i >= 0 && bits.get(i)) {
            bits.set(i--, false);
        }
        if (i < 0) {
            return false;
        }
        bits.set(i, true);
        return true;
    }

    private static void add(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }
}
