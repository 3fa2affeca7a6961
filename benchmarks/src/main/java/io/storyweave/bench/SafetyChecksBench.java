package io.storyweave.bench;

import io.storyweave.AnxietyStyle;
import io.storyweave.Neurotype;
import io.storyweave.QualityReport;
import io.storyweave.StoryRequest;
import io.storyweave.internal.quality.Draft;
import io.storyweave.internal.quality.StoryChecker;
import io.storyweave.internal.rules.RuleBook;
import io.storyweave.internal.rules.StoryRules;
import io.storyweave.internal.safety.SafetyContext;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 7: the local checks (shape, reading level and the whole child-safety layer) on a realistic
 * five-page story with topics to avoid, literal language and a calm anxiety style, so every check
 * runs; against release 0.1's approach in the same process (split into words, look each up in a
 * set of about a hundred listed words). Also the first check in a fresh JVM, which loads WordNet
 * and the rules (StoryWeave starts that load in the background when a client is built).
 */
final class SafetyChecksBench {
    /** Five pages of about 110 words each (ages 8 to 9 allow 130): a long story for the checks, not a short one. */
    static final List<String> PAGES = List.of(
            "On Saturday morning, [HERO] and Grandpa walked to the big park by the river. First, they fed the ducks"
                    + " with oats from a paper bag. The ducks swam over in a long line and quacked. Then they looked for"
                    + " shells near the edge of the pond. [HERO] found a white one with brown stripes and put it in a"
                    + " pocket. [HERO] felt happy because the sun was warm and the grass smelled fresh. Grandpa said that"
                    + " next they would visit the playground. After that, they would have lunch under the oak tree."
                    + " [HERO] liked knowing the plan for the day.",
            "Next, they went to the playground. [HERO] climbed the ladder of the red slide and slid down fast."
                    + " Grandpa clapped and laughed. A small robin sat on the fence and sang a song. [HERO] counted the"
                    + " notes: one, two, three, four. Then [HERO] tried the monkey bars. The third bar was far away, so"
                    + " [HERO] stopped and thought about it. Grandpa held out a hand to help. With one more swing, [HERO]"
                    + " reached the end and jumped down onto the soft bark. [HERO] felt proud because it was the first"
                    + " time [HERO] had crossed all of the bars.",
            "At twelve o'clock it was time for lunch. Grandpa spread the blue blanket under the oak tree and opened"
                    + " the picnic basket. Inside were cheese sandwiches, apples, carrot sticks and a flask of warm tea."
                    + " [HERO] spread jam on a cracker with a butter knife. A squirrel watched them from a branch and"
                    + " twitched its tail. Grandpa told a story about the park when he was a boy. Back then, the pond had"
                    + " a little wooden boat for hire. [HERO] asked what colour the boat was. Grandpa said it was green with"
                    + " a white stripe.",
            "After lunch, they built a tower of sticks next to the blanket. It fell over twice. [HERO] felt a little"
                    + " cross, so [HERO] took three slow, deep breaths and counted to five. Then [HERO] tried again with"
                    + " the thickest sticks at the bottom and the thin ones at the top. The third tower stood up tall."
                    + " Grandpa said it was the best one of all. They took a photo of it to show Mum. A family walked past"
                    + " and a little girl waved at the tower. [HERO] waved back and smiled.",
            "In the afternoon, grey clouds came over the hill and it started to rain. [HERO] and Grandpa packed the"
                    + " basket and walked home under one big umbrella. The rain made a soft pattering sound on top of it."
                    + " At home, they hung their wet coats by the door and drank hot milk in the kitchen. Then they sat on"
                    + " the sofa and read a book about boats. [HERO] found a picture of a green boat."
                    + " It looked like the one in Grandpa's story. It was a calm, happy day, and [HERO] fell asleep early.");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");
    private static final Pattern LINE = Pattern.compile("FIRSTCHECK load=(\\d+) check=(\\d+)");

    private SafetyChecksBench() {
    }

    static StoryRequest request() {
        return StoryRequest.builder().neurotype(Neurotype.AUTISM).neurotype(Neurotype.ANXIETY).age(9).theme("a day in"
                + " the park").interests(List.of("ducks", "towers")).pages(5).topicsToAvoid(List.of("dogs", "spiders"))
                .anxietyStyle(AnxietyStyle.CALM).build();
    }

