package io.storyweave.bench;

import io.storyweave.CacheOptions;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 6a: cold start. Each sample is a fresh JVM (same class path, same flags) that builds the
 * Bedrock provider and StoryWeave and writes the first story, against the baseline fresh JVM that
 * builds the raw SDK client and makes the first Converse call; stub delay 0 ms. Alternating.
 */
final class ColdStartBench {
    private static final Pattern LINE = Pattern.compile("COLD build=(\\d+) first=(\\d+) part=(\\d+)");

    private ColdStartBench() {
    }

    static List<Result> run(Scale scale, Report report) throws Exception {
        try (BedrockStub stub = BedrockStub.start(0)) {
            Path body = Files.createTempFile("storyweave-bench-converse", ".json");
            try {
                try (BedrockModelProvider provider = Fixtures.bedrock(stub.endpoint());
                     StoryWeave sw = Fixtures.withMemoryStore(provider, CacheOptions.defaults())) {
                    sw.createStory(Fixtures.request());
                }
                Files.writeString(body, stub.lastBody(), StandardCharsets.UTF_8);
                int n = scale.pick(9, 2);
                long[] swTotal = new long[n];
                long[] swBuild = new long[n];
                long[] rawTotal = new long[n];
                long[] rawBuild = new long[n];
                long[] swProcess = new long[n];
                long[] rawProcess = new long[n];
                long[] swProvider = new long[n];
                long[] rawRequest = new long[n];
                for (int i = 0; i < n; i++) {
                    long[] raw = child(List.of("raw", stub.endpoint().toString(), body.toString()));
                    long[] sw = child(List.of("storyweave", stub.endpoint().toString()));
                    rawBuild[i] = raw[0];
                    rawTotal[i] = raw[0] + raw[1];
                    rawProcess[i] = raw[2];
                    rawRequest[i] = raw[3];
                    swBuild[i] = sw[0];
                    swTotal[i] = sw[0] + sw[1];
                    swProcess[i] = sw[2];
                    swProvider[i] = sw[3];
                }
                Stats sws = Stats.of(swTotal);
                Stats raws = Stats.of(rawTotal);
                double ratio = (double) sws.median() / raws.median();
                report.line("6a. fresh JVM, build + first call (stub delay 0 ms): StoryWeave " + sws.summary()
                        + " (of which build: median " + Stats.time(Stats.of(swBuild).median()) + ", the Bedrock provider's"
                        + " part of it " + Stats.time(Stats.of(swProvider).median()) + "); raw SDK " + raws.summary()
                        + " (of which request and client build: median " + Stats.time(Stats.of(rawBuild).median())
                        + ", the request's part " + Stats.time(Stats.of(rawRequest).median()) + ")");
                report.line("6a. whole child process incl. JVM start: StoryWeave median "
                        + Stats.time(Stats.of(swProcess).median()) + ", raw SDK median "
                        + Stats.time(Stats.of(rawProcess).median()));
                return List.of(new Result("6a. Cold start", "fresh JVM: builder().build() to the first story",
                        Stats.time(raws.median()) + " (raw: request, client build, first converse)", Stats.time(sws.median()),
                        Stats.ratio(ratio), "reported (no numeric target)", true,
                        "n=" + n + " JVMs each; StoryWeave build (provider + client) " + Stats.time(Stats.of(swBuild).median())
                                + ", first story " + Stats.time(sws.median() - Stats.of(swBuild).median())));
            } finally {
                Files.deleteIfExists(body);
            }
        }
    }

    /** @return build ns, first-call ns, whole-process ns, part-of-build ns */
    private static long[] child(List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), ColdStartChild.class.getName()));
        command.addAll(args);
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("cold-start child did not finish: " + output);
        }
        long wall = System.nanoTime() - t0;
        Matcher m = LINE.matcher(output);
        if (process.exitValue() != 0 || !m.find()) {
            throw new IllegalStateException("cold-start child failed (" + process.exitValue() + "): " + output);
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), wall, Long.parseLong(m.group(3))};
    }
}
