package io.storyweave.examples.cli;

import io.storyweave.StoryWeave;
import io.storyweave.UsageLine;
import io.storyweave.UsageSummary;
import io.storyweave.UsageTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyweave usage [--since DATE] [--profile ID] [--json]}: the spend ledger, summed by UTC
 * day, tier, model, purpose and profile, with the cache hits and what they saved (by purpose, on a
 * line of their own: {@code story (cache hit)}). With the DynamoDB store it covers every run and
 * every instance on the same tables.
 */
@Command(name = "usage", description = "Model calls, tokens, estimated cost and cache savings from the spend ledger"
        + " (default store: dynamodb), by UTC day, tier, model and profile.")
public final class UsageCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--since", paramLabel = "DATE",
            description = "First UTC day, e.g. 2026-11-01 (default: as far back as the ledger keeps, 90 days).")
    String since;

    @Option(names = "--profile", paramLabel = "ID", description = "Only this profile's calls and cache hits.")
    String profileId;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    /** @param ctx the command-line context */
    public UsageCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        LocalDate from = parseSince();
        try (StoryWeave sw = ProfilesCommand.open(ctx, storeOptions)) {
            UsageSummary usage = sw.usage(from, profileId);
            if (ctx.json()) {
                StoryPrinter.printJson(ctx.out(), toJson(usage));
            } else {
                print(ctx.out(), usage, sw.storeName());
            }
        }
        return Main.EXIT_OK;
    }

    /** Checked before any client is built, so a bad date is bad usage and nothing is sent. */
    private LocalDate parseSince() {
        if (since == null) {
            return null;
        }
        try {
            return LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("Invalid value for --since: '" + since + "'. Give a UTC day as YYYY-MM-DD,"
                    + " e.g. --since 2026-11-01.");
        }
    }

    private static void print(PrintWriter out, UsageSummary usage, String store) {
        out.println("Usage " + usage.from() + " to " + usage.to() + " (UTC days), "
                + (usage.profileId() == null ? "all profiles" : "profile " + usage.profileId()) + ", " + store + " store");
        out.println("total: " + line(usage.total()));
        if (usage.lines().isEmpty()) {
            out.println("No model calls or cache hits recorded in this period.");
            return;
        }
        section(out, "by day", usage.byDay());
        section(out, "by tier", usage.byTier());
        section(out, "by model", usage.byModel());
        section(out, "by purpose", byPurposeAndCacheHit(usage));
        section(out, "by profile", usage.byProfile());
    }

    /** Paid calls and cache hits of a purpose on lines of their own: "story", "story (cache hit)", "review". */
    private static Map<String, UsageTotals> byPurposeAndCacheHit(UsageSummary usage) {
        Map<String, UsageTotals> sums = new LinkedHashMap<>();
        usage.lines().stream().sorted(Comparator.comparing(UsageLine::purpose).thenComparing(UsageLine::cacheHit))
                .forEach(l -> sums.merge(label(l.purpose()) + (l.cacheHit() ? " (cache hit)" : ""),
                        UsageTotals.ZERO.plus(l), UsageTotals::plus));
        return sums;
    }

    private static void section(PrintWriter out, String title, Map<?, UsageTotals> sums) {
        out.println(title + ":");
        sums.forEach((key, totals) -> out.println("  " + label(key) + "  " + line(totals)));
    }

    private static String line(UsageTotals t) {
        return t.modelCalls() + (t.modelCalls() == 1 ? " model call" : " model calls") + ", tokens " + t.inputTokens()
                + " in, " + t.outputTokens() + " out, est. cost " + dollars(t.costUsd()) + ", " + t.cacheHits()
                + (t.cacheHits() == 1 ? " cache hit" : " cache hits") + " saving " + dollars(t.savedUsd());
    }

    private static String dollars(BigDecimal value) {
        return String.format(Locale.ROOT, "$%.4f", value);
    }

    private static String label(Object key) {
        return key instanceof Enum<?> e ? StoryPrinter.lower(e) : String.valueOf(key);
    }

    private static Map<String, Object> toJson(UsageSummary usage) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", usage.from().toString());
        root.put("to", usage.to().toString());
        root.put("profileId", usage.profileId());
        root.put("total", totals(usage.total()));
        root.put("byDay", sums(usage.byDay()));
        root.put("byTier", sums(usage.byTier()));
        root.put("byModel", sums(usage.byModel()));
        root.put("byPurpose", sums(usage.byPurpose()));
        root.put("byProfile", sums(usage.byProfile()));
        root.put("lines", usage.lines().stream().map(UsageCommand::line).toList());
        return root;
    }

    private static Map<String, Object> line(UsageLine l) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("day", l.day().toString());
        line.put("tier", StoryPrinter.lower(l.tier()));
        line.put("modelId", l.modelId());
        line.put("purpose", StoryPrinter.lower(l.purpose()));
        line.put("cacheHit", l.cacheHit());
        line.put("profileId", l.profileId());
        line.put("calls", l.calls());
        line.put("inputTokens", l.inputTokens());
        line.put("outputTokens", l.outputTokens());
        line.put("costUsd", l.costUsd());
        line.put("savedUsd", l.savedUsd());
        return line;
    }

    private static Map<String, Object> sums(Map<?, UsageTotals> sums) {
        Map<String, Object> into = new LinkedHashMap<>();
        sums.forEach((key, t) -> into.put(label(key), totals(t)));
        return into;
    }

    private static Map<String, Object> totals(UsageTotals t) {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("modelCalls", t.modelCalls());
        totals.put("cacheHits", t.cacheHits());
        totals.put("inputTokens", t.inputTokens());
        totals.put("outputTokens", t.outputTokens());
        totals.put("costUsd", t.costUsd());
        totals.put("savedUsd", t.savedUsd());
        return totals;
    }
}