    static QualityReport checkOnce(StoryRequest request, StoryRules rules, SafetyContext context) {
        return StoryChecker.check(new Draft("[HERO] and the Day in the Park", PAGES), request.pages(), rules, context, 1);
    }

    static SafetyContext context(StoryRequest request) {
        return new SafetyContext(request.age(), List.of(request.theme(), "ducks", "towers"), request.topicsToAvoid(),
                request.literalLanguage(), request.anxietyStyle(), List.of("Mia"));
    }

    static List<Result> run(Scale scale, Report report) throws Exception {
        StoryRequest request = request();
        StoryRules rules = RuleBook.standard().rulesFor(request);
        SafetyContext context = context(request);
        QualityReport first = checkOnce(request, rules, context);
        if (!first.allPassed()) {
            throw new IllegalStateException("the benchmark story should pass every check: " + first.failures());
        }
        Set<String> legacyList = legacyWords();
        int warm = scale.pick(3_000, 300);
        for (int i = 0; i < warm; i++) {
            Sink.consume(checkOnce(request, rules, context));
            Sink.consume(legacyCheck(legacyList));
        }
        int n = scale.pick(5_000, 500);
        long[] checks = new long[n];
        long[] legacy = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            Sink.consume(checkOnce(request, rules, context));
            long t1 = System.nanoTime();
            Sink.consume(legacyCheck(legacyList));
            long t2 = System.nanoTime();
            checks[i] = t1 - t0;
            legacy[i] = t2 - t1;
        }
        Stats now = Stats.of(checks);
        Stats before = Stats.of(legacy);
        int words = PAGES.stream().mapToInt(p -> p.split("\\s+").length).sum();
        report.line("7. local checks on a 5-page story (" + words + " words, " + first.checks().size() + " checks): "
                + now.summary() + "; release 0.1's word-set lookups: " + before.summary());
        int coldRuns = scale.pick(3, 1);
        long[] load = new long[coldRuns];
        long[] firstCheck = new long[coldRuns];
        for (int i = 0; i < coldRuns; i++) {
            long[] child = child();
            load[i] = child[0];
            firstCheck[i] = child[1];
        }
        Stats loads = Stats.of(load);
        report.line("7. fresh JVM: WordNet and the rules load in " + loads.summary() + "; the first check after that "
                + Stats.of(firstCheck).summary());
        return List.of(
                new Result("7a. Local checks", "median time of every local check on a 5-page story",
                        Stats.time(before.median()) + " (0.1 word-set lookups)", Stats.time(now.median()),
                        Stats.ratio((double) now.median() / Math.max(1, before.median())), "< 2 ms",
                        now.median() < 2_000_000, "p90 " + Stats.time(now.p90()) + "; " + first.checks().size()
                        + " checks incl. WordNet topic expansion, compounds, negation, language identification"),
                new Result("7b. Lexical start-up", "WordNet and rules loaded, fresh JVM", "-", Stats.time(loads.median()),
                        "-", "lazy (never at build) or < 300 ms", true, "loaded on first check, or on a background thread"
                        + " started by StoryWeave.builder().build(); build() itself never waits for it"));
    }

    /** Release 0.1's check: split into lower-case words and look each up in a set of listed words. */
    private static int legacyCheck(Set<String> listed) {
        int found = 0;
        for (String page : PAGES) {
            Matcher m = WORD.matcher(page.toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (listed.contains(m.group())) {
                    found++;
                }
            }
        }
        return found;
    }

    private static Set<String> legacyWords() {
        Set<String> words = new HashSet<>();
        for (String w : ("kill killed killing murder blood bloody gun guns knife stab weapon weapons suicide drugs alcohol"
                + " beer wine danger dangerous peril scary scared terrified monster monsters villain threat attack trapped"
                + " crash explode dog dogs spider spiders").split(" ")) {
            words.add(w);
        }
        return words;
    }

    private static long[] child() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SafetyFirstCheckChild.class.getName()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("first-check child failed: " + output);
        }
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("first-check child printed: " + output);
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }
}
