package io.storyweave.internal.safety;

import io.storyweave.AnxietyStyle;
import io.storyweave.QualityCheck;
import io.storyweave.internal.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * StoryWeave's local child-safety layer: free, instant, deterministic and offline. It reads one
 * {@link AnalysedText} of a draft and reports one {@link QualityCheck} per category, passed or
 * not, with what it found: unsafe content by category, personal data and links, an obeyed
 * instruction from the parent's data, the wrong language, the child's real name, and, where the
 * request calls for them, literal language, calm (no peril) and topics to avoid.
 *
 * <p>The rules are data beside this class ({@code unsafe-content.txt}, {@code personal-data.txt},
 * {@code instruction-obeyed.txt}, {@code figurative.txt}, {@code calm.txt}, {@code word-classes.txt},
 * {@code token-classes.txt}); WordNet supplies base forms, compounds and kinds of thing.
 */
public final class SafetyChecks {
    /** Every unsafe-content check, in report order, with what a parent would call it. */
    static final Map<String, String> UNSAFE = unsafeNames();
    private static final Logger LOG = LoggerFactory.getLogger(SafetyChecks.class);
    private static final int QUOTES_SHOWN = 4;
    private static final AtomicBoolean PRELOAD_STARTED = new AtomicBoolean();

    private final WordNet wordNet;
    private final Vocabulary vocabulary;
    private final SafetyRules unsafe;
    private final SafetyRules personal;
    private final SafetyRules instructions;
    private final SafetyRules figurative;
    private final SafetyRules calm;
    private final SafetyRules coping;
    private final DescribedTopics described;

    private SafetyChecks(WordNet wordNet) {
        this.wordNet = wordNet;
        this.vocabulary = Vocabulary.load(wordNet);
        this.unsafe = SafetyRules.load("unsafe-content.txt", vocabulary);
        this.personal = SafetyRules.load("personal-data.txt", vocabulary);
        this.instructions = SafetyRules.load("instruction-obeyed.txt", vocabulary);
        this.figurative = SafetyRules.load("figurative.txt", vocabulary);
        this.calm = SafetyRules.load("calm.txt", vocabulary);
        this.coping = SafetyRules.load("coping.txt", vocabulary);
        this.described = DescribedTopics.load(vocabulary);
    }

    private static final class Holder {
        static final SafetyChecks INSTANCE = new SafetyChecks(WordNet.get());
    }

    /**
     * Starts loading what every check reads (WordNet and the rules) on a daemon thread, once, so that it happens
     * beside the first model call instead of after it. The language model is left out: it is read only for a
     * draft that is not clearly English (see {@link LanguageCheck}), and loading it here (some 140 ms of CPU)
     * would compete with the first model call on a small machine for nothing in the common case.
     */
    public static void preload() {
        if (!PRELOAD_STARTED.compareAndSet(false, true)) {
            return;
        }
        DaemonThreads.start(() -> {
            try {
                get();
            } catch (RuntimeException | Error e) {
                // The first check fails too; this is where the cause is seen (Java 17 does not pass it on).
                LOG.warn("The safety checks could not be loaded: {}", e.toString(), e);
            }
        }, "storyweave-safety-load");
    }

    /** @return the shared checks, loading WordNet and the rules on first use */
    public static SafetyChecks get() {
        return Holder.INSTANCE;
    }

    /** @return the WordNet the checks read, for analysing a draft */
    public WordNet wordNet() {
        return wordNet;
    }

