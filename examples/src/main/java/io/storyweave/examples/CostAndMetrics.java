package io.storyweave.examples;

import io.storyweave.Budget;
import io.storyweave.BudgetExceededException;
import io.storyweave.Neurotype;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.UsageSummary;
import io.storyweave.UsageTotals;
import io.storyweave.micrometer.MicrometerObserver;
import io.storyweave.micrometer.StoryWeaveMetrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spend you can cap and see: a budget of 5 cents per story and 2 dollars per UTC day, a story, the
 * same story again from the cache (free, and counted as saved), a 20-page story refused before
 * anything is sent because its estimate is over the per-story budget, and the spend ledger by tier,
 * model and purpose; then what the same run looks like as metrics (the storyweave-micrometer module,
 * here into Micrometer's in-memory registry; in production, Prometheus or OpenTelemetry, see README
 * "Metrics and tracing"). Needs AWS credentials and AWS_REGION.
 *
 * <pre>java -cp examples/target/storyweave.jar io.storyweave.examples.CostAndMetrics</pre>
 */
public final class CostAndMetrics {
    private CostAndMetrics() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        ExampleSupport.requireAwsConfiguration();
        Budget budget = Budget.builder().maxPerStory("0.05").maxPerDay("2.00").build();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (StoryWeave sw = StoryWeave.builder().store("memory").budget(budget)
                .observer(MicrometerObserver.of(meters)).build()) {
            StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 5);
            ExampleSupport.print(sw.createStory(request));
            Story again = sw.createStory(request);
            System.out.println("Asked again: source " + again.source() + ", no model call");

            try {
                sw.createStory(request.toBuilder().pages(20).build());
            } catch (BudgetExceededException e) {
                System.out.println("Refused (" + e.limit() + ", limit $" + e.limitUsd().toPlainString() + "): "
                        + e.getMessage());
            }

            UsageSummary usage = sw.usage();
            System.out.println("Today: " + describe(usage.total()));
            print("by tier", usage.byTier());
            print("by model", usage.byModel());
            print("by purpose", usage.byPurpose());
        }
        System.out.println("Metrics:");
        meters.getMeters().stream()
                .filter(m -> m.getId().getName().startsWith("storyweave.") || m.getId().getName().equals(StoryWeaveMetrics.MODEL_CALL))
                .filter(m -> !m.getId().getName().endsWith(".active"))
                .sorted(java.util.Comparator.comparing((Meter m) -> m.getId().getName()))
                .forEach(m -> System.out.println("  " + describe(m)));
    }

    private static String describe(Meter meter) {
        StringBuilder line = new StringBuilder(meter.getId().getName());
        meter.getId().getTags().stream().filter(t -> !t.getValue().equals("none"))
                .forEach(t -> line.append(' ').append(t.getKey()).append('=').append(t.getValue()));
        meter.measure().forEach(m -> line.append(String.format(Locale.ROOT, " %s=%.4g",
                m.getStatistic().name().toLowerCase(Locale.ROOT), m.getValue())));
        return line.toString();
    }

    private static void print(String title, Map<?, UsageTotals> sums) {
        System.out.println(title + ":");
        sums.forEach((key, totals) -> System.out.println("  " + key + ": " + describe(totals)));
    }

    private static String describe(UsageTotals t) {
        return String.format(Locale.ROOT, "%d model calls, %d+%d tokens, $%.4f spent, %d cache hits saved $%.4f",
                t.modelCalls(), t.inputTokens(), t.outputTokens(), t.costUsd(), t.cacheHits(), t.savedUsd());
    }
}
