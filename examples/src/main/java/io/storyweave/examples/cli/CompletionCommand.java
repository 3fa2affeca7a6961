package io.storyweave.examples.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyweave completion}: the bash (and zsh) completion script picocli generates for every command and option. */
@Command(name = "completion", description = {"Print a bash completion script for storyweave (zsh: after"
        + " 'autoload -U +X bashcompinit && bashcompinit').",
        "Use it with: source <(storyweave completion)"})
public final class CompletionCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    /** @param ctx the command-line context */
    public CompletionCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("storyweave", spec.root().commandLine());
        if (ctx.json()) {
            StoryPrinter.printJson(ctx.out(), Map.of("shell", "bash", "script", script));
        } else {
            ctx.out().print(script);
            ctx.out().flush();
        }
        return Main.EXIT_OK;
    }
}