    private static Map<String, String> unsafeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("unsafe-weapons", "weapons");
        names.put("unsafe-injury", "blood and injury");
        names.put("unsafe-death", "death and loss");
        names.put("unsafe-self-harm", "self-harm");
        names.put("unsafe-substances", "alcohol, drugs and smoking");
        names.put("unsafe-sexual", "sexual content");
        names.put("unsafe-grooming", "grooming and secrets from parents");
        names.put("unsafe-body-image", "body image and dieting");
        names.put("unsafe-bullying", "bullying and insults");
        names.put("unsafe-threat", "frightening threats to the reader");
        names.put("unsafe-imitable", "dangerous acts a child could copy");
        return names;
    }

    /**
     * @param text    the analysed draft
     * @param context the request's needs
     * @return one check per category, in a stable order
     */
    public List<QualityCheck> check(AnalysedText text, SafetyContext context) {
        Set<String> requestLemmas = requestLemmas(context.requestFields());
        List<Finding> findings = new ArrayList<>(
                PhraseScanner.scan(text, unsafe, vocabulary, context.age(), requestLemmas));
        List<Finding> personalFindings = PhraseScanner.scan(text, personal, vocabulary, context.age(), requestLemmas);
        if (PersonalData.isLetterToSomeoneElse(text)) {
            // "Your" in a letter to another character is theirs, until the story turns to the reader.
            Set<Integer> readerPages = PersonalData.pagesTurningToTheReader(text);
            personalFindings.removeIf(finding -> !readerPages.contains(finding.page() - 1));
        }
        findings.addAll(personalFindings);
        findings.addAll(PersonalData.find(text, vocabulary));
        findings.addAll(PhraseScanner.scan(text, instructions, vocabulary, context.age(), requestLemmas));
        List<String> dataFields = new ArrayList<>(context.requestFields());
        dataFields.addAll(context.topicsToAvoid());
        List<InstructionEcho.Clause> clauses = InstructionEcho.clauses(dataFields);
        findings.addAll(InstructionEcho.find(clauses, text, wordNet));
        findings.addAll(ToneInstruction.find(clauses, text,
                () -> PhraseScanner.scan(text, calm, vocabulary, context.age(), requestLemmas)));
        Finding language = LanguageCheck.check(text, wordNet);
        if (language != null) {
            findings.add(language);
        }
        findings.addAll(RealName.find(context.realNames(), text, wordNet));

        List<QualityCheck> checks = new ArrayList<>();
        UNSAFE.forEach((name, label) -> checks.add(report(name, label, findings)));
        checks.add(report("personal-data", "personal information or links", findings));
        checks.add(report("instruction-obeyed", "an instruction hidden in the request followed", findings));
        checks.add(language == null
                ? new QualityCheck("language", true, "the story is in English")
                : new QualityCheck("language", false, language.why()));
        checks.add(report("real-name", "the child's real name", findings));
        if (context.literalLanguage()) {
            List<Finding> figures = new ArrayList<>(
                    PhraseScanner.scan(text, figurative, vocabulary, context.age(), requestLemmas));
            figures.addAll(Similes.find(text, wordNet));
            figures.addAll(Metaphors.find(text, wordNet));
            checks.add(report("literal-language", "idioms, similes, metaphors or sarcasm", figures));
        }
        if (context.anxietyStyle() == AnxietyStyle.CALM) {
            checks.add(report("calm", "peril or fear in a calm story",
                    PhraseScanner.scan(text, calm, vocabulary, context.age(), requestLemmas)));
        }
        if (context.anxietyStyle() == AnxietyStyle.COPING) {
            List<Finding> steps = PhraseScanner.scan(text, coping, vocabulary, context.age(), requestLemmas);
            checks.add(steps.isEmpty()
                    ? new QualityCheck("coping-step", false, "no named coping step (such as slow deep breaths,"
                    + " counting to five, hugging a toy or asking a grown-up for help)")
                    : new QualityCheck("coping-step", true, "coping step: " + describe(steps)));
        }
        if (!context.topicsToAvoid().isEmpty()) {
            checks.add(topics(text, context.topicsToAvoid()));
        }
        if (context.heroPronouns() != null) {
            checks.add(report("pronouns", "the hero given other pronouns than " + context.heroPronouns().forms(),
                    HeroPronouns.find(text, context.heroPronouns(), vocabulary)));
        }
        return checks;
    }

    private QualityCheck topics(AnalysedText text, List<String> topicsToAvoid) {
        List<Finding> findings = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (String topic : topicsToAvoid) {
            TopicExpansion expansion = TopicExpansion.of(topic, wordNet);
            findings.addAll(expansion.findIn(text, wordNet));
            findings.addAll(described.findIn(text, expansion));
            summaries.add(expansion.summary());
        }
        QualityCheck found = report("topics-to-avoid", "a topic to avoid", findings);
        return new QualityCheck(found.name(), found.passed(), found.detail() + ". Checked: " + String.join("; ", summaries));
    }

    private static QualityCheck report(String name, String label, List<Finding> all) {
        List<Finding> blocking = new ArrayList<>();
        List<Finding> allowed = new ArrayList<>();
        for (Finding finding : all) {
            if (finding.check().equals(name)) {
                (finding.blocking() ? blocking : allowed).add(finding);
            }
        }
        if (!blocking.isEmpty()) {
            return new QualityCheck(name, false, label + " found: " + describe(blocking));
        }
        if (!allowed.isEmpty()) {
            return new QualityCheck(name, true, "allowed for this request: " + describe(allowed));
        }
        return new QualityCheck(name, true, "no " + label + " found");
    }

    private static String describe(List<Finding> findings) {
        List<String> shown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding finding : findings) {
            String text = finding.describe() + (finding.why().isEmpty() ? "" : " [" + finding.why() + "]");
            if (seen.add(finding.quote().toLowerCase(Locale.ROOT)) && shown.size() < QUOTES_SHOWN) {
                shown.add(text);
            }
        }
        int more = seen.size() - shown.size();
        return String.join("; ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    private Set<String> requestLemmas(List<String> fields) {
        Set<String> lemmas = new HashSet<>();
        for (String field : fields) {
            for (String word : field.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
                if (!word.isEmpty()) {
                    lemmas.addAll(wordNet.baseForms(word));
                    // "the doctor's" asks for a doctor as much as "the doctor" does
                    lemmas.addAll(wordNet.baseForms(word.replaceFirst("'s?$", "")));
                }
            }
        }
        return lemmas;
    }
}
