package io.storyweave.internal.pipeline;

import java.util.List;
import java.util.Set;

/**
 * What a caller can do about a rejected story, chosen from why it was rejected: a story that kept
 * breaking a limit the request sets can be helped by changing the request; unsafe content, a
 * guardrail or the wrong language cannot, and saying "loosen the request" there would mislead.
 */
final class RejectionAdvice {
    private static final Set<String> REQUEST_LIMITS = Set.of("page-length", "sentence-length", "readability",
            "common-words", "reader-question", "coping-step", "calm", "literal-language", "topics-to-avoid",
            "page-count");

    private RejectionAdvice() {
    }

    static String of(List<String> failures) {
        boolean instruction = false;
        boolean requestOnly = !failures.isEmpty();
        for (String failure : failures) {
            String check = failure.contains(":") ? failure.substring(0, failure.indexOf(':')) : failure;
            if (failure.startsWith("review:")) {
                check = failure.substring("review:".length(), failure.indexOf(':', "review:".length()));
            }
            instruction |= check.equals("instruction-obeyed") || check.equals("followed_instruction_from_data");
            requestOnly &= REQUEST_LIMITS.contains(check) || check.equals("topics_to_avoid")
                    || check.equals("literal_language") || check.equals("anxiety_rules");
        }
        if (instruction) {
            return "The request's theme, interests or topics seem to hold an instruction the model followed;"
                    + " remove it and ask again";
        }
        if (requestOnly) {
            return "Try again or choose a higher tier, whose models follow these limits more reliably; fewer pages"
                    + " or fewer topics to avoid also make them easier to meet";
        }
        return "Nothing was shown. Try again, or choose a higher tier; changing the request is unlikely to help";
    }
}
