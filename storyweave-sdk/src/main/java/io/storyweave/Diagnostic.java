package io.storyweave;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of a self-check: what a plugin found about its own setup (credentials, region,
 * identity, model access, tables, time to live, guardrail) and, when something is wrong, what to
 * do. Messages never hold a secret. See {@link StoryWeave.Builder#diagnose}.
 *
 * @param status  how the check ended
 * @param topic   what was checked, one or two words, e.g. {@code credentials} or {@code model medium}
 * @param message what was found and, for WARN and FAIL, the fix
 */
public record Diagnostic(Status status, String topic, String message) {
    /** How a check ended. */
    public enum Status {
        /** Usable. */
        OK,
        /** Usable, but worth knowing. */
        WARN,
        /** Not usable until fixed. */
        FAIL
    }

    /** Requires all three parts, with a non-blank topic and message. */
    public Diagnostic {
        Objects.requireNonNull(status, "status");
        if (topic == null || topic.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a diagnostic needs a topic and a message");
        }
    }

    /**
     * @param topic   what was checked
     * @param message what was found
     * @return an OK line
     */
    public static Diagnostic ok(String topic, String message) {
        return new Diagnostic(Status.OK, topic, message);
    }

    /**
     * @param topic   what was checked
     * @param message what was found and what to know
     * @return a WARN line
     */
    public static Diagnostic warn(String topic, String message) {
        return new Diagnostic(Status.WARN, topic, message);
    }

    /**
     * @param topic   what was checked
     * @param message what is wrong and how to fix it
     * @return a FAIL line
     */
    public static Diagnostic fail(String topic, String message) {
        return new Diagnostic(Status.FAIL, topic, message);
    }

    /** @return the line as {@code storyweave doctor} prints it, e.g. {@code [ OK ] region          us-east-1} */
    public String line() {
        String tag = switch (status) {
            case OK -> "[ OK ]";
            case WARN -> "[WARN]";
            case FAIL -> "[FAIL]";
        };
        return tag + " " + String.format(Locale.ROOT, "%-15s", topic) + " " + message;
    }
}
