package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A topic to avoid and every word that brings it into a story: its own forms, and, through
 * WordNet, its synonyms and every kind of it (avoid "dogs": puppy, hound, collie, sheepdog, guide
 * dog ...), for each sense people commonly mean. A topic WordNet does not know as a whole is
 * expanded word by word when its words are topics of their own ("dogs and cats", "birthday
 * parties", "moving house"); when its first word only says which of the second is meant ("deep
 * water", "loud noises"), it is mentioned where the two meet on one page ("the water was deep"),
 * not by any water or any deep breath.
 *
 * @param topic the topic as the parent wrote it
 * @param words the words and compounds that mention it, lower case
 * @param thing whether the topic is a thing (an animal, an object, a place) rather than something
 *              people do or go through: a thing is mentioned by its nouns, not by a verb that shares
 *              their spelling ("batting" is not about bats, "flying" not about flies)
 * @param phraseStarts the first words of the expansion's phrases of several words ("split" of "split
 *              up"): only a word of the draft that is one of them can start such a mention
 * @param together for a topic such as "deep water", the words of its first word and the words of
 *              its second (and every kind of it): one of each on a page mention it; empty otherwise
 */
record TopicExpansion(String topic, Set<String> words, boolean thing, Set<String> phraseStarts,
                      List<Set<String>> together) {
    private static final Set<String> LEADING = LookupSet.of("the", "a", "an", "any", "some", "my", "our", "being", "getting",
            "going", "to", "of", "about", "scary", "big");
    private static final Set<String> JOINING = LookupSet.of("and", "or", "with", "without", "like", "from", "into", "onto",
            "other", "anything", "things", "stuff", "lots", "very", "too", "not");
    private static final Set<String> FEAR = LookupSet.of("fear", "fears", "afraid", "scared", "frightened", "terrified",
            "phobia");
    /** Words too common to stand for a topic: "say" in "say vegetables are poison" must not make "said" a mention. */
    private static final Set<String> LIGHT = LookupSet.of("be", "is", "are", "was", "were", "have", "has", "had", "do", "does",
            "did", "say", "says", "said", "get", "got", "make", "made", "go", "went", "take", "took", "give", "gave",
            "come", "came", "see", "saw", "know", "put", "let", "tell", "told", "new", "task", "thing", "way", "lot");
    /** Words between "lost" and what was lost: "lost her first tooth". */
    private static final Set<String> OBJECT_LEADING = LookupSet.of("a", "an", "the", "my", "your", "his", "her", "its",
            "our", "their", "one", "two", "another", "some", "this", "that", "all", "both");
    /** What a child loses when it gets lost: "lost her way", "lost sight of Dad", "lost track of time". */
    private static final Set<String> COLOURS = LookupSet.of("blue", "green", "red", "brown", "purple", "grey", "gray",
            "pink", "orange", "yellow", "black", "white", "gold", "silver");
    private static final Set<String> WAY = LookupSet.of("way", "sight", "track", "bearings", "direction", "path", "touch");
    private static final Set<String> ABSTRACT = LookupSet.of("noun.act", "noun.event", "noun.state", "noun.communication",
            "noun.feeling", "noun.process");
    /** Where WordNet files a phrase used as a figure of speech ("deep water", "hot water": trouble). */
    private static final Set<String> FIGURATIVE = LookupSet.of("noun.cognition", "noun.state");
    /**
     * Times of day every bedtime story passes through: a child who is to avoid "the dark" still goes to
     * bed at night, so they are a topic only when the parent names one ("night time").
     */
    private static final Set<String> TIMES_OF_DAY = LookupSet.of("night", "nighttime", "night time", "evening", "morning",
            "day", "daytime", "bedtime");
    private static final int MEMO_LIMIT = 10_000;
    private static final Map<String, TopicExpansion> MEMO = new ConcurrentHashMap<>();

    private static boolean counts(String word) {
        return !LEADING.contains(word) && !JOINING.contains(word) && !LIGHT.contains(word)
                && !LanguageCheck.isGrammarWord(word);
    }

    static TopicExpansion of(String topic, WordNet wordNet) {
        String key = topic.toLowerCase(Locale.ROOT).strip();
        TopicExpansion known = MEMO.get(key);
        if (known != null) {
            return known;
        }
        List<String> words = new ArrayList<>(List.of(key.replace('-', ' ').split("[^\\p{L}\\p{N}' ]+|\\s+")));
        words.removeIf(String::isBlank);
        while (words.size() > 1 && LEADING.contains(words.get(0))) {
            words.remove(0);
        }
        // "fear of the dark" is the dark: the fear is the child's, the topic is what it is of.
        if (words.size() > 2 && FEAR.contains(words.get(0)) && words.get(1).equals("of")) {
            words.subList(0, 2).clear();
            while (words.size() > 1 && LEADING.contains(words.get(0))) {
                words.remove(0);
            }
        }
        // "night time" is WordNet's "nighttime": a compound written as two words is still one thing.
        // The draft may still write it as two ("eye drops" for WordNet's "eyedrop"), so both are kept.
        Set<String> related = new LinkedHashSet<>();
        if (words.size() == 2 && wordNet.commonNounSenses(String.join(" ", words)).isEmpty()
                && !wordNet.commonNounSenses(words.get(0) + words.get(1)).isEmpty()) {
            related.add(String.join(" ", words));
            for (String last : inOrder(wordNet.baseForms(words.get(1)))) {
                related.add(words.get(0) + " " + last);
            }
            words = new ArrayList<>(List.of(words.get(0) + words.get(1)));
        }
        String phrase = String.join(" ", words);
        related.add(phrase);
        List<Long> senses = new ArrayList<>(wordNet.commonNounSenses(phrase));
        // In a topic of several words, "mum" in "being separated from mum" says whose absence is meant,
        // and is no topic of its own (it is one when the topic is "mums").
        boolean several = words.size() > 1;
        // What a topic is away from ("nights away from home") is where the child belongs, not the topic.
        int from = words.indexOf("from");
        List<String> leading = from > 0 ? words.subList(0, from) : words;
        List<String> content = leading.stream()
                .filter(w -> w.length() >= 3 && counts(w) && !(several && LanguageCheck.isFunctionWord(w))).toList();
        // A compound WordNet knows ("stage fright") is itself and its last word, the thing it is.
        boolean knownCompound = several && !senses.isEmpty();
        List<Set<String>> together = List.of();
        if (describedThing(words, content, phrase, wordNet) || kindOfThing(words, content, phrase, wordNet)) {
            // "deep water": a glass of water is not deep water, nor is a deep breath; "power cuts": the
            // power, cut, not every word filed under power ("held": a hold) nor every cut.
            related.addAll(inOrder(wordNet.baseForms(phrase)).stream().filter(f -> f.contains(" ")).toList());
            senses.clear();
            together = List.of(Collections.unmodifiableSet(new LinkedHashSet<>(inOrder(wordNet.baseForms(content.get(0))))),
                    Collections.unmodifiableSet(kindsOf(content.get(1), wordNet)));
        } else if (eventOfThing(words, content, phrase, wordNet)) {
            // "boats sinking": a ferry ride is no sinking boat, nor is a sinking feeling.
            related.addAll(inOrder(wordNet.baseForms(phrase)).stream().filter(f -> f.contains(" ")).toList());
            senses.clear();
            Set<String> happening = new LinkedHashSet<>();
            for (String base : inOrder(wordNet.verbBaseForms(content.get(1)))) {
                happening.add(base);
                happening.addAll(wordNet.verbSynonyms(base));
            }
            happening.removeIf(TopicExpansion::tooSlight);
            together = List.of(Collections.unmodifiableSet(kindsOf(content.get(0), wordNet)),
                    Collections.unmodifiableSet(happening));
        } else if (knownCompound) {
            // A stage is no stage fright; a fright is.
            related.addAll(inOrder(wordNet.baseForms(phrase)).stream().filter(f -> f.contains(" ")).toList());
            related.addAll(inOrder(wordNet.baseForms(words.get(words.size() - 1))));
        } else {
            related.addAll(inOrder(wordNet.baseForms(phrase)).stream()
                    .filter(f -> !several || !LanguageCheck.isFunctionWord(f)).toList());
        }
        if (together.isEmpty() && senses.isEmpty() && words.size() > 1) {
            // "dogs and cats", "birthday parties": each word that names a thing is a topic of its own.
            for (String word : content) {
                related.addAll(inOrder(wordNet.baseForms(word)));
                senses.addAll(wordNet.commonNounSenses(word));
            }
        }
        if (!senses.isEmpty()) {
            related.addAll(wordNet.wordsOf(wordNet.below(senses)));
        }
        if (words.size() == 1) {
            related.addAll(halves(phrase, wordNet));
        }
        // A topic that is something people do or go through ("divorce", "moving house") is also
        // mentioned by its verb: "since Mum and Dad split up". Only its words that are no thing: in
        // "moving house" the house is not "put up", in "dogs and cats" a dog does not "chase".
        String kind = wordNet.nounKind(phrase);
        if (together.isEmpty() && (kind == null || ABSTRACT.contains(kind))) {
            // A known compound is done or gone through by its last word: the fright, not a stage "staged".
            List<String> doers = knownCompound ? words.subList(words.size() - 1, words.size()) : words;
            for (String word : doers) {
                String wordKind = wordNet.nounKind(word);
                if (counts(word) && (wordKind == null || ABSTRACT.contains(wordKind))) {
                    for (String base : inOrder(wordNet.baseForms(word))) {
                        related.addAll(wordNet.verbSynonyms(base));
                    }
                }
            }
        }
        related.removeIf(TopicExpansion::tooSlight);
        if (from > 0) {
            for (String place : words.subList(from + 1, words.size())) {
                if (!leading.contains(place)) {
                    related.remove(place);
                    related.removeAll(wordNet.baseForms(place));
                }
            }
        }
        // WordNet files the night under "dark": a topic reaches a time of day only when it names one.
        if (Collections.disjoint(TIMES_OF_DAY, wordNet.baseForms(phrase))) {
            related.removeAll(TIMES_OF_DAY);
        }
        Set<String> phraseStarts = new HashSet<>();
        for (String word : related) {
            int space = word.indexOf(' ');
            if (space > 0) {
                phraseStarts.add(word.substring(0, space));
            }
        }
        TopicExpansion expansion = new TopicExpansion(topic, Collections.unmodifiableSet(related),
                kind != null && !ABSTRACT.contains(kind), LookupSet.copyOf(phraseStarts), together);
        if (MEMO.size() < MEMO_LIMIT) {
            MEMO.put(key, expansion);
        }
        return expansion;
    }

    /**
     * Whether a topic is a thing with a quality ("deep water", "loud noises", "dark places"): two
     * words, the first mostly an adjective, and WordNet knows the pair not at all or only in a figure
     * of speech ("in deep water" is in trouble). A topic led by a verb ("moving house", "visiting
     * doctors") is not: either word alone can mean it ("they were moving to a new town").
     */
    private static boolean describedThing(List<String> words, List<String> content, String phrase, WordNet wordNet) {
        if (content.size() != 2 || words.stream().anyMatch(JOINING::contains)) {
            return false;
        }
        PartOfSpeech first = wordNet.usualPartOfSpeech(content.get(0));
        String kind = wordNet.nounKind(phrase);
        return first == PartOfSpeech.ADJECTIVE && (kind == null || FIGURATIVE.contains(kind));
    }

    /**
     * Whether a topic is a kind of thing named by two nouns WordNet does not know as a pair ("power cuts",
     * "fire alarms", "car crashes"): the first says which, the second what. Each word alone is too wide
     * ("the power" of a wizard, a cut finger); the two on one page are the topic.
     */
    private static boolean kindOfThing(List<String> words, List<String> content, String phrase, WordNet wordNet) {
        if (content.size() != 2 || words.size() != 2 || words.stream().anyMatch(JOINING::contains)
                || !wordNet.commonNounSenses(phrase).isEmpty()) {
            return false;
        }
        // The second may be a verb as often as a noun ("cuts", "crashes"): as a topic's last word it is a thing.
        return wordNet.usualPartOfSpeech(content.get(0)) == PartOfSpeech.NOUN
                && !wordNet.commonNounSenses(content.get(1)).isEmpty();
    }

    /** @return whether a word is too slight to mention a topic: a letter, a light verb, a grammar word */
    private static boolean tooSlight(String word) {
        return word.length() < 2 || LIGHT.contains(word) || LanguageCheck.isGrammarWord(word);
    }

    /**
     * Whether a topic is a thing and what happens to it or what it does ("boats sinking", "dogs barking",
     * "parents arguing"): a noun, then a verb's -ing form, which WordNet does not know as a pair. Either
     * word alone is not the topic; the two on one page are.
     */
    private static boolean eventOfThing(List<String> words, List<String> content, String phrase, WordNet wordNet) {
        if (content.size() != 2 || words.size() != 2 || words.stream().anyMatch(JOINING::contains)
                || !content.get(1).endsWith("ing") || !wordNet.commonNounSenses(phrase).isEmpty()) {
            return false;
        }
        return wordNet.usualPartOfSpeech(content.get(0)) == PartOfSpeech.NOUN
                && !wordNet.verbBaseForms(content.get(1)).isEmpty();
    }

    /**
     * @return a noun's forms and the words of every kind of it that people mostly mean by that word:
     *         "sea" and "lake" are kinds of water, but "the drink" (the sea) and "the deep" are not
     *         what those words usually say, and would find "deep" in "a deep breath"
     */
    private static Set<String> kindsOf(String noun, WordNet wordNet) {
        Set<String> out = new LinkedHashSet<>(inOrder(wordNet.baseForms(noun)));
        Set<Long> kinds = wordNet.below(wordNet.commonNounSenses(noun));
        for (String word : wordNet.wordsOf(kinds)) {
            if (wordNet.commonNounSenses(word).stream().anyMatch(kinds::contains)) {
                out.add(word);
            }
        }
        out.removeIf(TopicExpansion::tooSlight);
        return out;
    }

    /** @return whether a word names the topic or, for a topic such as "deep water", one of its parts */
    boolean covers(String word) {
        if (words.contains(word)) {
            return true;
        }
        for (Set<String> part : together) {
            if (part.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Base forms in a fixed order: the set's own order changes from one JVM to the next, and the
     * report lists the words a topic covers in the order they were found.
     */
    private static List<String> inOrder(Set<String> forms) {
        return forms.stream().sorted().toList();
    }

    /** Halves that name only a kind ("nighttime": time), never a topic of their own. */
    private static final Set<String> GENERIC_HALVES = LookupSet.of("time", "times", "thing", "things", "place", "way");

    /**
     * A closed compound whose halves are the same broad kind of thing names them both: a
     * "thunderstorm" is thunder and a storm (things that happen). A "firework" (an object) is
     * neither fire nor work, and keeps its halves out.
     */
    private static List<String> halves(String word, WordNet wordNet) {
        String kind = broadKind(wordNet.nounKind(word));
        List<String> out = new ArrayList<>();
        if (kind == null) {
            return out;
        }
        String base = inOrder(wordNet.baseForms(word)).stream().filter(f -> !f.equals(word)).findFirst().orElse(word);
        for (int cut = 4; cut <= base.length() - 4; cut++) {
            String first = base.substring(0, cut);
            String second = base.substring(cut);
            // "nighttime" is night, not every "time" ("once upon a time"): a half that names only the kind is no topic.
            if (kind.equals(broadKind(wordNet.nounKind(first))) && kind.equals(broadKind(wordNet.nounKind(second)))
                    && !GENERIC_HALVES.contains(first) && !GENERIC_HALVES.contains(second)) {
                out.add(first);
                out.add(second);
            }
        }
        return out;
    }

    /** WordNet files thunder under events and a thunderstorm under phenomena; both are things that happen. */
    private static String broadKind(String lexFile) {
        if (lexFile == null) {
            return null;
        }
        return switch (lexFile) {
            case "noun.phenomenon", "noun.event", "noun.process", "noun.state", "noun.time" -> "happening";
            case "noun.object", "noun.location" -> "place";
            default -> lexFile;
        };
    }

    /**
     * @param text the analysed draft
     * @return where the draft mentions the topic; a word is not a mention when it is the last word
     *         of a compound noun that is something else ("hot dog" for dogs), but is one when it
     *         describes another noun ("dog food")
     */
    List<Finding> findIn(AnalysedText text, WordNet wordNet) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.hero()) {
                continue;
            }
            int[] compound = text.compoundAt(i);
            if (compound != null && compound[0] == i && mentions(text.phraseForms(compound[0], compound[1]))) {
                findings.add(finding(text, compound[0], compound[1]));
                i = compound[1] - 1;
                continue;
            }
            int phraseEnd = multiWordMention(text, i);
            if (phraseEnd > 0) {
                findings.add(finding(text, i, phraseEnd));
                i = phraseEnd - 1;
                continue;
            }
            if (!mentions(token, wordNet)) {
                continue;
            }
            if (compound != null && compound[1] - 1 == i && !mentions(text.phraseForms(compound[0], compound[1]))) {
                continue;
            }
            if (losesAnotherThing(tokens, i, wordNet) || describesAFoodABodyOrAColour(tokens, i, wordNet)) {
                continue;
            }
            findings.add(finding(text, i, i + 1));
        }
        if (!together.isEmpty()) {
            findings.addAll(meetings(text));
            findings.sort(Comparator.comparingInt(Finding::page));
        }
        return findings;
    }

    /**
     * @return a finding for each page on which a word of each part of the topic meets ("the water was
     *         deep"; "it flew past" and "a bee"): a page, not a sentence, because a story tells the two
     *         in neighbouring sentences as often as in one
     */
    private List<Finding> meetings(AnalysedText text) {
        List<Finding> findings = new ArrayList<>();
        Map<Integer, int[]> firstByPage = new TreeMap<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int[] first = firstByPage.computeIfAbsent(token.page(), p -> new int[] {-1, -1});
            for (int part = 0; part < first.length; part++) {
                if (first[part] < 0 && !token.hero() && token.isAnyOf(together.get(part))) {
                    first[part] = i;
                }
            }
        }
        firstByPage.forEach((page, first) -> {
            if (first[0] >= 0 && first[1] >= 0) {
                int from = Math.min(first[0], first[1]);
                int to = Math.max(first[0], first[1]);
                String quote = to - from < 4 ? text.quote(from, to + 1)
                        : text.quote(from, from + 1) + " ... " + text.quote(to, to + 1);
                findings.add(finding(quote, page));
            }
        });
        return findings;
    }

    /**
     * "Lost a wobbly tooth", "lost the game": a form of "lose" whose object is a thing the topic does
     * not name tells of the thing lost, not of a child getting lost. A person ("lost Mum", the hero),
     * the way, sight or track of someone, or a thing of the topic ("losing toys": "lost her teddy")
     * keeps it a mention, as does "lost" with no object ("got lost in the woods").
     */
    private boolean losesAnotherThing(List<Token> tokens, int i, WordNet wordNet) {
        Token verb = tokens.get(i);
        if (!verb.is("lose")) {
            return false;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + 4 && tokens.get(j).sentence() == verb.sentence(); j++) {
            Token next = tokens.get(j);
            if (next.hero() || next.isAnyOf(words)) {
                return false;
            }
            if (OBJECT_LEADING.contains(next.lower()) || next.possessive()) {
                continue;
            }
            PartOfSpeech usual = wordNet.usualPartOfSpeech(next.lower());
            if (usual == PartOfSpeech.ADJECTIVE) {
                continue;
            }
            if (usual != PartOfSpeech.NOUN || next.isAnyOf(WAY)) {
                return false;
            }
            Set<String> kinds = wordNet.commonNounKinds(next.lower());
            return !kinds.contains("noun.person") && !kinds.contains("noun.group");
        }
        return false;
    }

    /**
     * "Dark chocolate", "dark hair", "dark blue": a word mostly used as an adjective, describing a food, a part of
     * the body or a colour, is not the topic its noun names ("the dark").
     */
    private static boolean describesAFoodABodyOrAColour(List<Token> tokens, int i, WordNet wordNet) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence()
                || wordNet.usualPartOfSpeech(tokens.get(i).lower()) != PartOfSpeech.ADJECTIVE) {
            return false;
        }
        // "Sweet" as a noun is a food itself: "sweet cake" stays a mention of "sweet things".
        if ("noun.food".equals(wordNet.nounKind(tokens.get(i).lower()))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.isAnyOf(COLOURS)) {
            return true;
        }
        if (wordNet.usualPartOfSpeech(next.lower()) != PartOfSpeech.NOUN) {
            return false;
        }
        for (String base : wordNet.nounBaseForms(next.lower())) {
            String kind = wordNet.nounKind(base);
            if ("noun.food".equals(kind) || "noun.body".equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /** @return one past the end of a two- or three-word expansion ("split up") starting at {@code i}, or -1 */
    private int multiWordMention(AnalysedText text, int i) {
        List<Token> tokens = text.tokens();
        if (!tokens.get(i).isAnyOf(phraseStarts)) {
            return -1;
        }
        for (int length = 3; length >= 2; length--) {
            int end = i + length;
            if (end <= tokens.size() && tokens.get(end - 1).sentence() == tokens.get(i).sentence()) {
                for (String first : tokens.get(i).lemmas()) {
                    String rest = text.phrase(i + 1, end);
                    if (words.contains(first + " " + rest)) {
                        return end;
                    }
                }
            }
        }
        return -1;
    }

    private Finding finding(AnalysedText text, int from, int to) {
        return finding(text.quote(from, to), text.tokens().get(from).page());
    }

    private Finding finding(String quote, int page) {
        return new Finding("topics-to-avoid", true, quote, page + 1, "mentions \"" + topic + "\"");
    }

    private boolean mentions(Token token, WordNet wordNet) {
        for (String lemma : token.lemmas()) {
            if (words.contains(lemma) && (!thing || lemma.equals(token.lower())
                    || wordNet.nounBaseForms(token.lower()).contains(lemma))) {
                return true;
            }
        }
        return false;
    }

    private boolean mentions(Set<String> lowerPhrases) {
        for (String phrase : lowerPhrases) {
            if (words.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** @return the expansion for a report: a few examples and how many words in all */
    String summary() {
        List<String> examples = new ArrayList<>();
        for (String word : words) {
            if (examples.size() == 8) {
                break;
            }
            examples.add(word);
        }
        String covers = "\"" + topic + "\" covers " + String.join(", ", examples) + (words.size() > examples.size()
                ? " and " + (words.size() - examples.size()) + " more related words" : "");
        if (together.isEmpty()) {
            return covers;
        }
        return covers + ", and " + String.join("/", together.get(0)) + " with " + firstFew(together.get(1))
                + " on one page";
    }

    private static String firstFew(Set<String> words) {
        List<String> few = words.stream().limit(4).toList();
        return String.join("/", few) + (words.size() > few.size() ? " (or " + (words.size() - few.size())
                + " more kinds)" : "");
    }
}
