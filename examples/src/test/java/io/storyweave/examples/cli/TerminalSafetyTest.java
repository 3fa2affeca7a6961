package io.storyweave.examples.cli;

import io.storyweave.StoryWeave;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text from outside (option values, model answers, service errors) never reaches the terminal
 * with a control character or bidi override in it, and an error stays one readable line.
 */
class TerminalSafetyTest {
    /** Clears the screen, sets the window title and rings the bell on a terminal that obeys. */
    static final String HOSTILE = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\r";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ScriptedModelProvider model = new ScriptedModelProvider();

    private int run(String... args) {
        ClientFactory scripted = (tier, store, properties) -> StoryWeave.builder().provider(model).store(store)
                .tier(tier).environment(Map.of()).build();
        CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), scripted,
                key -> null, key -> null, false);
        return Main.run(ctx, args);
    }

    /**
     * @param text what was printed
     * @return whether a terminal would act on any of it instead of showing it
     */
    static boolean hasTerminalControls(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069));
    }

    static Stream<Arguments> hostileOptions() {
        return Stream.of(
                Arguments.of("--neurotype", new String[] {"create", "--neurotype", "adhd" + HOSTILE, "--age", "7",
                    "--theme", "space"}),
                Arguments.of("--tier", new String[] {"create", "--neurotype", "adhd", "--age", "7", "--theme", "space",
                    "--tier", HOSTILE}),
                Arguments.of("--anxiety-style", new String[] {"create", "--neurotype", "anxiety", "--age", "7",
                    "--theme", "space", "--anxiety-style", "calm" + HOSTILE}),
                Arguments.of("unknown option", new String[] {"create", "--wings" + HOSTILE}),
                Arguments.of("--store", new String[] {"profiles", "list", "--store", HOSTILE}),
                Arguments.of("--age", new String[] {"create", "--neurotype", "adhd", "--age", "7" + HOSTILE,
                    "--theme", "space"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileOptions")
    void aHostileOptionValueIsShownAsVisibleEscapesInOneLine(String option, String[] args) {
        int code = run(args);

        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(hasTerminalControls(err.toString())).as(err.toString()).isFalse();
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).contains("\\u001B[2J").contains("\\u202E");
    }

    @Test
    void aHugeHostileServiceMessageBecomesOneCappedLineThatKeepsBothEndsAndSaysHowMuchWasCut() {
        String huge = "Malformed input " + HOSTILE + "x".repeat(300_000) + " end";
        model.thenFail(ScriptedModelProvider.invalid(huge));

        int code = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space");

        assertThat(code).isEqualTo(Main.EXIT_FAILURE);
        assertThat(err.toString().lines().toList()).hasSize(1);
        String line = err.toString().strip();
        assertThat(hasTerminalControls(line)).isFalse();
        assertThat(line.length()).isLessThan(TerminalText.MAX_LINE + 100);
        assertThat(line).startsWith("storyweave: ").contains("Malformed input \\u001B[2J")
                .containsPattern(" … \\(\\d{6} characters not shown\\) … x+ end")
                .endsWith("(--verbose shows details)");
    }

    @Test
    void storyTextLosesItsControlsButKeepsAccentsEmojiAndOtherScripts() {
        String friendly = "Ünïcødé 🚀 日本語 שלום";
        model.thenAnswer(ScriptedModelProvider.validStoryJson(2)
                .replace("a big red sun.", "a big \\u001b[31mred\\u001b[0m sun\\u0007. " + friendly + ". \u202eWow.")
                .replace("[HERO] and the Red Sun", "[HERO] and the \\u009b2J Sun"));

        int code = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "2");

        assertThat(code).as(err.toString()).isZero();
        assertThat(hasTerminalControls(out.toString())).as(out.toString()).isFalse();
        assertThat(out.toString()).contains("Sam and the \\u009B2J Sun")
                .contains("1. Sam can see a big \\u001B[31mred\\u001B[0m sun\\u0007. " + friendly + ". \\u202EWow.");
    }

    @Test
    void jsonOutputStaysValidJsonThatDecodesToTheOriginalText() throws Exception {
        model.thenAnswer(ScriptedModelProvider.validStoryJson(1)
                .replace("a big red sun.", "a big \u202ered\u0085 sun."));

        int code = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "1", "--json");

        assertThat(code).as(err.toString()).isZero();
        assertThat(hasTerminalControls(out.toString())).isFalse();
        String text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get("pages").get(0)
                .get("text").asText();
        assertThat(text).contains("a big \u202ered\u0085 sun.");
    }
}
