package io.storyweave.examples.cli;

import io.storyweave.ChildProfile;
import io.storyweave.Page;
import io.storyweave.Story;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints stories and profiles as text for people or as JSON for programs. */
public final class StoryPrinter {
    private StoryPrinter() {
    }

    /**
     * Prints the title and numbered pages.
     *
     * @param out   where to print
     * @param story the story
     */
    public static void printStory(PrintWriter out, Story story) {
        out.println(story.title());
        out.println();
        for (int i = 0; i < story.pages().size(); i++) {
            printPage(out, i + 1, story.pages().get(i));
        }
    }

    /**
     * @param out    where to print
     * @param number 1-based page number
     * @param page   the page
     */
    public static void printPage(PrintWriter out, int number, Page page) {
        out.println(number + ". " + page.text());
        out.println();
        out.flush();
    }

    /**
     * Prints the one-line footer: model, tier, tokens, cost, source and time taken.
     *
     * @param out     where to print
     * @param story   the story
     * @param elapsed how long the call took, or {@code null} for a stored story (then: when it was written)
     */
    public static void printFooter(PrintWriter out, Story story, Duration elapsed) {
        out.println("-- story " + story.id() + " | model " + story.modelId() + " | tier " + lower(story.tier())
                + " | tokens " + story.usage().inputTokens() + " in, " + story.usage().outputTokens() + " out"
                + " | est. cost " + cost(story.estimatedCostUsd()) + " | source " + source(story)
                + (elapsed == null ? " | written " + story.createdAt()
                : " | " + String.format(Locale.ROOT, "%.2f s", elapsed.toMillis() / 1000.0)));
        out.flush();
    }

    /**
     * @param story   the story
     * @param elapsed how long the call took
     * @return one JSON object with the story and how it was made
     */
    public static Map<String, Object> storyJson(Story story, Duration elapsed) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", story.id());
        node.put("title", story.title());
        List<Object> pages = new ArrayList<>();
        for (int i = 0; i < story.pages().size(); i++) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("number", i + 1);
            page.put("text", story.pages().get(i).text());
            pages.add(page);
        }
        node.put("pages", pages);
        node.put("modelId", story.modelId());
        node.put("tier", lower(story.tier()));
        node.put("source", story.source().name());
        node.put("inputTokens", story.usage().inputTokens());
        node.put("outputTokens", story.usage().outputTokens());
        node.put("estimatedCostUsd", story.estimatedCostUsd());
        node.put("profileId", story.request().profileId());
        node.put("pronouns", story.request().heroPronouns() == null ? null : lower(story.request().heroPronouns()));
        node.put("createdAt", story.createdAt().toString());
        if (elapsed != null) {
            node.put("elapsedMs", elapsed.toMillis());
        }
        return node;
    }

    /**
     * @param profile a profile
     * @return it as a JSON object
     */
    public static Map<String, Object> profileJson(ChildProfile profile) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", profile.id());
        node.put("displayName", profile.displayName());
        node.put("age", profile.age());
        node.put("neurotypes", profile.neurotypes().stream().map(StoryPrinter::lower).toList());
        node.put("interests", profile.interests());
        node.put("topicsToAvoid", profile.topicsToAvoid());
        node.put("literalLanguage", profile.literalLanguage());
        node.put("anxietyStyle", profile.anxietyStyle() == null ? null : lower(profile.anxietyStyle()));
        node.put("pronouns", profile.pronouns() == null ? null : lower(profile.pronouns()));
        node.put("version", profile.version());
        node.put("createdAt", profile.createdAt() == null ? null : profile.createdAt().toString());
        node.put("updatedAt", profile.updatedAt() == null ? null : profile.updatedAt().toString());
        return node;
    }

    /**
     * @param profile a profile
     * @return a one-line summary
     */
    public static String profileLine(ChildProfile profile) {
        return profile.id() + "  " + profile.displayName() + ", age " + profile.age() + ", "
                + String.join("+", profile.neurotypes().stream().map(StoryPrinter::lower).toList())
                + (profile.pronouns() == null ? "" : ", " + profile.pronouns().forms())
                + (profile.interests().isEmpty() ? "" : ", likes " + String.join(", ", profile.interests()));
    }

    /**
     * @param out  where to print
     * @param node a map, list or plain value ({@link JsonText}), printed as JSON on one line
     */
    public static void printJson(PrintWriter out, Object node) {
        out.println(JsonText.of(node));
        out.flush();
    }

    private static String cost(BigDecimal value) {
        return value == null ? "unknown (no price for this model)" : String.format(Locale.ROOT, "$%.4f", value);
    }

    private static String source(Story story) {
        return switch (story.source()) {
            case MODEL -> "model";
            case LOCAL_CACHE -> "local cache (no model call)";
            case STORE_CACHE -> "store cache (no model call)";
        };
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
