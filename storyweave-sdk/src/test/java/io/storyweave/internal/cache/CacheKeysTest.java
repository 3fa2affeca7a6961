package io.storyweave.internal.cache;

import io.storyweave.AnxietyStyle;
import io.storyweave.Neurotype;
import io.storyweave.Pronouns;
import io.storyweave.StoryRequest;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.internal.prompt.PromptComposer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class CacheKeysTest {
    /**
     * The key as the first implementation computed it (a stream per list, {@code String.join}). Keys
     * already in a shared cache were made this way, so every later implementation must agree with it.
     */
    private static String firstImplementation(StoryRequest request, ChildData data, String modelId, String reviewer)
            throws NoSuchAlgorithmException {
        String canonical = String.join("\u001f",
                "v=" + PromptComposer.PROMPT_VERSION,
                "model=" + modelId,
                "review=" + reviewer,
                "neurotypes=" + request.neurotypes(),
                "age=" + request.age(),
                "theme=" + norm(data.theme()),
                "interests=" + sortedNorm(data.interests()),
                "pages=" + request.pages(),
                "literal=" + request.literalLanguage(),
                "avoid=" + sortedNorm(data.topicsToAvoid()),
                "anxiety=" + request.anxietyStyle(),
                "pronouns=" + request.heroPronouns());
        return "sw1-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static String norm(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> sortedNorm(List<String> values) {
        return values.stream().map(CacheKeysTest::norm).distinct().sorted().toList();
    }

    @Property(tries = 500)
    void theKeyIsTheOneTheFirstImplementationMadeForAnyRequest(
            @ForAll("neurotypes") Set<Neurotype> neurotypes, @ForAll @IntRange(min = 3, max = 12) int age,
            @ForAll @IntRange(min = 1, max = 20) int pages, @ForAll boolean literal,
            @ForAll("anxiety") AnxietyStyle anxiety, @ForAll("pronouns") Pronouns pronouns,
            @ForAll("texts") String theme, @ForAll @Size(max = 8) List<@From("texts") String> interests,
            @ForAll @Size(max = 20) List<@From("texts") String> avoid, @ForAll("ids") String modelId,
            @ForAll("ids") String reviewer) throws NoSuchAlgorithmException {
        StoryRequest request = StoryRequest.builder().neurotypes(neurotypes).age(age).theme("owls").pages(pages)
                .literalLanguage(literal).anxietyStyle(anxiety).heroPronouns(pronouns).build();
        // Straight into ChildData: its texts are what the model sees, duplicates and padding included.
        ChildData data = new ChildData(theme, interests, avoid, List.of());

        assertThat(CacheKeys.of(request, data, modelId, reviewer))
                .isEqualTo(firstImplementation(request, data, modelId, reviewer))
                .matches("sw1-[0-9a-f]{64}");
    }

    @Test
    void duplicatesAfterNormalisingCountOnceAndOrderDoesNotMatter() throws NoSuchAlgorithmException {
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 5);
        ChildData messy = new ChildData(" Space ", List.of("Rockets", "ZEBRAS", " rockets", "zebras ", "Ärger"),
                List.of(), List.of());
        ChildData tidy = new ChildData("space", List.of("zebras", "ärger", "rockets"), List.of(), List.of());

        String key = CacheKeys.of(request, messy, "model-a", "off");

        assertThat(key).isEqualTo(CacheKeys.of(request, tidy, "model-a", "off"))
                .isEqualTo(firstImplementation(request, messy, "model-a", "off"))
                .isNotEqualTo(CacheKeys.of(request, tidy, "model-a", "model-b"))
                .isNotEqualTo(CacheKeys.of(request, tidy, "model-b", "off"));
        assertThat(CacheKeys.of(request, new ChildData("space", List.of(), List.of(), List.of()), "model-a", "off"))
                .isEqualTo(firstImplementation(request, new ChildData("space", List.of(), List.of(), List.of()),
                        "model-a", "off"))
                .isNotEqualTo(key);
    }

    @Test
    void threadsComputingKeysAtOnceGetTheSameKeys() throws Exception {
        StoryRequest request = StoryRequest.of(Neurotype.AUTISM, 9, "trains", List.of("maps", "clocks"), 3);
        ChildData data = ChildData.of(request, List.of());
        String expected = firstImplementation(request, data, "m", "off");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        seen.add(CacheKeys.of(request, data, "m", "off"));
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(seen).containsExactly(expected);
    }

    @Provide
    Arbitrary<Set<Neurotype>> neurotypes() {
        return Arbitraries.of(Neurotype.class).set().ofMinSize(1);
    }

    @Provide
    Arbitrary<AnxietyStyle> anxiety() {
        return Arbitraries.of(AnxietyStyle.class).injectNull(0.3);
    }

    @Provide
    Arbitrary<Pronouns> pronouns() {
        return Arbitraries.of(Pronouns.class).injectNull(0.3);
    }

    /** Free text: mixed case, padding, non-Latin letters, emoji and the odd duplicate. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("Rockets", "rockets", " ROCKETS ", "İstanbul", "straße", "Ελλάδα", "🚀 moon", "[HERO]'s zoo", ""),
                Arbitraries.strings().all().ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.of("anthropic.claude-3-5-haiku", "off", "m\u001fx", "").injectNull(0.1);
    }
}
