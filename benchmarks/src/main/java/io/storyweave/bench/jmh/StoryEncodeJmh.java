package io.storyweave.bench.jmh;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.ReviewOptions;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.bench.FixedModelProvider;
import io.storyweave.spi.StoryCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The encoding a store does for every story it keeps: {@link StoryCodec#toJson(Story)} of a 5-page
 * story (the benchmark stub's), against Jackson databind writing the same record with the mapper
 * settings {@code StoryCodec} used before it had a writer of its own (the same bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoryEncodeJmh {
    private Story story;
    private ObjectWriter databind;

    @Setup
    public void setUp() {
        try (StoryWeave sw = StoryWeave.builder().provider(new FixedModelProvider()).store("memory")
                .tier(ModelTier.MEDIUM).review(ReviewOptions.off()).environment(Map.of()).build()) {
            story = sw.createStory(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 5));
        }
        databind = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build().writerFor(Story.class);
        if (!storyCodec().equals(databindWrite())) {
            throw new IllegalStateException("the two writers disagree");
        }
    }

    @Benchmark
    public String storyCodec() {
        return StoryCodec.toJson(story);
    }

    @Benchmark
    public String databindWrite() {
        try {
            return databind.writeValueAsString(story);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
