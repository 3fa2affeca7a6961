package io.storyweave.bench.jmh;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
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
 * The decoding inside a level-2 hit (item 3): {@link StoryCodec#storyFromJson} of a stored 5-page
 * story (the benchmark stub's), against Jackson databind reading the same JSON into the same records with the mapper
 * settings {@code StoryCodec} used before it had a reader of its own; and the encoding a store does for every story
 * it keeps, {@link StoryCodec#toJson(Story)} against databind writing the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoryDecodeJmh {
    private Story story;
    private String json;
    private ObjectReader databind;
    private ObjectWriter databindWriter;

    @Setup
    public void setUp() {
        try (StoryWeave sw = StoryWeave.builder().provider(new FixedModelProvider()).store("memory")
                .tier(ModelTier.MEDIUM).review(ReviewOptions.off()).environment(Map.of()).build()) {
            story = sw.createStory(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 5));
        }
        json = StoryCodec.toJson(story);
        JsonMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
        databind = mapper.readerFor(Story.class);
        databindWriter = mapper.writerFor(Story.class);
        if (!StoryCodec.storyFromJson(json).equals(databindRead())) {
            throw new IllegalStateException("the two readers disagree");
        }
        if (!json.equals(databindWrite())) {
            throw new IllegalStateException("the two writers disagree");
        }
    }

    @Benchmark
    public Story storyCodec() {
        return StoryCodec.storyFromJson(json);
    }

    @Benchmark
    public Story databindRead() {
        try {
            return databind.readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public String storyCodecWrite() {
        return StoryCodec.toJson(story);
    }

    @Benchmark
    public String databindWrite() {
        try {
            return databindWriter.writeValueAsString(story);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
