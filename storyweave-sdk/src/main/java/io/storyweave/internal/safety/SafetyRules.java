package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule file: sections headed {@code [check severity option=value ...]}, each followed by one
 * phrase per line; alternatives of several words go in parentheses: {@code come (alone|on your own)}.
 * Options (see {@link RuleSection}): {@code label=words_with_underscores},
 * {@code invited-by=a,b}, {@code from-age=9}, {@code disarmed-by=a,b}, {@code defused-by=a,b},
 * {@code excused-by=a,b}, {@code excused-in-story=a,b}, {@code undone-by=a,b}, {@code needs=a,b}, {@code needs-in-story=a,b},
 * {@code negatable=false}, {@code cues=2} (a section of aspects: two of its lines must meet on one page,
 * or anywhere in the draft with {@code cues-on=story}; with {@code first-cue=needed} the first aspect must be one of
 * them; a line written {@code + phrase} tells the same aspect as the
 * line above it),
 * and for topics described without their names {@code names=a,b}.
 * <p>A line {@code @name=a,b} names a list that any later option may use as an item ({@code undone-by=@apologies,x}),
 * so that sections sharing a long list (the bullying sections' apologies, the death sections' invitations) say it once
 * and cannot drift apart.
 */
final class SafetyRules {
    /**
     * A comma, full stop, colon or semicolon that ends a rule word, but not the gap "..." (and not "?",
     * which makes a word optional). The definition {@link #removePunctuation} follows by hand, held to it
     * by a test over every rule line.
     */
    static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile(
            "(?<![.])[,;:]+(?=[\\s|)]|$)|(?<![.])\\.(?![.])(?=[\\s|)]|$)");
    private final List<RuleSection> sections;
    private final RuleIndex index;
    private final Map<String, int[]> sectionsExcusedBy;
    private final Map<String, int[]> sectionsNeeding;

    private SafetyRules(List<RuleSection> sections, Vocabulary vocabulary) {
        this.sections = List.copyOf(sections);
        this.index = new RuleIndex(this.sections);
        this.sectionsExcusedBy = byWord(this.sections, RuleSection::excusedBy);
        this.sectionsNeeding = byWord(this.sections, RuleSection::needs);
    }

