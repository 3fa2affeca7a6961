package io.storyweave.internal.pipeline;

import io.storyweave.internal.quality.Draft;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftParserTest {
    /** Answers of every shape the tree reading accepts or explains; the direct reading must agree on each. */
    private static final List<String> ANSWERS = List.of(
            "{\"title\":\"The Moon\",\"pages\":[{\"text\":\"One.\"},{\"text\":\"Two.\"}]}",
            "{\"title\":\"  Padded  \",\"pages\":[\"plain\",{\"text\":\"object\",\"mood\":[1,{\"x\":null}]}]}",
            "{\"pages\":[{\"text\":\"first\"}],\"extra\":{\"deep\":[[[]]]},\"title\":\"Late title\"}",
            "{\"title\":\"A\",\"title\":\"B\",\"pages\":[\"x\"],\"pages\":[\"y\",\"z\"]}",
            "{\"title\":\"A\",\"title\":7,\"pages\":[\"x\"]}",
            "{\"title\":\"A\",\"pages\":[\"x\"],\"pages\":{}}",
            "{\"title\":\"A\",\"pages\":[{\"text\":\"x\",\"text\":5}]}",
            "{\"title\":\"A\",\"pages\":[{\"text\":5,\"text\":\"x\"}]}",
            "{\"title\":\"A\",\"pages\":[{\"words\":\"x\"}]}",
            "{\"title\":\"A\",\"pages\":[\"x\",3,\"y\"]}",
            "{\"title\":\"A\",\"pages\":[\"x\",null]}",
            "{\"title\":\"A\",\"pages\":[]}",
            "{\"title\":null,\"pages\":[\"x\"]}",
            "{\"pages\":[\"x\"]}",
            "{\"title\":\"A\"}",
            "{\"title\":\"A\",\"pages\":\"x\"}",
            "Here is your story: {\"title\":\"A\",\"pages\":[\"x\"]} I hope you like it.",
            "```json\n{\"title\":\"A\",\"pages\":[{\"text\":\"x\"}]}\n```",
            "  \n\t{\"title\":\"Tabs\",\"pages\":[\"x\"]}\n  ",
            "\u2003{\"title\":\"Em space\",\"pages\":[\"x\"]}",
            "{\"title\":\"A\",\"pages\":[\"x\"]} {\"title\":\"B\"}",
            "{\"title\":\"A\",\"pages\":[\"x\"]",
            "{\"title\":\"A\",\"pages\":[\"x\"],}",
            "{\"title\":\"A\",\"pages\":[\"x\",\"y\"],\"broken\":tru}",
            "{\"title\":\"Esc \\\"q\\\" \\\\ \\u00e9\",\"pages\":[\"line\\nline\"]}",
            "[\"title\",\"pages\"]",
            "\"just text\"",
            "42",
            "",
            "   ",
            "no json at all");

    @Test
    void readsEachShapeOfAnswerAsTheTreeReadingDoes() {
        for (String answer : ANSWERS) {
            assertThat(outcome(() -> DraftParser.parse(answer))).as(answer)
                    .isEqualTo(outcome(() -> DraftParser.parseTree(answer)));
        }
        assertThat(outcome(() -> DraftParser.parse(null))).isEqualTo(outcome(() -> DraftParser.parseTree(null)));
    }

    @Test
    void takesTheTitleAndPagesOfAStoryObject() throws Exception {
        Draft draft = DraftParser.parse("{\"title\":\" The \\\"Moon\\\" \",\"pages\":[{\"text\":\"One.\"},\"Two.\"],"
                + "\"notes\":{\"pages\":[\"not these\"]}}");
        assertThat(draft).isEqualTo(new Draft("The \"Moon\"", List.of("One.", "Two.")));
    }

    @Test
    void explainsAPageThatIsNeitherTextNorAnObjectWithText() {
        assertThatThrownBy(() -> DraftParser.parse("{\"title\":\"A\",\"pages\":[\"x\",3]}"))
                .isInstanceOf(DraftParser.MalformedOutput.class)
                .hasMessage("page 2 is not an object with a \"text\" string");
    }

    @Property(tries = 400)
    void agreesWithTheTreeReadingOnMangledAnswers(@ForAll("mangled") String answer) {
        assertThat(outcome(() -> DraftParser.parse(answer))).isEqualTo(outcome(() -> DraftParser.parseTree(answer)));
    }

    /** Valid answers with a piece cut out, doubled or swapped for another token. */
    @Provide
    Arbitrary<String> mangled() {
        Arbitrary<String> answer = Arbitraries.of(ANSWERS);
        Arbitrary<String> piece = Arbitraries.of("", "{", "}", "[", "]", ",", ":", "\"", "\"text\"", "\"title\"",
                "\"pages\"", "null", "1", "\\", "\"x\"", " ", "[\"p\"]");
        return net.jqwik.api.Combinators.combine(answer, piece, Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 3)).as((text, insert, at, cut) -> {
                    int i = Math.min(at, text.length());
                    int j = Math.min(text.length(), i + cut);
                    return text.substring(0, i) + insert + text.substring(j);
                });
    }

    @FunctionalInterface
    private interface Reading {
        Draft read() throws DraftParser.MalformedOutput;
    }

    /** @return the draft, or the failure's kind and message */
    private static Object outcome(Reading reading) {
        try {
            return reading.read();
        } catch (DraftParser.MalformedOutput | RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
