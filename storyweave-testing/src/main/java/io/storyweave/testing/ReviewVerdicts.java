package io.storyweave.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** The review tool's answer as a reviewer gives it: one verdict per category, the others fine. */
public final class ReviewVerdicts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewVerdicts() {
    }

    /**
     * @param categories the categories the review's schema requires, in order
     * @param failing    the categories that fail, each with its reason
     * @return the review tool's input as JSON
     */
    public static String json(List<String> categories, Map<String, String> failing) {
        ObjectNode verdicts = JSON.createObjectNode();
        for (String category : categories) {
            String reason = failing.get(category);
            verdicts.putObject(category).put("ok", reason == null).put("reason", reason == null ? "fine" : reason);
        }
        return verdicts.toString();
    }
}
