package io.storyweave;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Any value a user can pass to an options type ends in a usable value or one of StoryWeave's own exceptions. */
class OptionsPropertiesTest {
    @Property(tries = 300)
    void cacheOptionsAcceptOrRejectClearly(@ForAll("durations") Duration ttl, @ForAll("durations") Duration lease,
                                           @ForAll long weight, @ForAll boolean enabled) {
        try {
            CacheOptions options = CacheOptions.builder().enabled(enabled).localTtl(ttl).storeTtl(ttl).leaseDuration(lease)
                    .leasePollInterval(lease).maxWait(ttl).maxLocalWeight(weight).build();
            assertThat(options.maxLocalWeight()).isNotNegative();
        } catch (StoryWeaveConfigException expected) {
            assertThat(expected.getMessage()).startsWith("cache ");
        }
    }

    @Property(tries = 300)
    void retryOptionsAcceptOrRejectClearly(@ForAll int attempts, @ForAll("durations") Duration initial,
                                           @ForAll("durations") Duration max, @ForAll double multiplier,
                                           @ForAll double jitter, @ForAll int storeAttempts) {
        try {
            RetryOptions.builder().maxAttempts(attempts).initialBackoff(initial).maxBackoff(max).multiplier(multiplier)
                    .jitter(jitter).storeWriteAttempts(storeAttempts).build();
        } catch (StoryWeaveConfigException expected) {
            assertThat(expected.getMessage()).startsWith("retry ");
        }
    }

    @Property(tries = 200)
    void pricesAcceptOrRejectClearly(@ForAll("numbers") String input, @ForAll("numbers") String output) {
        try {
            ModelPrice price = ModelPrice.of(input, output);
            assertThat(price.cost(new TokenUsage(1_000_000, 1_000_000))).isNotNegative();
        } catch (StoryWeaveConfigException expected) {
            assertThat(expected.getMessage()).contains("price");
        }
    }

    @Property(tries = 200)
    void storyOptionsAcceptOrRejectClearly(@ForAll("text") String theme, @ForAll int pages, @ForAll("text") String hero) {
        try {
            new StoryOptions(theme, pages, hero, false);
        } catch (InvalidRequestException expected) {
            assertThat(expected.field()).isIn("theme", "pages", "heroName");
        }
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-1000, 100_000).map(Duration::ofMillis),
                Arbitraries.just(null), Arbitraries.just(Duration.ZERO));
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.of("3.00", "0", "-1", "abc", "", " 15 ", "1e3"), Arbitraries.just(null),
                Arbitraries.strings().ofMaxLength(6));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(70), Arbitraries.just(null));
    }
}
