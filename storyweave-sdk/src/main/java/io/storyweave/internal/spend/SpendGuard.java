package io.storyweave.internal.spend;

import io.storyweave.Budget;
import io.storyweave.BudgetExceededException;
import io.storyweave.BudgetExceededException.Limit;
import io.storyweave.CallPurpose;
import io.storyweave.ModelTier;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.TokenUsage;
import io.storyweave.UsageLine;
import io.storyweave.UsageSummary;
import io.storyweave.internal.DaemonThreads;
import io.storyweave.internal.pipeline.Prices;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;
import io.storyweave.spi.SpendCounters;
import io.storyweave.spi.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps spend within the {@link Budget} and writes the spend ledger. Before a draft it estimates
 * the draft's and its review's cost from the prompts' size and the most the model may write, and
 * refuses (nothing is sent) when that would take any limit past its amount; after every paid call
 * it adds the call to the ledger, in the store's {@link SpendCounters} (shared with every
 * instance) or, without them, in this process. The per-instance limit is always counted here.
 * Thread-safe.
 */
public final class SpendGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpendGuard.class);
    /** English text runs at about 3.5 to 4 characters per Claude token; 3 over-estimates on purpose. */
    private static final double CHARS_PER_TOKEN = 3.0;
    /** How often cache hits gathered here are added to the store's shared ledger. */
    static final Duration HIT_FLUSH_INTERVAL = Duration.ofSeconds(30);
    private static final long MILLIS_PER_DAY = 86_400_000L;
    /** A flushed past day's counter: far enough below zero that no number of late increments reaches it. */
    private static final long RETIRED = Long.MIN_VALUE;

    private final Budget budget;
    private final Prices prices;
    private final SpendCounters shared;
    private final String sharedBy;
    private final LocalSpendCounters instance = new LocalSpendCounters();
    private final Clock clock;
    /**
     * Cache hits not yet in the ledger, counted per day, tier, model, profile and saving. A hit
     * costs nothing, so no budget waits for them; counting them here keeps the level-1 hit, the
     * path that must stay in microseconds, free of ledger aggregation and of store round trips
     * (three DynamoDB writes a hit).
     */
    private final Map<HitKey, AtomicLong> pendingHits = new ConcurrentHashMap<>();
    /** Starts its thread only when the first flush is scheduled, as the lease timer does. */
    private final ScheduledThreadPoolExecutor flusher = new ScheduledThreadPoolExecutor(1,
            DaemonThreads.named("storyweave-ledger"));
    private final AtomicBoolean flushScheduled = new AtomicBoolean();

    /** What the hits counted under it share. */
    private record HitKey(LocalDate day, ModelTier tier, String modelId, String profileId, BigDecimal saved) {
    }

    /** A UTC day and the epoch millisecond it starts at. */
    private record Day(LocalDate date, long startMillis) {
    }

    /** The day {@link #today()} last found; the epoch's first day until it is first asked. */
    private volatile Day day = new Day(LocalDate.EPOCH, 0);

    /**
     * The counter the last cache hit went to, under the {@link Day} object it was counted on: hits
     * in a row are mostly of the same model, profile and price, so most skip building and hashing a
     * key. A new day (or the clock set back) is a new {@code Day} object, so no hit of a new day goes
     * to a past day's counter; a hit that found its counter just before a flush retired it sees a
     * negative count and counts again in a fresh one.
     */
    private volatile LastHit lastHit;

    private record LastHit(Day day, HitKey key, AtomicLong count) {
    }

    /**
     * @param budget the limits
     * @param prices for estimates
     * @param store  the store, whose spend counters are used when it has them
     * @param clock  for the UTC day
     */
    public SpendGuard(Budget budget, Prices prices, StoryStore store, Clock clock) {
        this.budget = budget;
        this.prices = prices;
        SpendCounters counters = store.spendCounters();
        this.shared = counters == SpendCounters.NONE ? instance : counters;
        this.sharedBy = counters == SpendCounters.NONE ? "this client (the " + store.name() + " store keeps no spend)"
                : "every client sharing the " + store.name() + " store";
        this.clock = clock;
    }

    /**
     * @param call        a model call about to be made
     * @param extraTokens input tokens its prompt will hold beyond its text (a draft not yet written)
     * @return the most it may cost: its prompt's estimated tokens in, its {@code maxTokens} out
     */
    public BigDecimal estimate(ModelRequest call, long extraTokens) {
        long chars = (long) call.systemPrompt().length() + call.userPrompt().length()
                + call.outputSchema().jsonSchema().length();
        TokenUsage most = new TokenUsage((long) Math.ceil(chars / CHARS_PER_TOKEN) + extraTokens, call.maxTokens());
        BigDecimal cost = prices.cost(call.model(), call.model().modelId(), most);
        return cost == null ? BigDecimal.ZERO : cost;
    }

    /**
     * Refuses a draft that would take spend past a limit. Nothing is sent when this throws.
     *
     * @param estimate   the most the draft and its review may cost (asked only when a limit is set)
     * @param storySoFar what this story's calls have cost so far (real usage)
     * @param profileId  the profile the story is for, or {@code null}
     * @param draft      1 for the first draft, 2 for the corrective rewrite
     * @throws BudgetExceededException naming the limit, the spend, the limit's amount and when it resets
     */
    public void checkDraft(Supplier<BigDecimal> estimate, BigDecimal storySoFar, String profileId, int draft) {
        if (!budget.limitsAnything()) {
            return;
        }
        BigDecimal most = estimate.get();
        String what = draft == 1 ? "the story's draft and its review" : "the corrective rewrite and its review";
        BigDecimal soFar = storySoFar == null ? BigDecimal.ZERO : storySoFar;
        check(Limit.PER_STORY, budget.maxPerStory(), () -> soFar, most, what, "this story");
        LocalDate day = today();
        check(Limit.PER_INSTANCE_PER_DAY, budget.maxPerInstancePerDay(), () -> instance.dayTotal(day), most, what,
                "this client on " + day + " (UTC)");
        if (profileId != null) {
            check(Limit.PER_PROFILE_PER_DAY, budget.maxPerProfilePerDay(),
                    () -> read(() -> shared.profileDayTotal(day, profileId)), most, what,
                    "profile " + profileId + " on " + day + " (UTC)");
        }
        check(Limit.PER_DAY, budget.maxPerDay(), () -> read(() -> shared.dayTotal(day)), most, what,
                sharedBy + " on " + day + " (UTC)");
    }

    private void check(Limit limit, BigDecimal max, Supplier<BigDecimal> spent, BigDecimal estimate, String what,
                       String whose) {
        if (max == null) {
            return;
        }
        BigDecimal sum = spent.get();
        if (sum.add(estimate).compareTo(max) <= 0) {
            return;
        }
        Instant resets = limit == Limit.PER_STORY ? null
                : today().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        throw new BudgetExceededException("The " + name(limit) + " budget of $" + plain(max) + " would be exceeded: $"
                + plain(sum) + " spent by " + whose + ", and " + what + " may cost up to $" + plain(estimate)
                + " (estimated from the prompt's size and the page budget); nothing was sent. "
                + (resets == null ? "Raise Budget.maxPerStory, ask for fewer pages, or use a cheaper tier."
                : "It resets at " + resets + "; raise Budget." + field(limit) + " to continue sooner."),
                limit, sum, max, resets);
    }

    private BigDecimal read(Supplier<BigDecimal> total) {
        try {
            return total.get();
        } catch (RuntimeException e) {
            // Without the spend the budget cannot be kept; refusing costs a retry, guessing could cost money.
            throw new StorageException("Could not read the spend so far to check the budget, so nothing was sent: "
                    + e.getMessage() + " Retry when the store is reachable.", e);
        }
    }

    /**
     * Adds a paid call to the ledger. A ledger write that fails is logged, never thrown: the call
     * was paid for and its story must reach the caller.
     *
     * @param call      the call, with the model it was made with and what it was for
     * @param response  its answer
     * @param cost      its estimated cost, or {@code null} when no price is known
     * @param profileId the profile, or {@code null}
     */
    public void paid(ModelRequest call, ModelResponse response, BigDecimal cost, String profileId) {
        ModelHandle asked = call.model();
        String modelId = response.modelId() == null || response.modelId().isBlank() ? asked.modelId()
                : response.modelId();
        record(UsageLine.call(today(), asked.tier(), modelId, call.purpose(), profileId, response.usage(), cost));
    }

    /**
     * Adds a story served without a model call, with what it saved: what it cost when it was written.
     *
     * @param template  the reused story
     * @param profileId the profile it was served for, or {@code null}
     */
    public void cacheHit(Story template, String profileId) {
        Day day = currentDay();
        LastHit last = lastHit;
        if (last == null || last.day() != day || last.key().tier() != template.tier()
                || !last.key().modelId().equals(template.modelId()) || !Objects.equals(last.key().profileId(), profileId)
                || !Objects.equals(last.key().saved(), template.estimatedCostUsd())
                || last.count().incrementAndGet() <= 0) {
            // Not the hit before's counter, or one a flush retired at midnight after it was looked up.
            HitKey key = new HitKey(day.date(), template.tier(), template.modelId(), profileId, template.estimatedCostUsd());
            lastHit = new LastHit(day, key, count(key));
        }
        if (shared != instance && !flushScheduled.get() && flushScheduled.compareAndSet(false, true)) {
            // Other instances read the shared ledger, so it is written without waiting for a usage() here.
            long every = HIT_FLUSH_INTERVAL.toMillis();
            try {
                flusher.scheduleWithFixedDelay(this::flushHits, every, every, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // Closed meanwhile: close() writes what was counted.
            }
        }
    }

    /** Counts a hit under the key in a counter no flush has retired, and returns that counter. */
    private AtomicLong count(HitKey key) {
        while (true) {
            AtomicLong count = pendingHits.computeIfAbsent(key, k -> new AtomicLong());
            if (count.incrementAndGet() > 0) {
                return count;
            }
            // Retired between the lookup and the increment: that flush has already removed it from the map.
        }
    }

    /** Adds the counted cache hits to the ledger; a failed write keeps them for the next time. */
    void flushHits() {
        LocalDate today = today();
        for (Map.Entry<HitKey, AtomicLong> entry : pendingHits.entrySet()) {
            HitKey key = entry.getKey();
            long hits;
            if (key.day().isBefore(today)) {
                // A past day's counter leaves the map, then is retired (made negative) as its count is
                // taken: a hit that looked it up just before midnight either counted before that and is
                // in this count, or finds it retired and counts again in a fresh counter; none is lost.
                if (!pendingHits.remove(key, entry.getValue())) {
                    continue; // another flush took it, or replaced a failed write's counter
                }
                hits = entry.getValue().getAndSet(RETIRED);
            } else {
                hits = entry.getValue().getAndSet(0);
            }
            if (hits == 0) {
                continue;
            }
            UsageLine line = new UsageLine(key.day(), key.tier(), key.modelId(), CallPurpose.STORY, true,
                    key.profileId(), hits, 0, 0, BigDecimal.ZERO,
                    key.saved() == null ? BigDecimal.ZERO : key.saved().multiply(BigDecimal.valueOf(hits)));
            try {
                // Into the ledger usage() reads: the store's, or this client's when the store keeps none.
                shared.add(line);
            } catch (RuntimeException e) {
                pendingHits.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(hits);
                LOG.warn("Could not add {} cache hits of {} to the spend ledger; they are kept and tried again: {}",
                        hits, key.modelId(), e.getMessage());
                return;
            }
        }
    }

    /** Writes the cache hits still gathered here to the shared ledger and stops the periodic writes. */
    @Override
    public void close() {
        flusher.shutdownNow();
        flushHits();
    }

    /**
     * Warns when a story's real cost ended above the per-story limit; it is returned all the same,
     * because it was paid for.
     *
     * @param story the accepted story
     */
    public void accepted(Story story) {
        BigDecimal max = budget.maxPerStory();
        if (max != null && story.estimatedCostUsd() != null && story.estimatedCostUsd().compareTo(max) > 0) {
            LOG.warn("Story {} cost ${}, above the per-story budget of ${} (the model wrote more than estimated);"
                    + " it is returned because it was paid for", story.id(), plain(story.estimatedCostUsd()), plain(max));
        }
    }

    private void record(UsageLine line) {
        instance.add(line);
        if (shared == instance) {
            return;
        }
        try {
            shared.add(line);
        } catch (RuntimeException e) {
            LOG.warn("Could not add a {} of {} to the spend ledger; the budget counts it in this client only: {}",
                    line.purpose(), line.modelId(), e.getMessage());
        }
    }

    /**
     * @param from      the first UTC day
     * @param to        the last UTC day, included
     * @param profileId only this profile's lines, or {@code null} for all
     * @return the ledger of those days
     */
    public UsageSummary usage(LocalDate from, LocalDate to, String profileId) {
        // The summary counts every hit served so far, not only those already written.
        flushHits();
        return new UsageSummary(from, to, profileId, shared.lines(from, to).stream()
                .filter(l -> profileId == null || profileId.equals(l.profileId())).toList());
    }

    /** @return the current UTC day */
    public LocalDate today() {
        return currentDay().date();
    }

    private Day currentDay() {
        long now = clock.millis();
        Day day = this.day;
        if (now < day.startMillis() || now >= day.startMillis() + MILLIS_PER_DAY) {
            // Every cache hit asks: the day is worked out again only when the clock has left it.
            long epochDay = Math.floorDiv(now, MILLIS_PER_DAY);
            day = new Day(LocalDate.ofEpochDay(epochDay), epochDay * MILLIS_PER_DAY);
            this.day = day;
        }
        return day;
    }

    private static String name(Limit limit) {
        return switch (limit) {
            case PER_STORY -> "per-story";
            case PER_PROFILE_PER_DAY -> "per-profile daily";
            case PER_DAY -> "daily";
            case PER_INSTANCE_PER_DAY -> "per-instance daily";
        };
    }

    private static String field(Limit limit) {
        return switch (limit) {
            case PER_STORY -> "maxPerStory";
            case PER_PROFILE_PER_DAY -> "maxPerProfilePerDay";
            case PER_DAY -> "maxPerDay";
            case PER_INSTANCE_PER_DAY -> "maxPerInstancePerDay";
        };
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
