package io.storyweave.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyweave help [COMMAND...]}: the manual page, built from the same command definitions
 * that parse the options (so it cannot drift from them), with the sections README-cli also has:
 * name, synopsis, every command with its options, exit status and environment.
 */
@Command(name = "help", description = "Print the manual: every command and option, exit codes and environment"
        + " variables; 'storyweave help COMMAND...' prints one command's page.")
public final class HelpCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A command, e.g. 'stories list'.")
    List<String> command = new ArrayList<>();

    /** @param ctx the command-line context */
    public HelpCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String text = command.isEmpty() ? manual(root) : find(root).getUsageMessage();
        if (ctx.json()) {
            StoryPrinter.printJson(ctx.out(), Map.of("help", text));
        } else {
            ctx.out().print(text);
            ctx.out().flush();
        }
        return Main.EXIT_OK;
    }

    private CommandLine find(CommandLine root) {
        CommandLine current = root;
        for (String name : command) {
            CommandLine next = current.getSubcommands().get(name);
            if (next == null) {
                throw new UsageException("Unknown command '" + String.join(" ", command) + "'; the commands are: "
                        + String.join(", ", current.getSubcommands().keySet()) + ".");
            }
            current = next;
        }
        return current;
    }

    /**
     * @param root the {@code storyweave} command line
     * @return the whole manual: NAME, SYNOPSIS, DESCRIPTION, COMMANDS (each command's own usage), EXIT STATUS, ENVIRONMENT
     */
    static String manual(CommandLine root) {
        StringBuilder page = new StringBuilder();
        page.append("NAME\n    storyweave - ").append(String.join(" ", root.getCommandSpec().usageMessage().description()))
                .append("\n\nSYNOPSIS\n    storyweave [-hvV] [--json] COMMAND [OPTIONS]\n\nDESCRIPTION\n")
                .append("    Every command takes -h/--help, -v/--verbose (log to standard error and print the stack trace\n")
                .append("    of a failure) and --json (the result as one JSON object or array on standard output, a\n")
                .append("    failure as one JSON object on standard error, same exit codes). See README-cli.md.\n")
                .append("\nCOMMANDS\n");
        commands(root, page);
        page.append("EXIT STATUS\n");
        for (String code : root.getCommandSpec().usageMessage().exitCodeList().entrySet().stream()
                .map(e -> "    " + e.getKey() + "  " + e.getValue()).toList()) {
            page.append(code).append('\n');
        }
        page.append("\nENVIRONMENT\n")
                .append("    AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_PROFILE, AWS_REGION\n")
                .append("        the standard AWS configuration\n")
                .append("    AWS_BEARER_TOKEN_BEDROCK\n        a Bedrock API key; Bedrock calls carry it instead of a signature\n")
                .append("    AWS_BEDROCK_MODEL_TIER\n        default tier: cheap, medium, quality or expensive\n")
                .append("    STORYWEAVE_STORE\n        default store: memory or dynamodb\n")
                .append("    STORYWEAVE_BEDROCK_*, STORYWEAVE_DYNAMODB_*\n        provider and store settings\n");
        return page.toString();
    }

    private static void commands(CommandLine parent, StringBuilder page) {
        for (CommandLine sub : parent.getSubcommands().values()) {
            if (sub.getSubcommands().isEmpty()) {
                page.append(sub.getUsageMessage().indent(4)).append('\n');
            } else {
                commands(sub, page);
            }
        }
    }
}
