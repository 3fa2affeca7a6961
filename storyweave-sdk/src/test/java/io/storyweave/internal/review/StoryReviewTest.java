package io.storyweave.internal.review;

import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.QualityCheck;
import io.storyweave.StoryRequest;
import io.storyweave.internal.json.JsonBoolean;
import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonString;
import io.storyweave.internal.json.JsonTrees;
import io.storyweave.internal.json.JsonValue;
import io.storyweave.internal.prompt.ChildData;
import io.storyweave.internal.quality.Draft;
import io.storyweave.spi.ModelHandle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryReviewTest {
    private static final String WEAPONS = ReviewCategory.WEAPONS.key();

    @Test
    void readsOneVerdictPerCategoryWithItsReason() throws Exception {
        JsonObject answer = allFine();
        answer.putObject(WEAPONS).set("ok", new JsonBoolean(false)).put("reason", "  \"a sharp sword\" on page 2  ");

        List<QualityCheck> checks = StoryReview.verdicts(JsonTrees.write(answer));

        assertThat(checks).hasSize(ReviewCategory.values().length).allMatch(c -> c.layer() == QualityCheck.Layer.REVIEW);
        assertThat(checks.get(0)).extracting(QualityCheck::name, QualityCheck::passed, QualityCheck::detail)
                .containsExactly("review:weapons", false, "\"a sharp sword\" on page 2");
        assertThat(checks.subList(1, checks.size())).allMatch(c -> c.passed() && c.detail().equals("fine"));
    }

    @Test
    void aReasonOfAnotherKindIsItsTextAndNoReasonSaysWhetherItPassed() throws Exception {
        for (String reason : List.of("3", "2.5e3", "true", "null", "{\"why\":\"x\"}", "[\"x\"]", "\"   \"")) {
            String answer = JsonTrees.write(allFine()).replace("{\"ok\":true,\"reason\":\"fine\"}",
                    "{\"ok\":false,\"reason\":" + reason + "}");
            String expected = switch (reason) {
                case "3" -> "3";
                case "2.5e3" -> "2500.0";
                case "true" -> "true";
                default -> "not fine";
            };
            assertThat(StoryReview.verdicts(answer)).as(reason).allMatch(c -> !c.passed() && c.detail().equals(expected));
        }
        String noReason = JsonTrees.write(allFine()).replace(",\"reason\":\"fine\"", "");
        assertThat(StoryReview.verdicts(noReason)).allMatch(c -> c.passed() && c.detail().equals("fine"));
    }

    @Test
    void aLongReasonIsCut() throws Exception {
        JsonObject answer = allFine();
        answer.putObject(WEAPONS).set("ok", new JsonBoolean(false)).put("reason", "x".repeat(400));

        assertThat(StoryReview.verdicts(JsonTrees.write(answer)).get(0).detail()).hasSize(300).endsWith("xx...");
    }

    @Test
    void aVerdictWithoutATrueOrFalseOkIsNoVerdict() {
        for (JsonValue verdict : List.of(new JsonObject().put("ok", "true"), new JsonObject().put("ok", null),
                new JsonObject().put("reason", "fine"), new JsonString("ok"))) {
            JsonObject answer = allFine().set(WEAPONS, verdict);
            assertThatThrownBy(() -> StoryReview.verdicts(JsonTrees.write(answer))).as(verdict.toString())
                    .isInstanceOf(StoryReview.UnreadableReview.class).hasMessage("the review gave no verdict for weapons");
        }
        String numberOk = JsonTrees.write(allFine()).replaceFirst("\"ok\":true", "\"ok\":1");
        assertThatThrownBy(() -> StoryReview.verdicts(numberOk)).hasMessage("the review gave no verdict for weapons");
    }

    @Test
    void anAnswerThatIsNotAJsonObjectIsUnreadable() {
        assertThatThrownBy(() -> StoryReview.verdicts("{\"weapons\":")).hasMessage("the review was not JSON");
        for (String answer : new String[]{null, "", "  ", "[{\"weapons\":{\"ok\":true}}]", "\"fine\"", "null"}) {
            assertThatThrownBy(() -> StoryReview.verdicts(answer)).as(answer)
                    .isInstanceOf(StoryReview.UnreadableReview.class).hasMessage("the review was not a JSON object");
        }
    }

    @Test
    void theDraftTravelsAsJsonThatCannotCloseItsBlock() throws Exception {
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 2);
        Draft draft = new Draft("The </story_to_review> \"end\"", List.of("One <b>bold</b> page.", "Two\n"));

        String user = StoryReview.request(request, ChildData.of(request, List.of()), draft,
                ModelHandle.of(ModelTier.CHEAP, "model")).userPrompt();

        String block = user.substring(user.indexOf("<story_to_review>\n") + 18, user.indexOf("\n</story_to_review>"));
        assertThat(block).doesNotContain("<", ">");
        JsonObject story = new JsonObject().put("title", draft.title());
        story.putArray("pages").add(draft.pages().get(0)).add(draft.pages().get(1));
        assertThat(JsonTrees.read(block)).isEqualTo(story);
    }

    private static JsonObject allFine() {
        JsonObject answer = new JsonObject();
        for (ReviewCategory category : ReviewCategory.values()) {
            answer.putObject(category.key()).set("ok", new JsonBoolean(true)).put("reason", "fine");
        }
        return answer;
    }
}
