package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Topics to avoid told without their names. A parent who asks for no spiders means no "small brown
 * creature with eight long legs in a silky web" either, and a model asked to leave a topic out
 * often describes it instead. Each section of {@code described-topics.txt} is one such topic: the
 * words that name it ({@code names=spider,arachnid}) and, one line per aspect (its legs, its web),
 * phrases that describe it; a page holding {@code cues} different aspects describes it. One aspect
 * alone is too common to mean the topic ("a web of roots", "honey on toast"); two on one page
 * rarely mean anything else. With {@code first-cue=needed} the section's first aspect must be among
 * them (heavy rain with the flashes and the booms is a storm, where flashes and booms alone may be
 * fireworks). A find is kept or dropped in context as {@link PhraseScanner} does.
 */
final class DescribedTopics {
    static final String FILE = "described-topics.txt";
    private static final String JOIN = " ... ";

    private final List<RuleSection> sections;
    /** Each section's phrases by first word, so a page costs a few lookups per word, not one match per phrase. */
    private final List<RuleIndex> indexes = new ArrayList<>();
    private final Vocabulary vocabulary;

    private DescribedTopics(List<RuleSection> sections, Vocabulary vocabulary) {
        this.sections = sections;
        this.vocabulary = vocabulary;
        for (RuleSection section : sections) {
            if (section.cuesAcrossStory()) {
                // A topic is described on a page: aspects scattered over a story describe nothing.
                throw new IllegalStateException(FILE + ": cues-on=story is not read here (section "
                        + section.label() + ")");
            }
            indexes.add(new RuleIndex(List.of(section)));
        }
    }

    static DescribedTopics load(Vocabulary vocabulary) {
        return new DescribedTopics(SafetyRules.load(FILE, vocabulary).sections(), vocabulary);
    }

    /**
     * @param text      the analysed draft
     * @param expansion a topic to avoid and the words that name it
     * @return one finding for each page that describes a topic the expansion covers, quoting its cues
     */
    List<Finding> findIn(AnalysedText text, TopicExpansion expansion) {
        List<Finding> findings = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            RuleSection section = sections.get(s);
            if (covers(expansion, section.names())
                    && !section.excusedIn(text)) {
                cuesByPage(text, section, indexes.get(s)).forEach((page, cues) -> {
                    if (section.enoughCues(cues.keySet())) {
                        findings.add(new Finding("topics-to-avoid", true, String.join(JOIN, cues.values()), page + 1,
                                "describes \"" + expansion.topic() + "\" without naming it"));
                    }
                });
            }
        }
        return findings;
    }

    private static boolean covers(TopicExpansion expansion, Set<String> names) {
        for (String name : names) {
            if (expansion.covers(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return for each page (title -1), the section's lines (one aspect each: its legs, its web) found
     *         on it, each quoted where first found
     */
    private Map<Integer, Map<Integer, String>> cuesByPage(AnalysedText text, RuleSection section, RuleIndex index) {
        Map<Integer, Map<Integer, String>> byPage = new TreeMap<>();
        List<Token> tokens = text.tokens();
        List<RuleIndex.Entry> reuse = new ArrayList<>();
        for (int[] sentence : text.sentences()) {
            for (int start = sentence[0]; start < sentence[1]; start++) {
                for (RuleIndex.Entry entry : index.candidates(tokens.get(start),
                        start + 1 < sentence[1] ? tokens.get(start + 1) : null, reuse)) {
                    int end = entry.matchAt(text, start, sentence[1], vocabulary);
                    String quote = end < 0 ? null
                            : PhraseScanner.kept(text, section, entry.rule(), start, end, sentence[0], vocabulary);
                    if (quote != null) {
                        byPage.computeIfAbsent(tokens.get(start).page(), p -> new LinkedHashMap<>())
                                .putIfAbsent(entry.rule().aspect(), quote);
                    }
                }
            }
        }
        return byPage;
    }
}
