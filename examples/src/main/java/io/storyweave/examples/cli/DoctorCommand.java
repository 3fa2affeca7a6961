package io.storyweave.examples.cli;

import io.storyweave.ModelTier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code storyweave doctor}: credentials, identity, region, each tier's model and the tables.
 * Exit 0 when everything checked is usable, 1 otherwise.
 */
@Command(name = "doctor", description = {
        "Explain which credentials, identity, region, models and tables StoryWeave would use, and what is wrong.",
        "Each model is checked with a one-token call. Never prints a secret key or session token."})
public final class DoctorCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--tier", paramLabel = "TIER", description = "Check only this tier's model (default: all tiers).")
    String tier;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    /** @param ctx the command-line context */
    public DoctorCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<ModelTier> tiers = tier == null ? List.of(ModelTier.values()) : List.of(ctx.tier(tier));
        boolean tables = StoreChoice.DYNAMODB.id().equals(storeOptions.storeName(ctx, StoreChoice.DYNAMODB));
        AwsSetup setup = AwsSetup.current();
        if (setup.credentialSources().isEmpty()) {
            // Nothing to diagnose yet: say what is missing in one line, at once.
            throw new MissingConfigurationException(setup.whatIsMissing().orElseThrow());
        }
        ctx.out().println("StoryWeave doctor");
        Checkup checkup = new Checkup(setup, finding -> {
            ctx.out().println(finding.line());
            ctx.out().flush();
        });
        boolean usable = checkup.run(new Checkup.Options(tiers, tables, storeOptions.properties()));
        long problems = checkup.findings().stream().filter(f -> f.status() == Checkup.Status.FAIL).count();
        ctx.out().println(usable ? "Everything checked is usable." : problems + " problem" + (problems == 1 ? "" : "s")
                + " found; see the [FAIL] lines.");
        return usable ? Main.EXIT_OK : Main.EXIT_FAILURE;
    }
}
