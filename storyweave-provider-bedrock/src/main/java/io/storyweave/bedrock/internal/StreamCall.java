package io.storyweave.bedrock.internal;

import io.storyweave.TokenUsage;
import io.storyweave.bedrock.internal.ConverseCalls.Guardrail;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlockDelta;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One ConverseStream call. The SDK's callbacks only put events on a queue; the calling thread
 * takes them off and hands fragments to the consumer, so the consumer runs on the caller's thread
 * in order, and a slow or failing consumer never blocks or breaks the SDK's event loop.
 */
public final class StreamCall {
    private sealed interface Event permits Piece, Stop, Usage, RequestId, End, Failure {
    }

    private record Piece(boolean tool, String text) implements Event {
    }

    private record Stop(String reason) implements Event {
    }

    private record Usage(TokenUsage usage) implements Event {
    }

    private record RequestId(String id) implements Event {
    }

    private record End() implements Event {
    }

    private record Failure(Throwable cause) implements Event {
    }

    private StreamCall() {
    }

    /**
     * @param client    gives the async client (created on the first stream)
     * @param request   the core's call
     * @param guardrail the guardrail to send, or {@code null}
     * @param sink      receives each attempt's fragments
     * @param deadline  longest wait for one whole stream
     * @param errors    classifies failures
     * @return the streaming call, for any model id and budget
     */
    public static ModelCall of(Supplier<BedrockRuntimeAsyncClient> client, ModelRequest request, Guardrail guardrail,
                               RestartingSink sink, Duration deadline, ErrorClassifier errors) {
        return (modelId, maxTokens) -> run(client.get(), ConverseCalls.stream(request, modelId, maxTokens, guardrail),
                sink.forAttempt(), deadline, errors);
    }

    /**
     * @param client    the async client
     * @param request   the ConverseStream request
     * @param fragments receives tool-input (or text) deltas in order
     * @param deadline  longest wait for the whole stream
     * @param errors    classifies failures
     * @return the accumulated answer
     * @throws ModelProviderException on any failure, classified
     */
    public static Outcome run(BedrockRuntimeAsyncClient client, ConverseStreamRequest request,
                              Consumer<String> fragments, Duration deadline, ErrorClassifier errors) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        ConverseStreamResponseHandler handler = ConverseStreamResponseHandler.builder()
                .onResponse(r -> events.add(new RequestId(r.responseMetadata().requestId())))
                .subscriber(ConverseStreamResponseHandler.Visitor.builder()
                        .onContentBlockDelta(e -> piece(e.delta(), events))
                        .onMessageStop(e -> events.add(new Stop(e.stopReasonAsString())))
                        .onMetadata(e -> {
                            if (e.usage() != null) {
                                events.add(new Usage(Outcome.usage(e.usage())));
                            }
                        })
                        .build())
                .build();
        CompletableFuture<Void> done;
        try {
            done = client.converseStream(request, handler);
        } catch (RuntimeException e) {
            throw errors.classify(e, request.modelId());
        }
        done.whenComplete((ok, failure) -> events.add(failure == null ? new End() : new Failure(failure)));

        StringBuilder tool = new StringBuilder();
        StringBuilder text = new StringBuilder();
        String stopReason = null;
        String requestId = null;
        TokenUsage usage = TokenUsage.ZERO;
        long end = System.nanoTime() + deadline.toNanos();
        try {
            while (true) {
                Event event = events.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    done.cancel(true);
                    throw new ModelProviderException("The Bedrock stream from " + request.modelId() + " did not finish"
                            + " within " + deadline.toSeconds() + " s; raise storyweave.bedrock.timeout if stories are"
                            + " long", Kind.TIMEOUT, null, requestId, null);
                }
                if (event instanceof Piece p) {
                    (p.tool() ? tool : text).append(p.text());
                    fragments.accept(p.text());
                } else if (event instanceof Stop s) {
                    stopReason = s.reason();
                } else if (event instanceof Usage u) {
                    usage = u.usage();
                } else if (event instanceof RequestId r) {
                    requestId = r.id();
                } else if (event instanceof Failure f) {
                    throw errors.classify(f.cause(), request.modelId());
                } else {
                    break;
                }
            }
        } catch (InterruptedException e) {
            done.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelProviderException("Interrupted while reading the Bedrock stream", Kind.OTHER, null, requestId, e);
        } catch (RuntimeException e) {
            done.cancel(true);
            throw e;
        }
        String output = tool.length() > 0 ? tool.toString() : ConverseCalls.jsonInText(text.toString());
        return new Outcome(output, usage, request.modelId(), stopReason, requestId);
    }

    private static void piece(ContentBlockDelta delta, BlockingQueue<Event> events) {
        if (delta == null) {
            return;
        }
        if (delta.toolUse() != null && delta.toolUse().input() != null) {
            events.add(new Piece(true, delta.toolUse().input()));
        } else if (delta.text() != null) {
            events.add(new Piece(false, delta.text()));
        }
    }
}