    /**
     * Sentence-wide conditions by word, so that a sentence's words are looked up once for every section,
     * not every section's words against each sentence.
     */
    private static Map<String, int[]> byWord(List<RuleSection> sections,
                                                       Function<RuleSection, Set<String>> words) {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            for (String word : words.apply(sections.get(s))) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        byWord.forEach((word, ids) -> out.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** @param lemma a base form @return the sections whose finds a sentence holding it excuses, or {@code null} */
    int[] sectionsExcusedBy(String lemma) {
        return sectionsExcusedBy.get(lemma);
    }

    /** @param lemma a base form @return the sections that need a sentence holding one of their words and list it, or {@code null} */
    int[] sectionsNeeding(String lemma) {
        return sectionsNeeding.get(lemma);
    }

    /** @param sections a rule file's sections, parsed or compiled @return its rules, indexed */
    static SafetyRules of(List<RuleSection> sections, Vocabulary vocabulary) {
        return new SafetyRules(sections, vocabulary);
    }

    /** Every rule file read by {@link #load}: the ones the build compiles ({@link CompiledRules}). */
    static final List<String> FILES = List.of("unsafe-content.txt", "personal-data.txt", "instruction-obeyed.txt",
            "figurative.txt", "calm.txt", "coping.txt", DescribedTopics.FILE);

    /**
     * @param file       a rule file beside this class
     * @param vocabulary word classes
     * @return its rules: from the form compiled by the build when that was compiled from this text, else parsed
     */
    static SafetyRules load(String file, Vocabulary vocabulary) {
        byte[] text = RuleText.bytes(file);
        List<RuleSection> compiled = CompiledRules.readIfCurrent(file, text, vocabulary);
        return compiled != null ? new SafetyRules(compiled, vocabulary) : parse(RuleText.lines(file, text), vocabulary);
    }

    /** @param lines a rule file's lines, without blanks and comments */
    static SafetyRules parse(List<RuleText.Line> lines, Vocabulary vocabulary) {
        List<RuleSection> sections = new ArrayList<>();
        Header header = null;
        List<PhraseRule> rules = new ArrayList<>();
        PhraseRule.Parser parser = new PhraseRule.Parser(vocabulary);
        // Many sections repeat one long option (the bullying sections' apologies): each list is read once.
        Map<String, Set<String>> optionWords = new HashMap<>();
        Map<String, String> namedLists = new HashMap<>();
        for (RuleText.Line line : lines) {
            if (line.text().startsWith("@")) {
                defineList(line, namedLists);
            } else if (line.text().startsWith("[")) {
                if (header != null) {
                    sections.add(header.section(rules));
                }
                header = Header.parse(line, optionWords, namedLists);
                rules = new ArrayList<>();
            } else if (header == null) {
                throw line.error("a phrase before the first [section]");
            } else {
                boolean continuesAspect = line.text().startsWith("+ ");
                if (continuesAspect && rules.isEmpty()) {
                    throw line.error("a + line continues the aspect of the line above; there is none in this section");
                }
                RuleText.Line phrases = continuesAspect
                        ? new RuleText.Line(line.file(), line.number(), line.text().substring(2).strip()) : line;
                int aspect = continuesAspect ? rules.get(rules.size() - 1).aspect() : line.number();
                rules.addAll(parser.parseLine(splitHyphens(withoutPunctuation(phrases)), aspect));
            }
        }
        if (header != null) {
            sections.add(header.section(rules));
        }
        return new SafetyRules(sections, vocabulary);
    }

    private static void defineList(RuleText.Line line, Map<String, String> namedLists) {
        int equals = line.text().indexOf('=');
        String name = equals < 0 ? "" : line.text().substring(1, equals).strip();
        if (name.isEmpty() || RuleText.words(name).length != 1) {
            throw line.error("a named list must look like @name=a,b");
        }
        String items = expandLists(line.text().substring(equals + 1).strip(), namedLists, line);
        if (items.isBlank()) {
            throw line.error("the list @" + name + " is empty");
        }
        if (namedLists.putIfAbsent(name, items) != null) {
            throw line.error("the list @" + name + " is already defined");
        }
    }

    /**
     * @return an option's value with each {@code @name} item replaced by the items of the list of that name, and each
     *         {@code @name} part of an "a+b" item by the list's words as that part's alternatives
     *         ("@grandmothers+missed_her" is "grandma|gran|nana+missed_her")
     */
    static String expandLists(String value, Map<String, String> namedLists, RuleText.Line line) {
        if (value.indexOf('@') < 0) {
            return value;
        }
        List<String> out = new ArrayList<>();
        for (String item : value.split(",")) {
            if (item.indexOf('+') > 0) {
                List<String> parts = new ArrayList<>();
                for (String part : item.split("\\+")) {
                    parts.add(part.startsWith("@") ? alternatives(listItems(part, namedLists, line), part, line) : part);
                }
                out.add(String.join("+", parts));
            } else {
                out.add(item.startsWith("@") ? listItems(item, namedLists, line) : item);
            }
        }
        return String.join(",", out);
    }

    private static String listItems(String reference, Map<String, String> namedLists, RuleText.Line line) {
        String items = namedLists.get(reference.substring(1));
        if (items == null) {
            throw line.error("no list named " + reference + " is defined above this line");
        }
        return items;
    }

    /** @return a list's items as the alternatives of one part of an "a+b" item, which only single entries can be */
    private static String alternatives(String items, String reference, RuleText.Line line) {
        if (items.indexOf('+') >= 0) {
            throw line.error("the list " + reference + " holds an a+b entry and cannot be one part of another");
        }
        return items.replace(',', '|');
    }

    /**
     * A draft is read as its words, without punctuation, so a rule phrase written as the text reads
     * ("long, heavy thing", "Go on, try it") is the same words in a row.
     */
    static RuleText.Line withoutPunctuation(RuleText.Line line) {
        if (!mayHavePunctuation(line.text())) {
            return line;
        }
        String text = removePunctuation(line.text());
        return text.equals(line.text()) ? line : new RuleText.Line(line.file(), line.number(), text);
    }

    /**
     * What {@link #PUNCTUATION} matches, removed by hand: a fresh JVM runs this loop faster than the
     * expression's look-arounds on every line that has a comma.
     */
    static String removePunctuation(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean afterDot = i > 0 && text.charAt(i - 1) == '.';
            if ((c == ',' || c == ';' || c == ':') && !afterDot) {
                int j = i;
                while (j < n && (text.charAt(j) == ',' || text.charAt(j) == ';' || text.charAt(j) == ':')) {
                    j++;
                }
                if (j == n || endsAWord(text.charAt(j))) {
                    i = j;
                    continue;
                }
            } else if (c == '.' && !afterDot && (i + 1 == n || text.charAt(i + 1) != '.' && endsAWord(text.charAt(i + 1)))) {
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** @return whether the character may follow a word's last letter in a rule line: white space, {@code |} or {@code )} */
    private static boolean endsAWord(char c) {
        return RuleText.isSpace(c) || c == '|' || c == ')';
    }

    /** @return false when the text surely has no punctuation to remove, found without the regular expression */
    private static boolean mayHavePunctuation(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf(':') >= 0) {
            return true;
        }
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            boolean inGap = dot > 0 && text.charAt(dot - 1) == '.' || dot + 1 < text.length() && text.charAt(dot + 1) == '.';
            if (!inGap) {
                return true;
            }
        }
        return false;
    }

    /**
     * A draft is cut into words at hyphens ("see-through" is "see" then "through"), so a hyphenated
     * word in a rule stands for those words in a row: {@code razor-sharp} becomes {@code razor sharp},
     * and alternatives that hold one become a group, {@code flick-knife|dagger} becomes
     * {@code (flick knife|dagger)}. An exact word stays exact in each part ({@code =blood-orange}:
     * {@code =blood =orange}); classes ({@code {blade-weapon}}) and optional words are left alone.
     */
    static RuleText.Line splitHyphens(RuleText.Line line) {
        String text = line.text();
        if (!hasHyphenatedWord(text)) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('(', at);
            int end = open < 0 ? text.length() : open;
            for (String part : text.substring(at, end).split(" ", -1)) {
                out.append(wordOutsideGroups(part)).append(' ');
            }
            out.setLength(out.length() - 1);
            if (open < 0) {
                break;
            }
            int close = text.indexOf(')', open);
            if (close < 0) {
                throw line.error("a ( without its )");
            }
            out.append('(').append(alternatives(text.substring(open + 1, close))).append(')');
            at = close + 1;
        }
        return new RuleText.Line(line.file(), line.number(), out.toString());
    }

    /**
     * @return whether the text holds a hyphen inside a word, as in "see-through" (not "..." or a lone
     *         dash); found with indexOf, which a fresh JVM runs faster than a regular expression
     */
    static boolean hasHyphenatedWord(String text) {
        for (int dash = text.indexOf('-', 1); dash > 0 && dash < text.length() - 1; dash = text.indexOf('-', dash + 1)) {
            if (Character.isLetterOrDigit(text.charAt(dash - 1)) && Character.isLetterOrDigit(text.charAt(dash + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A word or {@code a|b} alternatives outside a group: alternatives that gain a word become a group. */
    private static String wordOutsideGroups(String part) {
        if (part.endsWith("?") || !hasHyphenatedWord(part)) {
            return part;
        }
        String split = alternatives(part);
        return part.contains("|") ? "(" + split + ")" : split;
    }

    /** Each {@code |} alternative with its hyphenated words split, exactness kept on every part. */
    private static String alternatives(String text) {
        List<String> out = new ArrayList<>();
        for (String alternative : text.split("\\|", -1)) {
            List<String> words = new ArrayList<>();
            for (String word : alternative.split(" ", -1)) {
                if (word.startsWith("{") || !hasHyphenatedWord(word)) {
                    words.add(word);
                } else if (word.startsWith("=")) {
                    words.add(word.replace("-", " ="));
                } else {
                    words.add(word.replace('-', ' '));
                }
            }
            out.add(String.join(" ", words));
        }
        return String.join("|", out);
    }

    List<RuleSection> sections() {
        return sections;
    }

    RuleIndex index() {
        return index;
    }

    private record Header(String check, String label, RuleSection.Severity severity, Set<String> invitedBy, int fromAge,
                          Set<String> disarmedBy, Set<String> defusedBy, Set<String> excusedBy,
                          RuleSection.StoryExcuses excusedInStory, List<String[]> undoneBy, Set<String> needs, Set<String> needsInStory,
                          boolean negatable,
                          Set<String> names, int cues, boolean cuesAcrossStory,
                          boolean firstCueNeeded) {
        static Header parse(RuleText.Line line, Map<String, Set<String>> optionWords, Map<String, String> namedLists) {
            if (!line.text().endsWith("]")) {
                throw line.error("a section header must end with ]");
            }
            String[] parts = RuleText.words(line.text().substring(1, line.text().length() - 1).strip());
            if (parts.length < 2) {
                throw line.error("expected [check severity ...]");
            }
            RuleSection.Severity severity;
            try {
                severity = RuleSection.Severity.valueOf(parts[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("severity must be high or medium");
            }
            String label = parts[0];
            Set<String> invitedBy = Set.of();
            Set<String> disarmedBy = Set.of();
            Set<String> defusedBy = Set.of();
            Set<String> excusedBy = Set.of();
            RuleSection.StoryExcuses excusedInStory = RuleSection.StoryExcuses.NONE;
            List<String[]> undoneBy = List.of();
            Set<String> needs = Set.of();
            Set<String> needsInStory = Set.of();
            Set<String> names = Set.of();
            int fromAge = 0;
            int cues = 1;
            boolean cuesAcrossStory = false;
            boolean firstCueNeeded = false;
            boolean negatable = true;
            for (int i = 2; i < parts.length; i++) {
                String[] option = parts[i].split("=", 2);
                if (option.length != 2) {
                    throw line.error("an option must look like name=value");
                }
                option[1] = expandLists(option[1], namedLists, line);
                switch (option[0]) {
                    case "label" -> label = option[1].replace('_', ' ');
                    case "invited-by" -> invitedBy = words(option[1], optionWords);
                    case "disarmed-by" -> disarmedBy = words(option[1], optionWords);
                    case "defused-by" -> defusedBy = words(option[1], optionWords);
                    case "excused-by" -> excusedBy = words(option[1], optionWords);
                    case "excused-in-story" -> excusedInStory = RuleSection.StoryExcuses.of(words(option[1]));
                    case "undone-by" -> undoneBy = words(option[1], optionWords).stream().map(entry -> entry.split(" ")).toList();
                    case "needs" -> needs = words(option[1], optionWords);
                    case "needs-in-story" -> needsInStory = words(option[1], optionWords);
                    case "from-age" -> fromAge = Integer.parseInt(option[1]);
                    case "negatable" -> negatable = Boolean.parseBoolean(option[1]);
                    case "names" -> names = words(option[1], optionWords);
                    case "cues" -> cues = Integer.parseInt(option[1]);
                    case "cues-on" -> cuesAcrossStory = switch (option[1]) {
                        case "page" -> false;
                        case "story" -> true;
                        default -> throw line.error("cues-on must be page or story");
                    };
                    case "first-cue" -> firstCueNeeded = switch (option[1]) {
                        case "needed" -> true;
                        case "any" -> false;
                        default -> throw line.error("first-cue must be needed or any");
                    };
                    default -> throw line.error("unknown option " + option[0]);
                }
            }
            return new Header(parts[0], label, severity, invitedBy, fromAge, disarmedBy, defusedBy, excusedBy,
                    excusedInStory, undoneBy, needs, needsInStory, negatable, names, cues, cuesAcrossStory, firstCueNeeded);
        }

        private static Set<String> words(String list, Map<String, Set<String>> optionWords) {
            return optionWords.computeIfAbsent(list, Header::words);
        }

        private static Set<String> words(String list) {
            Set<String> out = new HashSet<>();
            for (String word : list.split(",")) {
                if (!word.isBlank()) {
                    out.add(word.strip().replace('_', ' ').toLowerCase(Locale.ROOT));
                }
            }
            return LookupSet.copyOf(out);
        }

        RuleSection section(List<PhraseRule> rules) {
            return new RuleSection(check, label, severity, invitedBy, fromAge, disarmedBy, defusedBy, excusedBy,
                    excusedInStory, undoneBy, needs, needsInStory, negatable, names, cues, cuesAcrossStory,
                    firstCueNeeded, List.copyOf(rules));
        }
    }
}
