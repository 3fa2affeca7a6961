package io.storyweave.bench;

import io.storyweave.CacheOptions;
import io.storyweave.Story;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs in a fresh JVM (started by {@link ColdStartBench}): builds a client and makes the first
 * call, printing {@code COLD build=<ns> first=<ns> part=<ns>} (part: for StoryWeave the Bedrock provider's
 * share of the build, for the baseline the request's).
 * Arguments: {@code storyweave <endpoint>} or {@code raw <endpoint> <file with the Converse body>}.
 */
public final class ColdStartChild {
    private ColdStartChild() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[1]);
        if ("raw".equals(args[0])) {
            // Building the request is charged to the baseline, as composing the prompt is to StoryWeave.
            String body = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            ConverseRequest request = RawConverse.fromBody(body, RawConverse.MODEL_ID);
            long tRequest = System.nanoTime();
            try (RawConverse raw = new RawConverse(endpoint)) {
                long t1 = System.nanoTime();
                Sink.consume(raw.converse(request));
                long t2 = System.nanoTime();
                System.out.println("COLD build=" + (t1 - t0) + " first=" + (t2 - t1) + " part=" + (tRequest - t0));
            }
        } else {
            long t0 = System.nanoTime();
            try (BedrockModelProvider provider = Fixtures.bedrock(endpoint)) {
                long tProvider = System.nanoTime();
                StoryWeave sw = Fixtures.withMemoryStore(provider, CacheOptions.defaults());
                long t1 = System.nanoTime();
                Story story = sw.createStory(Fixtures.request());
                long t2 = System.nanoTime();
                if (story.pages().size() != BedrockStub.PAGES) {
                    throw new IllegalStateException("unexpected story: " + story.pages().size() + " pages");
                }
                System.out.println("COLD build=" + (t1 - t0) + " first=" + (t2 - t1) + " part=" + (tProvider - t0));
                sw.close();
            }
        }
        System.exit(0);
    }
}
