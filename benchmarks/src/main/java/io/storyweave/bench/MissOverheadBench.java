package io.storyweave.bench;

import io.storyweave.CacheOptions;
import io.storyweave.Story;
import io.storyweave.StorySource;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;

import java.util.List;

/**
 * Item 1: a cache miss through StoryWeave (memory store, cache off so every call pays the model)
 * against the raw SDK's {@code converse} of the same request body, both to the same stub with a
 * fixed delay. Calls alternate (ABBA) so drift in the machine hits both sides alike.
 */
final class MissOverheadBench {
    private MissOverheadBench() {
    }

    static List<Result> run(Scale scale, Report report) {
        int delay = 50;
        try (BedrockStub stub = BedrockStub.start(delay);
             BedrockModelProvider provider = Fixtures.bedrock(stub.endpoint());
             StoryWeave sw = Fixtures.withMemoryStore(provider, CacheOptions.builder().enabled(false).build());
             RawConverse raw = new RawConverse(stub.endpoint())) {
            StoryRequest request = Fixtures.request();
            Story first = sw.createStory(request);
            String storyWeaveBody = stub.lastBody();
            ConverseRequest rawRequest = RawConverse.fromBody(storyWeaveBody, RawConverse.MODEL_ID);
            var input = raw.converse(rawRequest);
            boolean sameBody = RawConverse.sameJson(storyWeaveBody, stub.lastBody());
            report.line("1. stub delay " + delay + " ms; raw request body identical to StoryWeave's: " + sameBody
                    + "; StoryWeave story: " + first.pages().size() + " pages, source " + first.source()
                    + "; raw tool input pages: " + input.asMap().get("pages").asList().size());

            int warm = scale.pick(40, 10);
            int n = scale.pick(200, 30);
            int before = stub.converseCalls();
            Paired paired = Paired.run(warm, n, () -> Sink.consume(raw.converse(rawRequest)), () -> {
                Story story = sw.createStory(request);
                return story.source() == StorySource.MODEL;
            });
            int notFromModel = paired.unexpected();
            int calls = stub.converseCalls() - before;
            Stats rawStats = Stats.of(paired.baseline());
            Stats swStats = Stats.of(paired.storyWeave());
            double ratio = (double) swStats.median() / rawStats.median();
            report.line("1. raw SDK converse: " + rawStats.summary());
            report.line("1. StoryWeave createStory (cache off): " + swStats.summary() + "; stories not from the model: "
                    + notFromModel + "; stub Converse calls in the loop: " + calls + " (expected " + 2 * (n + warm) + ")");
            report.line("1. median overhead per miss: " + Stats.time(swStats.median() - rawStats.median()));
            // StoryWeave's own time per miss, without the stub's delay: the same pairs against a 0 ms stub.
            try (BedrockStub fast = BedrockStub.startJdk(0);
                 BedrockModelProvider fastProvider = Fixtures.bedrock(fast.endpoint());
                 StoryWeave fastSw = Fixtures.withMemoryStore(fastProvider, CacheOptions.builder().enabled(false).build());
                 RawConverse fastRaw = new RawConverse(fast.endpoint())) {
                Paired zero = Paired.run(scale.pick(1000, 100), scale.pick(2000, 200), 20,
                        () -> Sink.consume(fastRaw.converse(rawRequest)),
                        () -> fastSw.createStory(request).source() == StorySource.MODEL);
                Stats zeroRaw = Stats.of(zero.baseline());
                Stats zeroSw = Stats.of(zero.storyWeave());
                report.line("1. same calls against a 0 ms JDK stub, blocks of 20 a side (StoryWeave's own time per miss): raw SDK "
                        + zeroRaw.summary() + "; StoryWeave " + zeroSw.summary() + "; difference of medians "
                        + Stats.time(zeroSw.median() - zeroRaw.median()));
            }
            boolean pass = ratio <= 1.10 && notFromModel == 0 && calls == 2 * (n + warm) && sameBody;
            return List.of(new Result("1. Cache miss", "median latency, stub delay " + delay + " ms",
                    Stats.time(rawStats.median()), Stats.time(swStats.median()), Stats.ratio(ratio), "≤ 1.10×", pass,
                    "n=" + n + " each, alternating; p90 raw " + Stats.time(rawStats.p90()) + ", StoryWeave "
                            + Stats.time(swStats.p90())));
        }
    }
}
