package io.storyweave.bench;

import io.storyweave.StoryRequest;
import io.storyweave.internal.rules.RuleBook;
import io.storyweave.internal.safety.SafetyChecks;

/**
 * Runs in a fresh JVM (started by {@link SafetyChecksBench}): loads the safety checks (WordNet and
 * the rule files) and runs the first check, printing {@code FIRSTCHECK load=<ns> check=<ns>}.
 */
public final class SafetyFirstCheckChild {
    private SafetyFirstCheckChild() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Sink.consume(SafetyChecks.get());
        long t1 = System.nanoTime();
        StoryRequest request = SafetyChecksBench.request();
        Sink.consume(SafetyChecksBench.checkOnce(request, RuleBook.standard().rulesFor(request),
                SafetyChecksBench.context(request)));
        long t2 = System.nanoTime();
        System.out.println("FIRSTCHECK load=" + (t1 - t0) + " check=" + (t2 - t1));
        System.exit(0);
    }
}
