package io.storyweave.spi;

import io.storyweave.AnxietyStyle;
import io.storyweave.ChildProfile;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.Pronouns;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.TokenUsage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/** Random stories and profiles for the property tests: any value each record accepts, nasty texts and nulls included. */
final class StoryArbitraries {
    /** Characters a JSON writer must escape or may get wrong: quotes, controls, separators, surrogates (lone and paired). */
    private static final String NASTY = "\"\\/\u0000\u0001\b\f\n\r\t\u001f\u007f\u0080\u00e9\u2028\u2029\ufeff\ufffd\ud800\udbff\udc00\ud83d\ude80 a<>&'";

    private StoryArbitraries() {
    }

    /** Any characters, or mostly the ones JSON escapes get wrong. */
    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars(NASTY).ofMaxLength(30));
    }

    static Arbitrary<Story> stories() {
        Arbitrary<Page> page = texts().map(t -> new Page("p" + t));
        Arbitrary<TokenUsage> usage = Combinators.combine(counts(), counts(), counts(), counts()).as(TokenUsage::new);
        Arbitrary<QualityCheck> check = Combinators.combine(texts(), Arbitraries.of(true, false), texts(),
                Arbitraries.of(QualityCheck.Layer.class).injectNull(0.2)).as(QualityCheck::new);
        Arbitrary<QualityReport> quality = Combinators.combine(reals(), reals(), reals(), Arbitraries.integers(),
                Arbitraries.integers(), check.list().ofMaxSize(4), Arbitraries.integers().greaterOrEqual(1), texts())
                .as(QualityReport::new);
        return Combinators.combine(texts(), texts(), page.list().ofMinSize(1).ofMaxSize(4), requests(), texts(),
                        Arbitraries.of(ModelTier.class), usage, costs().injectNull(0.2))
                .flatAs((id, title, pages, request, modelId, tier, tokens, cost) ->
                        Combinators.combine(instants(), Arbitraries.of(StorySource.class), quality)
                                .as((createdAt, source, report) -> new Story(id, title, pages, request, modelId, tier,
                                        tokens, cost, createdAt, source, report)));
    }

    static Arbitrary<StoryRequest> requests() {
        return Combinators.combine(Arbitraries.of(Neurotype.class).set().ofMinSize(1), Arbitraries.integers().between(3, 12),
                        texts().map(t -> "t" + t), texts().map(t -> "i" + t).list().ofMaxSize(8),
                        Arbitraries.integers().between(1, 20), texts().map(t -> "p" + t).injectNull(0.3),
                        heroNames().injectNull(0.3), Arbitraries.of(true, false))
                .flatAs((neurotypes, age, theme, interests, pages, profileId, heroName, literal) ->
                        Combinators.combine(texts().map(t -> "a" + t).list().ofMaxSize(5),
                                        Arbitraries.of(AnxietyStyle.class).injectNull(0.3),
                                        Arbitraries.of(Pronouns.class).injectNull(0.3), Arbitraries.of(true, false))
                                .as((topics, anxiety, pronouns, fresh) -> new StoryRequest(
                                        java.util.List.copyOf(neurotypes), age, theme, interests, pages, profileId,
                                        heroName, literal, topics, anxiety, pronouns, fresh)));
    }

    static Arbitrary<ChildProfile> profiles() {
        return Combinators.combine(Arbitraries.strings().withChars("Az09_.:-").ofMinLength(1).ofMaxLength(40),
                        heroNames(), Arbitraries.integers().between(3, 12), Arbitraries.of(Neurotype.class).set().ofMinSize(1),
                        texts().map(t -> "i" + t).list().ofMaxSize(8), texts().map(t -> "a" + t).list().ofMaxSize(5),
                        Arbitraries.of(true, false), Arbitraries.of(AnxietyStyle.class).injectNull(0.3))
                .flatAs((id, name, age, neurotypes, interests, topics, literal, anxiety) ->
                        Combinators.combine(Arbitraries.of(Pronouns.class).injectNull(0.3), counts(),
                                        instants().injectNull(0.3), instants().injectNull(0.3))
                                .as((pronouns, version, createdAt, updatedAt) -> new ChildProfile(id, name, age,
                                        java.util.List.copyOf(neurotypes), interests, topics, literal, anxiety, pronouns,
                                        version, createdAt, updatedAt)));
    }

    private static Arbitrary<String> heroNames() {
        return Arbitraries.of("Ada", "Zoë O'Neil-Åsa", "Mr. Bo", "Łucja", "Jean-Luc");
    }

    /** Small, large and the largest counts. */
    private static Arbitrary<Long> counts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000), Arbitraries.longs().greaterOrEqual(0),
                Arbitraries.just(Long.MAX_VALUE));
    }

    /** Any double: NaN, the infinities, -0.0 and subnormals included. */
    private static Arbitrary<Double> reals() {
        return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.longs().map(Double::longBitsToDouble),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
                        Double.MAX_VALUE, 1e-300, 12.0, 1e7, 1e-3));
    }

    /** Costs at any scale, negative scales (1E+3) included. */
    private static Arbitrary<BigDecimal> costs() {
        return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000_000_000L),
                BigInteger.valueOf(1_000_000_000_000L)), Arbitraries.integers().between(-12, 40)).as(BigDecimal::new);
    }

    /** Any instant, years before 0 and after 9999 included, mostly recent ones. */
    static Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.longs().between(0, 4_102_444_800L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.of(0, 1, 1_000, 1_000_000, 500_000_000, 123_000_000));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }
}
