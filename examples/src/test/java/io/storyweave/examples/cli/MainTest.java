package io.storyweave.examples.cli;

import io.storyweave.StorageException;
import io.storyweave.StoryWeave;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.StoryStore;
import io.storyweave.spi.StoryStoreFactory;
import io.storyweave.testing.InterceptedStore;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line run in-process around a scripted model: exit codes, caching and output. */
class MainTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final AtomicInteger clientsBuilt = new AtomicInteger();

    private int run(boolean terminal, Map<String, String> env, String... args) {
        ClientFactory scripted = (tier, store, properties) -> {
            clientsBuilt.incrementAndGet();
            return StoryWeave.builder().provider(model).store(store).tier(tier).environment(Map.of()).build();
        };
        CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), scripted, env::get,
                key -> null, terminal);
        return Main.run(ctx, args);
    }

    private int run(String... args) {
        return run(false, Map.of(), args);
    }

    @Test
    void repeatingARequestInOneProcessCallsTheModelOnceAndServesTheRestFromTheLocalCache() throws Exception {
        int code = run("create", "--neurotype", "autism", "--age", "9", "--theme", "trains", "--pages", "2",
                "--repeat", "3", "--json");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).as("one JSON array").hasSize(1);
        assertThat(JSON.readTree(out.toString()).findValuesAsText("source"))
                .containsExactly("MODEL", "LOCAL_CACHE", "LOCAL_CACHE");
        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void freshSkipsTheCacheEveryTime() {
        run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "2", "--repeat", "2",
                "--fresh", "--json");

        assertThat(model.calls()).isEqualTo(2);
    }

    @Test
    void invalidInputExitsTwoBeforeAnyClientIsBuilt() {
        int code = run("create", "--neurotype", "adhd", "--age", "2", "--theme", "space");

        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString().strip()).isEqualTo("storyweave: Invalid value for --age: must be between 3 and 12,"
                + " was 2");
        assertThat(clientsBuilt).hasValue(0);
        assertThat(model.calls()).isZero();
    }

    @Test
    void streamAndJsonTogetherIsBadUsage() {
        assertThat(run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--stream", "--json"))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(clientsBuilt).hasValue(0);
    }

    @Test
    void aTerminalSeesAProgressLineOnStandardErrorAndTheStoryStaysOnStandardOutput() {
        int code = run(true, Map.of(), "create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "3");

        assertThat(code).isZero();
        assertThat(err.toString()).contains("Your story: writing page 2 of 3").contains("Your story: all 3 pages written")
                .contains("Your story: checking the story").doesNotContain("red sun");
        assertThat(out.toString()).doesNotContain("Your story").contains("1. Sam can see a big red sun.");
    }

    @Test
    void streamShowsProgressWhileWritingAndOnlyTheCheckedStoryOnStandardOutput() {
        int code = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "2", "--stream",
                "--name", "Ana");

        assertThat(code).isZero();
        assertThat(err.toString()).contains("(writing page 2 of 2)").contains("(checking the story)")
                .doesNotContain("Ana can see");
        String text = out.toString();
        assertThat(text.indexOf("Ana and the Red Sun")).isNotNegative().isLessThan(text.indexOf("1. Ana can see"));
        assertThat(text.indexOf("1. Ana can see")).isLessThan(text.indexOf("2. Ana can see"));
        assertThat(text).contains("source model").contains("est. cost unknown");
    }

    @Test
    void aModelFailureIsOneLineAndExitCodeOne() {
        model.thenFail(ScriptedModelProvider.invalid("The provided model identifier is invalid."));

        int code = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space");

        assertThat(code).isEqualTo(Main.EXIT_FAILURE);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).startsWith("storyweave: ").contains("(--verbose shows details)");
    }

    @Test
    void aBadTierFromTheEnvironmentIsBadInputNamingTheVariable() {
        int code = run(false, Map.of("AWS_BEDROCK_MODEL_TIER", "ultra"), "create", "--neurotype", "adhd", "--age", "7",
                "--theme", "space");

        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("AWS_BEDROCK_MODEL_TIER").contains("'ultra'");
        assertThat(clientsBuilt).hasValue(0);
    }

    @Test
    void aStoryThatCouldNotBeStoredIsStillPrintedBeforeTheFailure() {
        StoryStore memory = ServiceLoader.load(StoryStoreFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("memory")).findFirst().orElseThrow().create(PluginConfig.of(Map.of()));
        StoryStore failingWrites = InterceptedStore.wrap(memory, method -> {
            if (method.startsWith("put")) {
                throw new StorageException("the store is unreachable", null);
            }
        });
        CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                (tier, store, properties) -> StoryWeave.builder().provider(model).store(failingWrites).tier(tier)
                        .environment(Map.of()).build(), k -> null, k -> null, false);

        int code = Main.run(ctx, "create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "2");

        assertThat(code).isEqualTo(Main.EXIT_FAILURE);
        assertThat(out.toString()).contains("1. Sam can see a big red sun.").contains("source model");
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).contains("could not be stored").contains("the store is unreachable");
    }

    @Test
    void aBadListItemIsNamedByItsOptionAndItsPositionCountedFromOne() {
        int interests = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--interests",
                "rockets, ,planets");
        String interestsLine = err.toString().strip();
        err.getBuffer().setLength(0);
        int avoid = run("profiles", "create", "--name", "Mia", "--age", "7", "--avoid", " ,dogs", "--store", "memory");

        assertThat(interests).isEqualTo(Main.EXIT_USAGE);
        assertThat(interestsLine).startsWith("storyweave: Invalid value for --interests: item 2 must be 1 to")
                .doesNotContain("interests[");
        assertThat(avoid).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString().strip()).startsWith("storyweave: Invalid value for --avoid: item 1 must be 1 to")
                .doesNotContain("topicsToAvoid");
        assertThat(clientsBuilt).hasValue(0);
    }

    @Test
    void anInvalidTablePrefixIsBadUsageNamingTheOptionBeforeAnyClientIsBuilt() {
        for (String[] args : new String[][] {
            {"create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--table-prefix", "my prefix!"},
            {"profiles", "list", "--table-prefix", "my prefix!"},
            {"tables", "status", "--table-prefix", "x".repeat(StoreOptions.MAX_TABLE_PREFIX + 1)}}) {
            err.getBuffer().setLength(0);

            int code = run(args);

            assertThat(code).as(err.toString()).isEqualTo(Main.EXIT_USAGE);
            assertThat(err.toString().lines().toList()).hasSize(1);
            assertThat(err.toString()).contains("--table-prefix").contains("a-z A-Z 0-9 _ . -")
                    .doesNotContain("storyweave.dynamodb.tablePrefix");
        }
        assertThat(clientsBuilt).hasValue(0);
    }

    @Test
    void aStoryRejectedForATopicToAvoidAdvisesChangingTheRequest() {
        // Every draft of the scripted model is about a big red sun.
        int code = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--avoid", "sun");

        assertThat(code).isEqualTo(Main.EXIT_FAILURE);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).contains("topics-to-avoid").contains("--avoid").contains("--theme")
                .doesNotContain("loosen the request");
    }

    @Test
    void aStoryRejectedForUnsafeWordsAdvisesAnotherTryOrAHigherTierNotAnotherRequest() {
        String unsafe = ScriptedModelProvider.validStoryJson(2).replace("a big red sun.", "a big red gun.");
        model.thenAnswer(unsafe).thenAnswer(unsafe);

        int code = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space", "--pages", "2");

        assertThat(code).isEqualTo(Main.EXIT_FAILURE);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).contains("unsafe-weapons").contains("Try again, or use a higher tier (--tier quality")
                .doesNotContain("loosen the request").doesNotContain("--avoid").doesNotContain("--theme");
    }

    @Test
    void aGuardrailBlockAdvisesAnotherTryOrAHigherTier() {
        model.thenFail(new ModelProviderException("Bedrock stopped the answer of test-model-medium with stop reason"
                + " guardrail_intervened (guardrail gr-1 version 1); the story was not written",
                ModelProviderException.Kind.CONTENT_BLOCKED, false, "guardrail_intervened", "req-g", null));

        int code = run("create", "--neurotype", "adhd", "--age", "7", "--theme", "space");

        assertThat(code).isEqualTo(Main.EXIT_FAILURE);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).contains("guardrail").contains("Try again, or use a higher tier")
                .doesNotContain("loosen the request");
    }

    @Test
    void noCommandIsBadUsage() {
        assertThat(run()).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("create, profiles, stories, tables, guardrail, doctor, completion or help");
    }

    @Test
    void profilesWithTheMemoryStoreWarnThatNothingIsKept() {
        int code = run("profiles", "create", "--name", "Mia", "--age", "7", "--store", "memory");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Created profile").contains("Mia, age 7, neurotypical");
        assertThat(err.toString()).contains("memory store forgets everything");
    }
}
