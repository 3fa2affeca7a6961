package io.storyweave.examples.cli;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What every command shares: where to print, how to build clients, and the settings read from the
 * environment. Commands print only through {@link #out()}, {@link #err()} and {@link #progress},
 * which clean every line of secrets and terminal controls, so no command can forget to.
 */
public final class CliContext {
    private static final int PROGRESS_WIDTH = 78;

    private final PrintWriter out;
    private final PrintWriter err;
    private final PrintWriter rawErr;
    private final ClientFactory clients;
    private final UnaryOperator<String> env;
    private final UnaryOperator<String> sys;
    private final boolean terminal;
    private boolean json;
    private int progressShown;

    /**
     * @param out      standard output (results)
     * @param err      standard error (progress, warnings and errors)
     * @param clients  builds the StoryWeave client
     * @param env      environment look-up
     * @param sys      system property look-up
     * @param terminal whether a person is watching (progress lines are shown only then)
     */
    public CliContext(PrintWriter out, PrintWriter err, ClientFactory clients, UnaryOperator<String> env,
                      UnaryOperator<String> sys, boolean terminal) {
        this.out = SafeLineWriter.printWriter(out);
        this.err = SafeLineWriter.printWriter(err);
        this.rawErr = err;
        this.clients = clients;
        this.env = env;
        this.sys = sys;
        this.terminal = terminal;
    }

    /** @return standard output; every line is cleaned of secrets and terminal controls */
    public PrintWriter out() {
        return out;
    }

    /** @return standard error; every line is cleaned of secrets and terminal controls */
    public PrintWriter err() {
        return err;
    }

    /** @return builds the StoryWeave client */
    public ClientFactory clients() {
        return clients;
    }

    /** @return environment look-up */
    public UnaryOperator<String> env() {
        return env;
    }

    /** @return system property look-up */
    public UnaryOperator<String> sys() {
        return sys;
    }

    /** @return whether {@code --json} was given: results as one JSON value on standard output, errors as JSON */
    public boolean json() {
        return json;
    }

    /** @param value whether {@code --json} was given */
    void json(boolean value) {
        json = value;
    }

    /** @return whether a person is watching */
    public boolean terminal() {
        return terminal;
    }

    /**
     * Replaces the progress line on standard error: the only output allowed a carriage return,
     * which is written here and never taken from the text.
     *
     * @param text the new progress text (cleaned like every other line, and cut to fit one row);
     *             empty to clear the line (nothing happens when none is shown)
     */
    public void progress(String text) {
        if (progressShown == 0 && (text == null || text.isEmpty())) {
            return;
        }
        String shown = TerminalText.oneLine(text);
        if (shown.length() > PROGRESS_WIDTH) {
            shown = shown.substring(0, PROGRESS_WIDTH - 1) + "…";
        }
        // Spaces rub out what a longer previous text left behind.
        String rubOut = " ".repeat(Math.max(0, progressShown - shown.length()));
        err.flush();
        rawErr.print("\r" + shown + rubOut + (shown.isEmpty() ? "\r" : ""));
        rawErr.flush();
        progressShown = shown.length();
    }

    /**
     * Picks the tier the way the SDK does (option, then {@code storyweave.tier}, then
     * {@code AWS_BEDROCK_MODEL_TIER}, then medium) but rejects a bad value as bad input, before
     * anything is built.
     *
     * @param option the {@code --tier} value, or {@code null}
     * @return the tier
     * @throws UsageException naming the bad value and the valid ones
     */
    public ModelTier tier(String option) {
        if (option != null) {
            return parseTier(option, "--tier");
        }
        String property = sys.apply("storyweave.tier");
        if (property != null && !property.isBlank()) {
            return parseTier(property, "system property storyweave.tier");
        }
        String variable = env.apply("AWS_BEDROCK_MODEL_TIER");
        if (variable != null && !variable.isBlank()) {
            return parseTier(variable, "AWS_BEDROCK_MODEL_TIER");
        }
        return ModelTier.MEDIUM;
    }

    private static ModelTier parseTier(String value, String source) {
        try {
            return ModelTier.parse(value, source);
        } catch (StoryWeaveConfigException e) {
            throw new UsageException("Invalid value for " + source + ": '" + value + "'. Allowed: "
                    + ModelTier.validNames() + ".");
        }
    }

    /**
     * @param option    the {@code --store} value, or {@code null}
     * @param otherwise the command's default
     * @return the store name: the option, else {@code storyweave.store} / {@code STORYWEAVE_STORE}, else the default
     */
    public String store(StoreChoice option, StoreChoice otherwise) {
        if (option != null) {
            return option.id();
        }
        Optional<String> configured = Optional.ofNullable(sys.apply("storyweave.store"))
                .or(() -> Optional.ofNullable(env.apply("STORYWEAVE_STORE"))).filter(s -> !s.isBlank());
        return configured.map(s -> StoreChoice.parse(s, "STORYWEAVE_STORE").id()).orElse(otherwise.id());
    }
}
