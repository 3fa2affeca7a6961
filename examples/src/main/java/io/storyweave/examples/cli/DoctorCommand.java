package io.storyweave.examples.cli;

import io.storyweave.Diagnostic;
import io.storyweave.ModelTier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyweave doctor}: prints the self-checks of whichever provider and store are configured
 * ({@link io.storyweave.StoryWeave.Builder#diagnose}), always the whole checklist. Exit 0 when
 * nothing failed, 1 otherwise.
 */
@Command(name = "doctor", description = {
        "Explain which credentials, identity, region, models, guardrail and tables StoryWeave would use, and what is"
                + " wrong: the self-checks of the configured provider and store, always the whole checklist.",
        "Each model is checked with a one-token call. Never prints a secret key, session token or API key."})
public final class DoctorCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--tier", paramLabel = "TIER",
            description = "Check only this tier's model (and the review's); default: every tier.")
    String tier;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    /** @param ctx the command-line context */
    public DoctorCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ModelTier only = tier == null ? null : ctx.tier(tier);
        List<ModelTier> moreTiers = only == null ? List.of(ModelTier.values()) : List.of();
        String store = storeOptions.storeName(ctx, StoreChoice.DYNAMODB);
        List<Diagnostic> lines = new ArrayList<>();
        if (!ctx.json()) {
            ctx.out().println("StoryWeave doctor");
        }
        boolean usable = ClientFactory.configured(only, store, storeOptions.properties()).diagnose(moreTiers, line -> {
            lines.add(line);
            if (!ctx.json()) {
                // Each line as soon as it is known: a slow check shows where it is.
                ctx.out().println(TerminalText.oneLine(line.line()));
                ctx.out().flush();
            }
        });
        long problems = lines.stream().filter(d -> d.status() == Diagnostic.Status.FAIL).count();
        if (ctx.json()) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("usable", usable);
            report.put("problems", problems);
            report.put("checks", lines.stream().map(d -> Map.of("status", d.status().name(), "topic", d.topic(),
                    "message", d.message())).toList());
            StoryPrinter.printJson(ctx.out(), report);
        } else {
            ctx.out().println(usable ? "Everything checked is usable." : problems + " problem" + (problems == 1 ? "" : "s")
                    + " found; see the [FAIL] lines.");
        }
        return usable ? Main.EXIT_OK : Main.EXIT_FAILURE;
    }
}
