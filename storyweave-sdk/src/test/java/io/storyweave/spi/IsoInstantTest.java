package io.storyweave.spi;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantTest {
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years ISO_INSTANT writes with four digits. */
    private static final long FIRST = -62_167_219_200L;
    private static final long LAST = 253_402_300_799L;

    @Property(tries = 2000)
    void everyInstantOfYearsZeroToNineThousandAsIsoInstantWritesItReadsBack(
            @ForAll @LongRange(min = FIRST, max = LAST) long seconds, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @IntRange(min = 0, max = 3) int precision) {
        int[] keep = {0, 1_000_000, 1_000, 1};
        Instant instant = Instant.ofEpochSecond(seconds, precision == 0 ? 0 : nanos / keep[precision] * keep[precision]);

        String text = DateTimeFormatter.ISO_INSTANT.format(instant);

        assertThat(IsoInstant.parse(text)).as(text).isEqualTo(instant);
    }

    @Test
    void fractionsOfAnyLengthUpToNineDigitsAreRead() {
        assertThat(IsoInstant.parse("2026-11-25T08:00:00.5Z")).isEqualTo(Instant.parse("2026-11-25T08:00:00.500Z"));
        assertThat(IsoInstant.parse("2026-11-25T08:00:00.12345Z")).isEqualTo(Instant.parse("2026-11-25T08:00:00.12345Z"));
        assertThat(IsoInstant.parse("2024-02-29T23:59:59.999999999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999999999Z"));
    }

    @Test
    void anythingElseIsNotReadHereRatherThanReadWrongly() {
        for (String text : List.of("", "2026-11-25", "2026-11-25T08:00:00", "2026-11-25T08:00:00.Z",
                "2026-11-25T08:00:00.1234567890Z", "2026-11-25T08:00:00+01:00", "2026-11-25T08:00:00z",
                "2026-11-25 08:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2026-13-01T00:00:00Z",
                "2025-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-25T24:00:00Z", "2026-11-25T08:60:00Z",
                "2016-12-31T23:59:60Z", "2026-1a-25T08:00:00Z", "2026-11-25T08:00:00.1a3Z", "２０２６-11-25T08:00:00Z")) {
            assertThat(IsoInstant.parse(text)).as(text).isNull();
        }
    }
}
