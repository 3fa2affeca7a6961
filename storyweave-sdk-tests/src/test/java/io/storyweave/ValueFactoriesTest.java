package io.storyweave;

import io.storyweave.spi.ModelResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The factories of public records build the same validated values as their constructors. */
class ValueFactoriesTest {
    @Test
    void aQualityReportBuiltStepByStepCarriesEveryValueAndRoundTripsThroughToBuilder() {
        QualityReport report = QualityReport.builder().readabilityGrade(2.1).targetGrade(3.0).averageSentenceWords(6.5)
                .longestSentenceWords(9).maxSentenceWords(12).checks(List.of(new QualityCheck("readability", true, "ok")))
                .drafts(2).build();

        assertThat(report).isEqualTo(new QualityReport(2.1, 3.0, 6.5, 9, 12,
                List.of(new QualityCheck("readability", true, "ok")), 2));
        assertThat(report.toBuilder().build()).isEqualTo(report);
        assertThat(report.toBuilder().drafts(1).build().drafts()).isEqualTo(1);
    }

    @Test
    void aQualityReportBuilderStillRefusesZeroDrafts() {
        assertThatThrownBy(() -> QualityReport.builder().drafts(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
    }

    @Test
    void progressStartsWithoutCountsAndGainsThemByCopy() {
        StoryProgress start = StoryProgress.of(StoryProgress.Stage.WRITING, "writing the story");
        StoryProgress later = start.withDraft(1).withPages(2, 5);

        assertThat(start.pagesWritten()).isZero();
        assertThat(later).isEqualTo(new StoryProgress(StoryProgress.Stage.WRITING, 1, 2, 5, "writing the story"));
        assertThatThrownBy(() -> start.withPages(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aModelResponseDefaultsToZeroUsageAndNoStopReasonOrRequestId() {
        ModelResponse response = ModelResponse.builder("{}", "anthropic.claude").build();

        assertThat(response.usage()).isEqualTo(TokenUsage.ZERO);
        assertThat(response.stopReason()).isNull();
        assertThat(response.requestId()).isNull();
        assertThat(ModelResponse.builder("{}", "m").usage(new TokenUsage(1, 2)).stopReason("tool_use").requestId("r")
                .build()).isEqualTo(new ModelResponse("{}", new TokenUsage(1, 2), "m", "tool_use", "r"));
        assertThatThrownBy(() -> ModelResponse.builder(null, "m").build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCacheHitLineIsAStoryLineThatSavedMoneyAndCostNothingAndNeverAddsUpWithPaidCalls() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 25);
        UsageLine hit = UsageLine.cacheHit(day, ModelTier.MEDIUM, "m", "p1", new java.math.BigDecimal("0.04"));
        UsageLine paid = UsageLine.call(day, ModelTier.MEDIUM, "m", CallPurpose.STORY, "p1", new TokenUsage(1, 2),
                new java.math.BigDecimal("0.04"));

        assertThat(hit.purpose()).isEqualTo(CallPurpose.STORY);
        assertThat(hit.cacheHit()).isTrue();
        assertThat(hit.costUsd()).isZero();
        assertThat(paid.cacheHit()).isFalse();
        assertThat(hit.key()).isNotEqualTo(paid.key());
        assertThat(hit.plus(hit).calls()).isEqualTo(2);
        assertThatThrownBy(() -> hit.plus(paid)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsageLine(day, ModelTier.MEDIUM, "m", CallPurpose.REVIEW, true, null, 1, 0, 0,
                null, null)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("REVIEW");
        assertThatThrownBy(() -> new UsageLine(day, ModelTier.MEDIUM, "m", CallPurpose.STORY, true, null, 1, 0, 0,
                new java.math.BigDecimal("0.01"), null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("$0.01 cost");
    }
}
