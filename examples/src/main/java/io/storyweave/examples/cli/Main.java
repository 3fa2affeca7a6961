package io.storyweave.examples.cli;

import io.storyweave.InvalidRequestException;
import io.storyweave.NotFoundException;
import io.storyweave.StoryRejectedException;
import io.storyweave.StoryWeaveException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The {@code storyweave} command line. Exit codes: {@value #EXIT_OK} success, {@value #EXIT_FAILURE}
 * a failure at run time, {@value #EXIT_USAGE} bad usage or invalid input (nothing was sent).
 */
@Command(name = "storyweave", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "storyweave 0.1.0",
        description = "Writes personalised children's stories with Claude on AWS Bedrock.",
        subcommands = {CreateCommand.class, ProfilesCommand.class, StoriesCommand.class, TablesCommand.class,
                GuardrailCommand.class, DoctorCommand.class, UsageCommand.class, CompletionCommand.class,
                HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a failure at run time (one line; the stack trace with --verbose)",
                "2:bad usage or invalid input (nothing was sent to any service)"})
public final class Main implements Callable<Integer> {
    /** Success. */
    public static final int EXIT_OK = 0;
    /** A failure at run time. */
    public static final int EXIT_FAILURE = 1;
    /** Bad usage or invalid input; nothing was sent to any service. */
    public static final int EXIT_USAGE = 2;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log what happens (to standard error) and print stack traces of failures.")
    boolean verbose;

    private final CliContext ctx;

    /**
     * Inherited by every command; the commands read it from the context.
     *
     * @param value whether {@code --json} was given
     */
    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print the result as one JSON object or array on standard output, and a failure as one JSON"
                    + " object on standard error (same exit codes).")
    void json(boolean value) {
        ctx.json(value);
    }

    /** @param ctx the command-line context */
    public Main(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return report(ctx, new UsageException("a command is required: create, profiles, stories, tables, guardrail,"
                + " doctor, completion or help (see 'storyweave help')."), false);
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("--verbose") || a.equals("-v"));
        LoggingSetup.configure(verbose);
        InstanceMetadata.keepAwayUnlessEc2();
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        FileOutputStream stderr = new FileOutputStream(FileDescriptor.err);
        // Whatever else prints (the logging binding, a library) goes through the same cleaning as the commands.
        System.setOut(SafeLineWriter.printStream(stdout));
        System.setErr(SafeLineWriter.printStream(stderr));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CliContext ctx = new CliContext(out, err, ClientFactory.aws(), System::getenv, System::getProperty,
                System.console() != null);
        int code = run(ctx, args);
        ctx.out().flush();
        ctx.err().flush();
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line without exiting (for tests and embedding).
     *
     * @param ctx  output streams, client factory and environment
     * @param args the arguments
     * @return the exit code
     */
    public static int run(CliContext ctx, String... args) {
        CommandLine cli = new CommandLine(Main.class, new ContextFactory(ctx));
        // Styled help would be ANSI escapes, which the cleaned output shows as text.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(ctx.out());
        cli.setErr(ctx.err());
        // Known before parsing, so even a parse error is reported as JSON when it was asked for.
        ctx.json(Arrays.asList(args).contains("--json"));
        cli.setParameterExceptionHandler((e, given) -> report(ctx, new UsageException(e.getMessage() + " (see '"
                + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')"), false));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            boolean verbose = parsed.hasMatchedOption("--verbose") || parsed.subcommands().stream()
                    .anyMatch(sub -> sub.hasMatchedOption("--verbose"))
                    || Arrays.stream(args).anyMatch(a -> a.equals("--verbose") || a.equals("-v"));
            return report(ctx, e, verbose);
        });
        return cli.execute(args);
    }

    /**
     * Reports a failure on standard error: as one line, or with {@code --json} as one JSON object
     * ({@code error}, {@code kind} usage/rejected/failure, {@code exitCode}); the exit code is the same.
     *
     * @param ctx     where to print, and whether JSON was asked for
     * @param failure what went wrong
     * @param verbose whether to print the stack trace
     * @return the exit code
     */
    static int report(CliContext ctx, Throwable failure, boolean verbose) {
        if (!ctx.json()) {
            return report(ctx.err(), failure, verbose);
        }
        int code = exitCode(failure);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", TerminalText.oneLine(message(failure)));
        error.put("kind", code == EXIT_USAGE ? "usage" : failure instanceof StoryRejectedException ? "rejected" : "failure");
        error.put("exitCode", code);
        StoryPrinter.printJson(ctx.err(), error);
        if (verbose) {
            failure.printStackTrace(ctx.err());
            ctx.err().flush();
        }
        return code;
    }

    /**
     * Prints a failure as one line (and its stack trace when verbose) and picks the exit code.
     *
     * @param err     where to print
     * @param failure what went wrong
     * @param verbose whether to print the stack trace
     * @return the exit code
     */
    static int report(PrintWriter err, Throwable failure, boolean verbose) {
        int code = exitCode(failure);
        err.println("storyweave: " + TerminalText.oneLine(message(failure))
                + (verbose || code == EXIT_USAGE ? "" : " (--verbose shows details)"));
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static int exitCode(Throwable failure) {
        // A missing profile was looked up in a service: a run-time failure, not bad input.
        boolean badInput = failure instanceof UsageException
                || (failure instanceof InvalidRequestException && !(failure instanceof NotFoundException));
        return badInput ? EXIT_USAGE : EXIT_FAILURE;
    }

    private static String message(Throwable failure) {
        if (failure instanceof StoryRejectedException rejected) {
            return RejectionAdvice.describe(rejected);
        } else if (failure instanceof UsageException || failure instanceof MissingConfigurationException
                || failure instanceof StoryWeaveException) {
            return failure.getMessage();
        } else if (failure instanceof SdkException) {
            return "AWS call failed: " + failure.getMessage();
        }
        return "unexpected failure: " + failure;
    }

    /** Creates commands, handing them the shared context. */
    private static final class ContextFactory implements CommandLine.IFactory {
        private final CliContext ctx;

        ContextFactory(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> withContext = type.getDeclaredConstructor(CliContext.class);
                return withContext.newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
