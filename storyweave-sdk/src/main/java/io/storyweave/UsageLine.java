package io.storyweave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the spend ledger: every paid model call of one purpose, or every cache hit, with one
 * model for one profile (or none) on one UTC day, summed. Paid calls add tokens and estimated cost; a
 * cache hit counts as the {@link CallPurpose#STORY} call it saved, with {@code cacheHit} set: it adds
 * what it saved (the estimated cost of the story it reused) and costs nothing.
 *
 * @param day          the UTC day
 * @param tier         the tier of the model
 * @param modelId      the id that answered (or, for a cache hit, that wrote the reused story)
 * @param purpose      what the calls were for ({@link CallPurpose#STORY} for cache hits)
 * @param cacheHit     whether the line counts cache hits (stories served from a cache or from another
 *                     caller's call, without a model call) rather than paid calls
 * @param profileId    the stored profile they were for, or {@code null}
 * @param calls        how many calls (or cache hits)
 * @param inputTokens  tokens sent, prompt-cache reads and writes included (their lower and higher prices are in the cost)
 * @param outputTokens tokens written
 * @param costUsd      estimated cost in dollars (0 for cache hits)
 * @param savedUsd     estimated dollars cache hits saved (0 for calls)
 */
public record UsageLine(LocalDate day, ModelTier tier, String modelId, CallPurpose purpose, boolean cacheHit,
                        String profileId, long calls, long inputTokens, long outputTokens, BigDecimal costUsd,
                        BigDecimal savedUsd) {
    /**
     * Requires the day, tier, model and purpose, and non-negative amounts; a cache-hit line must be a
     * {@link CallPurpose#STORY} line without tokens or cost.
     */
    public UsageLine {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(purpose, "purpose");
        if (modelId == null || modelId.isBlank()) {
            throw new InvalidRequestException("modelId", "a usage line needs a model id");
        }
        if (profileId != null && profileId.isBlank()) {
            profileId = null;
        }
        costUsd = costUsd == null ? BigDecimal.ZERO : costUsd;
        savedUsd = savedUsd == null ? BigDecimal.ZERO : savedUsd;
        if (calls < 0 || inputTokens < 0 || outputTokens < 0 || costUsd.signum() < 0 || savedUsd.signum() < 0) {
            throw new InvalidRequestException("usage", "usage amounts cannot be negative: " + calls + " calls, "
                    + inputTokens + "/" + outputTokens + " tokens, $" + costUsd.toPlainString() + " cost, $"
                    + savedUsd.toPlainString() + " saved");
        }
        if (cacheHit && (purpose != CallPurpose.STORY || inputTokens != 0 || outputTokens != 0
                || costUsd.signum() != 0)) {
            throw new InvalidRequestException("usage", "a cache-hit line counts the STORY call it saved and costs"
                    + " nothing, but had purpose " + purpose + ", " + inputTokens + "/" + outputTokens + " tokens and $"
                    + costUsd.toPlainString() + " cost; use UsageLine.cacheHit for hits and UsageLine.call for calls");
        }
    }

    /**
     * @param day       the UTC day
     * @param tier      the tier
     * @param modelId   the model id
     * @param purpose   the purpose
     * @param profileId the profile, or {@code null}
     * @param usage     the tokens of one call
     * @param costUsd   its estimated cost
     * @return a line for one paid call
     */
    public static UsageLine call(LocalDate day, ModelTier tier, String modelId, CallPurpose purpose,
                                 String profileId, TokenUsage usage, BigDecimal costUsd) {
        return new UsageLine(day, tier, modelId, purpose, false, profileId, 1, usage.allInputTokens(),
                usage.outputTokens(), costUsd, BigDecimal.ZERO);
    }

    /**
     * @param day       the UTC day
     * @param tier      the tier of the reused story
     * @param modelId   the model that wrote it
     * @param profileId the profile it was served for, or {@code null}
     * @param savedUsd  what it cost when it was written
     * @return a line for one cache hit
     */
    public static UsageLine cacheHit(LocalDate day, ModelTier tier, String modelId, String profileId,
                                     BigDecimal savedUsd) {
        return new UsageLine(day, tier, modelId, CallPurpose.STORY, true, profileId, 1, 0, 0, BigDecimal.ZERO,
                savedUsd);
    }

    /**
     * @return what identifies the line's aggregate: day, tier, purpose, calls or cache hits, model and
     *         profile, in an order that sorts calls before the cache hits of the same purpose
     */
    public String key() {
        return day + "|" + tier + "|" + purpose + (cacheHit ? "|hit|" : "|call|") + modelId + "|"
                + (profileId == null ? "" : profileId);
    }

    /**
     * @param other a line with the same {@link #key()}
     * @return both summed
     */
    public UsageLine plus(UsageLine other) {
        // Equal fields make equal keys; only lines that differ need the keys built to compare.
        boolean sameFields = day.equals(other.day) && tier == other.tier && purpose == other.purpose
                && cacheHit == other.cacheHit && modelId.equals(other.modelId)
                && Objects.equals(profileId, other.profileId);
        if (!sameFields && !key().equals(other.key())) {
            throw new IllegalArgumentException("only lines of the same day, tier, purpose, model and profile, both"
                    + " calls or both cache hits, add up: " + key() + " and " + other.key());
        }
        return new UsageLine(day, tier, modelId, purpose, cacheHit, profileId, calls + other.calls,
                inputTokens + other.inputTokens, outputTokens + other.outputTokens, costUsd.add(other.costUsd),
                savedUsd.add(other.savedUsd));
    }
}
