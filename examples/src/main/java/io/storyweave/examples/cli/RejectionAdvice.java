package io.storyweave.examples.cli;

import io.storyweave.StoryRejectedException;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a user of the command line can do about a rejected story, from the reasons it was
 * rejected: only a limit that the request sets (topics to avoid, a calm story, the length and
 * reading level that follow from age and needs) is worth changing the request for; a guardrail,
 * unsafe words or a badly formed draft call for another try or a stronger model. The SDK's own
 * advice is left out, because it cannot know which options the user has.
 */
final class RejectionAdvice {
    private static final String TRY_AGAIN = "Try again, or use a higher tier (--tier quality or --tier expensive).";
    private static final String LIMITS = "The sentence and page lengths and the reading level follow from --age"
            + " and --neurotype: a simpler --theme, or the same story over more --pages, makes them easier to meet.";
    /** Quality checks whose limit comes from the request, by the name the SDK gives each check. */
    private static final Map<String, String> REQUEST_DRIVEN = Map.of(
            "topics-to-avoid", "The story kept coming back to a topic to avoid (--avoid, or the profile's list):"
                    + " choose a --theme and --interests further from it.",
            "calm", "A calm story for anxiety has no peril at all: choose a gentler --theme, or --anxiety-style coping.",
            "sentence-length", LIMITS,
            "page-length", LIMITS,
            "readability", LIMITS,
            "common-words", LIMITS);
    private static final Pattern CHECK_NAME = Pattern.compile("^([a-z-]+): ");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[A-Z])");

    private RejectionAdvice() {
    }

    /**
     * @param e a rejected story
     * @return one message: what happened, each reason, and what to do about those reasons
     */
    static String describe(StoryRejectedException e) {
        Set<String> advice = new LinkedHashSet<>();
        for (String reason : e.reasons()) {
            Matcher check = CHECK_NAME.matcher(reason);
            String requestAdvice = check.find() ? REQUEST_DRIVEN.get(check.group(1)) : null;
            if (requestAdvice != null) {
                advice.add(requestAdvice);
            }
        }
        String what = advice.isEmpty() ? TRY_AGAIN : String.join(" ", advice) + " Or try again with a higher tier.";
        String reasons = e.reasons().isEmpty() ? "" : ": " + String.join("; ", e.reasons());
        return headline(e) + reasons + ". " + what;
    }

    /** The SDK's first sentence (what happened), without its reasons and its advice. */
    private static String headline(StoryRejectedException e) {
        String message = e.getMessage();
        String reasons = ": " + String.join("; ", e.reasons());
        if (!e.reasons().isEmpty() && message.endsWith(reasons)) {
            message = message.substring(0, message.length() - reasons.length());
        }
        Matcher end = SENTENCE_END.matcher(message);
        return end.find() ? message.substring(0, end.start()) : message.replaceAll("[.\\s]+$", "");
    }
}
