package io.storyweave.examples.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every {@code console} block of README-cli.md, in order, with the real jar against the stand-ins
 * (Bedrock and STS on WireMock, DynamoDB on dynalite with tables of its own), and checks that what the
 * README shows is what the command prints: each line of output as written, where {@code …} stands for
 * any text and a line that is only {@code …} for any number of lines (runs of spaces and the
 * indentation do not count). Ids and cursors the README
 * shows are learned from the output that first shows them and replaced in later commands, so the
 * examples can reuse them as a reader would. {@code # exit N} after a command is its exit code (else 0).
 */
class ReadmeExamplesIT extends StandIns {
    private static final Pattern BLOCK = Pattern.compile("```console\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            + "|(?<=--after )[0-9a-f]{16,}");
    private static final Pattern EXIT = Pattern.compile("\\s+# exit (\\d+)$");

    /** README value → the value of this run, for ids and cursors. */
    private final Map<String, String> learned = new HashMap<>();

    @Test
    void everyConsoleExampleOfReadmeCliPrintsWhatItShows() throws Exception {
        String readme = Files.readString(Path.of("README-cli.md"));
        Map<String, String> env = CliRun.awsEnv(aws, dynamo.endpoint().toString());
        env.put("STORYWEAVE_DYNAMODB_TABLE_PREFIX", "readme" + UUID.randomUUID().toString().substring(0, 6) + "-");
        int commands = 0;
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            for (Example example : examples(block.group(1))) {
                run(env, example);
                commands++;
            }
        }
        assertThat(commands).as("console examples in README-cli.md").isGreaterThanOrEqualTo(10);
    }

    private record Example(String command, int exitCode, List<String> expected) {
    }

    private static List<Example> examples(String block) {
        List<Example> out = new ArrayList<>();
        String command = null;
        int exit = 0;
        List<String> expected = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    out.add(new Example(command, exit, expected));
                }
                Matcher code = EXIT.matcher(line);
                exit = code.find() ? Integer.parseInt(code.group(1)) : 0;
                command = line.substring(2).replaceAll(EXIT.pattern(), "").strip();
                expected = new ArrayList<>();
            } else if (!line.isBlank()) {
                expected.add(line);
            }
        }
        if (command != null) {
            out.add(new Example(command, exit, expected));
        }
        return out;
    }

    private void run(Map<String, String> env, Example example) {
        String command = example.command();
        for (Map.Entry<String, String> value : learned.entrySet()) {
            command = command.replace(value.getKey(), value.getValue());
        }
        assertThat(command).as("README commands start with storyweave").startsWith("storyweave ");
        CliRun run = CliRun.run(env, split(command.substring("storyweave ".length())));
        String actual = (run.stdout() + run.stderr()).lines().filter(l -> !l.isBlank())
                .map(l -> l.replaceAll(" {2,}", " ").strip()).reduce("", (a, b) -> a + b + "\n");
        assertThat(run.exitCode()).as("exit code of " + example.command() + "\n" + run.describe())
                .isEqualTo(example.exitCode());
        List<String> variables = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex(example.expected(), variables)).matcher(actual);
        assertThat(matcher.matches()).as("README-cli shows for '" + example.command() + "':\n"
                + String.join("\n", example.expected()) + "\n\nbut it printed:\n" + actual).isTrue();
        for (int i = 0; i < variables.size(); i++) {
            learned.put(variables.get(i), matcher.group(i + 1));
        }
    }

    /** The expected lines as one regex over the printed lines; new ids and cursors become groups. */
    private String regex(List<String> expected, List<String> variables) {
        StringBuilder regex = new StringBuilder();
        for (String line : expected) {
            if (line.strip().equals("…")) {
                regex.append("(?:.*\\n)*?");
                continue;
            }
            String normal = line.replaceAll(" {2,}", " ").strip();
            Matcher variable = VARIABLE.matcher(normal);
            int at = 0;
            while (variable.find()) {
                regex.append(literal(normal.substring(at, variable.start())));
                String shown = variable.group();
                if (learned.containsKey(shown)) {
                    regex.append(Pattern.quote(learned.get(shown)));
                } else if (variables.contains(shown)) {
                    regex.append("\\").append(variables.indexOf(shown) + 1);
                } else {
                    variables.add(shown);
                    regex.append(shown.contains("-") ? "([0-9a-f-]{36})" : "([0-9a-f]+)");
                }
                at = variable.end();
            }
            regex.append(literal(normal.substring(at))).append("\\n");
        }
        return regex.toString();
    }

    /** Text as a regex, with each … standing for any text on the line. */
    private static String literal(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("…", -1)) {
            parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return String.join(".*?", parts);
    }

    /** Splits a command line as a shell would for these examples: spaces, and single or double quotes. */
    private static String[] split(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
        }
        return words.toArray(String[]::new);
    }
}
