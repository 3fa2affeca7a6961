package io.storyweave.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.StoryWeave;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryStore;
import io.storyweave.spi.StoryStoreFactory;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library commands in-process, every run of one test sharing one memory store (as runs share
 * DynamoDB): stories get/list/delete with a cursor, profiles update, --pronouns, --json on every
 * command with errors as JSON, completion, help and the progress line of create.
 */
class CommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final StoryStore store = ServiceLoader.load(StoryStoreFactory.class).stream().map(ServiceLoader.Provider::get)
            .filter(f -> f.name().equals("memory")).findFirst().orElseThrow().create(PluginConfig.of(Map.of()));
    private final List<String> errorWhenClientWasBuilt = new ArrayList<>();
    private StringWriter out;
    private StringWriter err;

    private int run(boolean terminal, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        ClientFactory shared = (tier, storeName, properties) -> {
            errorWhenClientWasBuilt.add(err.toString());
            return StoryWeave.builder().provider(model).store(store).tier(tier).environment(Map.of()).build();
        };
        CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), shared, k -> null,
                k -> null, terminal);
        return Main.run(ctx, args);
    }

    private int run(String... args) {
        return run(false, args);
    }

    /** Standard output must be exactly one JSON value. */
    private JsonNode json() throws Exception {
        assertThat(out.toString().lines().toList()).as(out.toString()).hasSize(1);
        return JSON.readTree(out.toString());
    }

    private String storyFor(String profile) throws Exception {
        assertThat(run("create", "--profile", profile, "--theme", "space", "--pages", "2", "--fresh", "--json"))
                .as(err.toString()).isZero();
        return json().get("id").asText();
    }

    @Test
    void storiesAreListedAcrossProfilesPageByPageWithACursorThenShownAndDeleted() throws Exception {
        assertThat(run("profiles", "create", "--name", "Mia", "--age", "7", "--id", "mia")).isZero();
        assertThat(run("profiles", "create", "--name", "Leo", "--age", "6", "--id", "leo")).isZero();
        List<String> written = List.of(storyFor("mia"), storyFor("leo"), storyFor("mia"));

        assertThat(run("stories", "list", "--limit", "2")).isZero();
        Matcher more = Pattern.compile("More: storyweave stories list --limit 2 --after (\\S+)").matcher(out.toString());
        assertThat(more.find()).as(out.toString()).isTrue();
        List<String> firstPage = out.toString().lines().filter(l -> !l.startsWith("More:")).map(l -> l.split(" ")[0]).toList();
        assertThat(run("stories", "list", "--limit", "2", "--after", more.group(1), "--json")).isZero();
        JsonNode second = json();
        assertThat(second.get("next").isNull()).isTrue();
        List<String> seen = new ArrayList<>(firstPage);
        second.get("stories").forEach(s -> seen.add(s.get("id").asText()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(written);

        assertThat(run("stories", "list", "--profile", "leo", "--json")).isZero();
        assertThat(json().get("stories")).extracting(s -> s.get("id").asText()).containsExactly(written.get(1));

        assertThat(run("stories", "get", written.get(0))).isZero();
        assertThat(out.toString()).contains("1. ").contains("-- story " + written.get(0)).contains("| written ");
        assertThat(run("stories", "delete", written.get(0), "--json")).isZero();
        assertThat(json().get("deleted").asText()).isEqualTo(written.get(0));

        assertThat(run("stories", "get", written.get(0), "--json")).isEqualTo(Main.EXIT_FAILURE);
        assertThat(out.toString()).isEmpty();
        JsonNode error = JSON.readTree(err.toString());
        assertThat(error.get("exitCode").asInt()).isEqualTo(1);
        assertThat(error.get("kind").asText()).isEqualTo("failure");
        assertThat(error.get("error").asText()).contains("No story with id " + written.get(0));
    }

    @Test
    void profilesUpdateChangesOnlyWhatIsGivenWithCreatesChecksAndPronounsReachTheStory() throws Exception {
        assertThat(run("profiles", "create", "--name", "Mia", "--age", "7", "--id", "mia", "--interests", "cats",
                "--pronouns", "she", "--json")).isZero();
        assertThat(json().get("pronouns").asText()).isEqualTo("she");

        assertThat(run("profiles", "update", "mia", "--age", "8", "--pronouns", "they", "--json")).as(err.toString()).isZero();
        JsonNode updated = json();
        assertThat(updated.get("age").asInt()).isEqualTo(8);
        assertThat(updated.get("pronouns").asText()).isEqualTo("they");
        assertThat(updated.get("version").asLong()).isEqualTo(2);
        assertThat(updated.get("interests").get(0).asText()).isEqualTo("cats");
        assertThat(updated.get("displayName").asText()).isEqualTo("Mia");

        assertThat(run("profiles", "update", "mia", "--age", "2")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("--age");
        assertThat(run("profiles", "update", "mia", "--pronouns", "it")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("--pronouns").contains("she, he, they");
        assertThat(run("profiles", "update", "mia")).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("profiles", "get", "mia", "--json")).isZero();
        assertThat(json().get("version").asLong()).as("nothing written by the refused updates").isEqualTo(2);

        assertThat(run("create", "--profile", "mia", "--theme", "space", "--pages", "1", "--json")).isZero();
        assertThat(json().get("pronouns").asText()).isEqualTo("they");
        assertThat(model.requests().get(0).userPrompt()).contains("they/them");
    }

    @Test
    void everyCommandPrintsOneJsonValueAndBadUsageIsAJsonErrorWithExitTwo() throws Exception {
        String[][] commands = {
            {"create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "1", "--pronouns", "he"},
            {"profiles", "create", "--name", "Ana", "--age", "5", "--id", "ana"},
            {"profiles", "get", "ana"}, {"profiles", "list"}, {"profiles", "update", "ana", "--no-literal"},
            {"stories", "list"}, {"profiles", "delete", "ana"}, {"completion"}, {"help"}, {"help", "stories", "list"}};
        for (String[] command : commands) {
            List<String> args = new ArrayList<>(List.of(command));
            args.add("--json");
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", command) + ": " + err).isZero();
            json();
        }

        assertThat(run("create", "--neurotype", "adhd", "--age", "2", "--theme", "space", "--json"))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(out.toString()).isEmpty();
        JsonNode error = JSON.readTree(err.toString());
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        assertThat(error.get("kind").asText()).isEqualTo("usage");
        assertThat(error.get("error").asText()).contains("--age");
        assertThat(run("stories", "list", "--bogus", "--json")).isEqualTo(Main.EXIT_USAGE);
        assertThat(JSON.readTree(err.toString()).get("error").asText()).contains("--bogus");
    }

    @Test
    void aTerminalSeesTheProgressLineBeforeTheClientIsBuiltAndNeverAPageInIt() {
        assertThat(run(true, "create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "3",
                "--tier", "cheap")).isZero();

        assertThat(errorWhenClientWasBuilt.get(0)).contains("Your story: starting").contains("| cheap");
        assertThat(err.toString()).contains("| pages 3/3").contains("| " + ScriptedModelProvider.modelIdFor(io.storyweave.ModelTier.CHEAP))
                .containsPattern("\\d+\\.\\d s").doesNotContain("red sun");
        assertThat(out.toString()).doesNotContain("Your story").contains("1. Sam can see a big red sun.");
    }

    @Test
    void completionCoversEveryCommandAndOptionAndHelpIsTheManualOfEveryCommand() {
        assertThat(run("completion")).isZero();
        assertThat(out.toString()).startsWith("#!/usr/bin/env bash").contains("complete -F")
                .contains("stories").contains("--after").contains("--pronouns").contains("update");

        assertThat(run("help")).isZero();
        assertThat(out.toString()).contains("NAME").contains("SYNOPSIS").contains("COMMANDS").contains("EXIT STATUS")
                .contains("ENVIRONMENT").contains("storyweave stories list").contains("storyweave profiles update")
                .contains("storyweave doctor").contains("AWS_BEARER_TOKEN_BEDROCK");
        assertThat(run("help", "nope")).isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void readmeCliDocumentsEveryCommandAndEveryOptionTheHelpShows() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README-cli.md"));
        picocli.CommandLine root = new picocli.CommandLine(Main.class, new picocli.CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getDeclaredConstructor(CliContext.class).newInstance((CliContext) null);
                } catch (NoSuchMethodException e) {
                    return picocli.CommandLine.defaultFactory().create(type);
                }
            }
        });
        List<String> missing = new ArrayList<>();
        List<picocli.CommandLine> commands = new ArrayList<>(List.of(root));
        for (int i = 0; i < commands.size(); i++) {
            picocli.CommandLine command = commands.get(i);
            commands.addAll(command.getSubcommands().values());
            String path = command.getCommandSpec().qualifiedName(" ");
            String parent = command.getParent() == null ? "" : command.getParent().getCommandSpec().qualifiedName(" ");
            if (!readme.contains(path) && !java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(parent)
                    + " [a-z|]*\\b" + command.getCommandName() + "\\b").matcher(readme).find()) {
                missing.add(path);
            }
            for (picocli.CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp() && !readme.contains(option.longestName())) {
                    missing.add(path + " " + option.longestName());
                }
            }
        }
        assertThat(missing).as("commands and options the help shows but README-cli does not mention").isEmpty();
        assertThat(commands).hasSizeGreaterThan(15);
    }
}
