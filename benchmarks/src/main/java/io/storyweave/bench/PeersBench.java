package io.storyweave.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyweave.CacheOptions;
import io.storyweave.StoryWeave;
import io.storyweave.bedrock.BedrockModelProvider;
import io.storyweave.bench.contender.ContenderWorker;
import io.storyweave.testing.bedrock.BedrockAnswers;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Item 8 (issue 15): StoryWeave, the raw AWS SDK sync client and two peers, LangChain4j's Bedrock chat
 * model and Spring AI's Bedrock Converse model, each in a JVM of its own on its own class path (the
 * modules under {@code benchmarks/contenders}, built by {@code -Pbench}), all against one local Converse
 * stub in this process, driven in alternating blocks in one run. Each line of the table is measured
 * here; ratios are to the raw SDK of the same run.
 */
final class PeersBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "raw SDK";
    private static final String SW = "StoryWeave";

    /** The four columns that count for "best". */
    private static final int COMPARED = 4;
    /**
     * Name, module under benchmarks/contenders, main class. With {@code -Dbench.before=DIR} a fifth column,
     * StoryWeave on the SDK and provider jars in DIR (an earlier build), measures a change in the same run.
     */
    private static final String[][] CONTENDERS = withBefore(new String[][] {
        {RAW, "raw-sdk", "io.storyweave.bench.contender.raw.RawSdkContender"},
        {SW, "storyweave", "io.storyweave.bench.contender.storyweave.StoryWeaveContender"},
        {"LangChain4j", "langchain4j", "io.storyweave.bench.contender.langchain4j.LangChain4jContender"},
        {"Spring AI", "spring-ai", "io.storyweave.bench.contender.springai.SpringAiContender"},
    });

    private PeersBench() {
    }

    private static String[][] withBefore(String[][] four) {
        if (System.getProperty("bench.before") == null) {
            return four;
        }
        String[][] five = Arrays.copyOf(four, 5);
        five[4] = new String[] {SW + " (before)", "storyweave", four[1][2]};
        return five;
    }

    /** @return the class path entry to use for this contender (the earlier jars for "before") */
    private static String entry(int contender, String path) {
        if (contender < COMPARED || System.getProperty("bench.before") == null) {
            return path;
        }
        Path file = Path.of(path).getFileName();
        Path earlier = Path.of(System.getProperty("bench.before")).resolve(file);
        return Files.isRegularFile(earlier) ? earlier.toString() : path;
    }

    static List<Result> run(Scale scale, Report report) throws Exception {
        Path dir = Files.createTempDirectory("storyweave-bench-peers");
        try (BedrockStub stub = BedrockStub.startJdk(0)) {
            List<String> props = requestFiles(stub, dir);
            int k = CONTENDERS.length;
            double[] classPath = new double[k];
            int[] jars = new int[k];
            for (int c = 0; c < k; c++) {
                List<Path> entries = classPath(CONTENDERS[c][1]);
                jars[c] = entries.size();
                for (Path p : entries) {
                    classPath[c] += Files.size(p);
                }
            }
            // -Dbench.peers=cpu: only the CPU line; -Dbench.peers=cold: only the cold starts (for profiling work)
            boolean cpuOnly = "cpu".equals(System.getProperty("bench.peers"));
            boolean coldOnly = "cold".equals(System.getProperty("bench.peers"));
            double[][] coldCpu = new double[k][cpuOnly ? 1 : Integer.getInteger("bench.coldRounds", scale.pick(7, 2))];
            double[][] cold = cpuOnly ? new double[k][1] : coldStarts(scale, props, dir, coldCpu);
            if (coldOnly) {
                report.line("8. cold start to first answer, wall, median of " + cold[0].length + " fresh JVMs each (ms): "
                        + row(medians(cold), x -> x / 1e6, "%.0f") + "; median of the rounds' ratios to the raw SDK: "
                        + row(ratioMedians(cold), "%.2f"));
                report.line("8. the same JVMs' CPU to their first answer, all threads (ms): "
                        + row(medians(coldCpu), x -> x / 1e6, "%.0f") + "; median of the rounds' ratios to the raw SDK: "
                        + row(ratioMedians(coldCpu), "%.2f"));
                return List.of();
            }
            List<Worker> workers = new ArrayList<>();
            try {
                for (int c = 0; c < k; c++) {
                    workers.add(new Worker(c, props, dir));
                }
                double[] build = new double[k];
                for (int c = 0; c < k; c++) {
                    build[c] = Double.parseDouble(workers.get(c).ask("build")[1]) / 1e6;
                }
                report.line("8. contenders built in their own JVMs (ms): " + row(build, "%.0f"));

                // CPU per call at 0 ms once the JIT has settled: "JIT excluded" means steady state, and code that is
                // still being compiled runs slower in the interpreter and C1 whether or not the compiler's own CPU is
                // subtracted. Each contender warms up in chunks until its compiler threads take at most 2 % of its CPU
                // in a chunk (or the cap is reached); the checks alone are timed only after every calls block, since
                // running them from a second call site re-profiles and recompiles them in the middle of the blocks.
                // StoryWeave's plumbing is measured directly by one more JVM: StoryWeave with the checks-skipped
                // stand-in in front of the SDK on its class path (index k below).
                Worker skipped = new Worker(1, SW + ", checks skipped", props, dir, List.of(), List.of(checksSkippedJar()));
                double[] cpu;
                double[] jit;
                double skippedCpu;
                double checksCpu;
                double checksWhereTheyRan;
                try {
                    skipped.ask("build");
                    List<Worker> measured = new ArrayList<>(workers);
                    measured.add(skipped);
                    int m = measured.size();
                    int chunk = Integer.getInteger("bench.cpuWarmChunk", scale.pick(5000, 300));
                    int cap = Integer.getInteger("bench.cpuWarm", scale.pick(150_000, 300));
                    double[] warmed = new double[m];
                    double[] warmJitShare = new double[m];
                    boolean[] settled = new boolean[m];
                    for (boolean all = false; !all; ) {
                        all = true;
                        for (int c = 0; c < m; c++) {
                            if (settled[c]) {
                                continue;
                            }
                            String[] a = measured.get(c).ask("calls " + chunk);
                            warmed[c] += chunk;
                            warmJitShare[c] = Long.parseLong(a[2]) / (double) Math.max(1, Long.parseLong(a[1]));
                            settled[c] = warmJitShare[c] <= 0.02 || warmed[c] >= cap;
                            all &= settled[c];
                        }
                    }
                    report.line("8. warm-up before the CPU line (calls, and the JIT compiler threads' share of the process"
                            + " CPU in the last " + chunk + "): " + row(Arrays.copyOf(warmed, k), "%.0f") + ", "
                            + skipped.name + " " + (int) warmed[k] + "; " + row(Arrays.copyOf(warmJitShare, k), x -> 100 * x,
                            "%.1f%%") + ", " + skipped.name + String.format(Locale.ROOT, " %.1f%%", 100 * warmJitShare[k]));
                    // The process CPU clock ticks in 10 ms steps: 250 calls of 120-400 µs gave numbers in steps of
                    // 40 µs a call; blocks of 2,500 bring that down to 4 µs.
                    int block = Integer.getInteger("bench.cpuBlock", scale.pick(2500, 50));
                    int rounds = Integer.getInteger("bench.cpuRounds", scale.pick(8, 2));
                    double[][] cpuPerCall = new double[m][rounds];
                    double[][] jitMs = new double[m][rounds];
                    double[] checks = new double[rounds];
                    double[] checksInSitu = new double[rounds];
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < m; i++) {
                            int c = (r % 2 == 0) ? i : m - 1 - i;
                            String[] a = measured.get(c).ask("calls " + block);
                            requireFive(a, measured.get(c).name);
                            // The compiler threads' CPU in the block is taken out: "JIT excluded".
                            jitMs[c][r] = Long.parseLong(a[2]) / 1e6;
                            cpuPerCall[c][r] = (Long.parseLong(a[1]) - Long.parseLong(a[2])) / (double) block;
                            if (c == 1) {
                                checksInSitu[r] = Long.parseLong(a[5]) / (double) block;
                            }
                        }
                    }
                    workers.get(1).ask("extra " + scale.pick(20_000, 300));
                    for (int r = 0; r < rounds; r++) {
                        String[] e = workers.get(1).ask("extra " + block);
                        checks[r] = (Long.parseLong(e[1]) - Long.parseLong(e[2])) / (double) block;
                    }
                    double[] all = new double[m];
                    double[] allJit = new double[m];
                    for (int c = 0; c < m; c++) {
                        all[c] = median(cpuPerCall[c]);
                        allJit[c] = Arrays.stream(jitMs[c]).sum();
                    }
                    cpu = Arrays.copyOf(all, k);
                    jit = Arrays.copyOf(allJit, k);
                    skippedCpu = all[k];
                    checksCpu = median(checks);
                    checksWhereTheyRan = median(checksInSitu);
                    // Ratios within a round are steadier than ratios of medians on a machine shared with other work.
                    double[] roundRatio = new double[m];
                    for (int c = 0; c < m; c++) {
                        double[] ratios = new double[rounds];
                        for (int r = 0; r < rounds; r++) {
                            ratios[r] = cpuPerCall[c][r] / cpuPerCall[0][r];
                        }
                        roundRatio[c] = median(ratios);
                    }
                    report.line("8. process CPU per call at 0 ms less the JIT compiler threads' CPU, median of " + rounds
                            + " alternating blocks of " + block + " (µs): " + row(cpu, x -> x / 1e3, "%.0f") + ", "
                            + skipped.name + String.format(Locale.ROOT, " %.0f", skippedCpu / 1e3)
                            + "; JIT compiler threads' CPU in those blocks (ms, total): " + row(jit, "%.0f") + ", "
                            + skipped.name + String.format(Locale.ROOT, " %.0f", allJit[k])
                            + "; StoryWeave's story checks alone " + Stats.time(checksCpu)
                            + " a call, timed where they ran " + Stats.time(checksWhereTheyRan) + " a call, their whole cost"
                            + " (StoryWeave less StoryWeave with them skipped) " + Stats.time(cpu[1] - skippedCpu)
                            + "; median of the rounds' ratios to the raw SDK: " + row(Arrays.copyOf(roundRatio, k), "%.2f")
                            + ", " + skipped.name + String.format(Locale.ROOT, " %.2f", roundRatio[k]));
                } finally {
                    skipped.close();
                }
                if (cpuOnly) {
                    return List.of();
                }

                // Overhead above a 50 ms model.
                stub.delayMillis(50);
                for (Worker w : workers) {
                    w.ask("calls 10");
                }
                int n50 = scale.pick(20, 5);
                int rounds50 = scale.pick(8, 2);
                long[][] lat = new long[k][n50 * rounds50];
                for (int r = 0; r < rounds50; r++) {
                    for (int i = 0; i < k; i++) {
                        int c = (r % 2 == 0) ? i : k - 1 - i;
                        String[] a = workers.get(c).ask("calls " + n50);
                        requireFive(a, CONTENDERS[c][0]);
                        String[] times = a[4].split(",");
                        for (int j = 0; j < n50; j++) {
                            lat[c][r * n50 + j] = Long.parseLong(times[j]);
                        }
                    }
                }
                double[] overhead = new double[k];
                for (int c = 0; c < k; c++) {
                    overhead[c] = Stats.of(lat[c]).median() - 50e6;
                }
                report.line("8. median latency above the 50 ms model (ms), n=" + n50 * rounds50 + " each: "
                        + row(overhead, x -> x / 1e6, "%.2f"));

                // Throughput of 64 callers at 200 ms.
                stub.delayMillis(200);
                int requests = scale.pick(320, 128);
                for (Worker w : workers) {
                    w.ask("parallel 64 64");
                }
                int tRounds = 3;
                double[][] rates = new double[k][tRounds];
                int failed = 0;
                int[] modelCalls = new int[k];
                for (int r = 0; r < tRounds; r++) {
                    for (int i = 0; i < k; i++) {
                        int c = (r % 2 == 0) ? i : k - 1 - i;
                        int before = stub.converseCalls();
                        String[] a = workers.get(c).ask("parallel 64 " + requests);
                        modelCalls[c] += stub.converseCalls() - before;
                        rates[c][r] = requests / (Long.parseLong(a[1]) / 1e9);
                        failed += Integer.parseInt(a[2]);
                        if (!a[3].equals("-")) {
                            report.line("8. " + CONTENDERS[c][0] + ": " + a[2] + " of " + requests + " calls failed, the first with "
                                    + a[3].substring(0, Math.min(a[3].length(), 400)));
                        }
                    }
                }
                double[] throughput = new double[k];
                for (int c = 0; c < k; c++) {
                    throughput[c] = median(rates[c]);
                }
                report.line("8. throughput, 64 callers, stub delay 200 ms, median of " + tRounds + " runs of " + requests
                        + " (calls/s; ideal 320): " + row(throughput, "%.0f") + "; failed calls " + failed
                        + "; Converse requests the stub got: " + Arrays.toString(modelCalls) + " (expected "
                        + tRounds * requests + " each)");

                // Heap growth per 1,000 further calls (the stub answers at once).
                stub.delayMillis(0);
                double[] heap = new double[k];
                for (int c = 0; c < k; c++) {
                    Worker w = workers.get(c);
                    long h0 = Long.parseLong(w.ask("heap")[1]);
                    w.ask("calls 1000");
                    long h1 = Long.parseLong(w.ask("heap")[1]);
                    w.ask("calls 1000");
                    long h2 = Long.parseLong(w.ask("heap")[1]);
                    heap[c] = ((h1 - h0) + (h2 - h1)) / 2.0;
                }
                report.line("8. used heap after full GCs, growth per 1,000 further calls (MiB, mean of 2 × 1,000): "
                        + row(heap, x -> x / (1024.0 * 1024.0), "%.2f"));

                // Requests the stub sees when every answer is 429.
                stub.throttling(true);
                double[] tries = new double[k];
                String[] firstError = new String[k];
                int throttledCalls = 2;
                for (int c = 0; c < k; c++) {
                    int before = stub.converseCalls();
                    String[] a = workers.get(c).ask("fail " + throttledCalls);
                    tries[c] = (stub.converseCalls() - before) / (double) throttledCalls;
                    firstError[c] = a[3] + " after " + Stats.time(Long.parseLong(a[2]) / (double) throttledCalls);
                }
                stub.throttling(false);
                report.line("8. Converse requests per call when every answer is 429: " + row(tries, "%.0f")
                        + "; what the caller got: " + String.join("; ", firstError));

                return results(report, cpu, skippedCpu, checksCpu, checksWhereTheyRan, overhead, throughput, cold, coldCpu, classPath, jars, heap, tries);
            } finally {
                for (Worker w : workers) {
                    w.close();
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Profiles one contender: its JVM runs with Java Flight Recorder ({@code settings=profile}) while it makes
     * {@code calls} calls at 0 ms after as many calls of warm-up; the recording is written to {@code jfr}.
     *
     * @param module the contender's module, e.g. {@code storyweave}
     * @param calls  calls to record
     * @param jfr    the recording file
     */
    static void profile(String module, int calls, Path jfr) throws Exception {
        // "checks-skipped": StoryWeave with the benchmark's checks-skipped stand-in, its plumbing alone
        boolean checksSkipped = module.equals("checks-skipped");
        int index = checksSkipped ? 1 : -1;
        for (int c = 0; c < CONTENDERS.length; c++) {
            index = CONTENDERS[c][1].equals(module) && index < 0 ? c : index;
        }
        if (index < 0) {
            throw new IllegalArgumentException("no contender " + module);
        }
        Path dir = Files.createTempDirectory("storyweave-bench-profile");
        try (BedrockStub stub = BedrockStub.startJdk(0)) {
            List<String> props = requestFiles(stub, dir);
            List<String> jfrOptions = List.of("-XX:StartFlightRecording=settings=profile,filename=" + jfr.toAbsolutePath(),
                    "-XX:FlightRecorderOptions=stackdepth=96");
            try (Worker w = new Worker(index, CONTENDERS[index][0] + (checksSkipped ? ", checks skipped" : ""), props, dir,
                    jfrOptions, checksSkipped ? List.of(checksSkippedJar()) : List.of())) {
                w.ask("build");
                w.ask("calls " + calls);
                long t0 = System.nanoTime();
                String[] a = w.ask("calls " + calls);
                System.out.println(w.name + ": " + calls + " calls recorded in " + Stats.time(System.nanoTime() - t0)
                        + ", process CPU " + Stats.time(Long.parseLong(a[1]) / (double) calls) + " a call; recording "
                        + jfr + " (written when the JVM ends)");
            }
        }
    }

    private static List<Result> results(Report report, double[] cpu, double skippedCpu, double checksCpu,
                                        double checksWhereTheyRan,
                                        double[] overhead,
                                        double[] throughput, double[][] cold, double[][] coldCpu, double[] classPath, int[] jars,
                                        double[] heap, double[] tries) {
        double[] coldMedian = new double[cold.length];
        for (int c = 0; c < cold.length; c++) {
            coldMedian[c] = median(cold[c]);
        }
        double[] plumbing = Arrays.copyOf(cpu, COMPARED);
        plumbing[1] = skippedCpu;
        double[] plumbingInSitu = Arrays.copyOf(cpu, COMPARED);
        plumbingInSitu[1] = cpu[1] - checksWhereTheyRan;
        List<String> table = new ArrayList<>();
        boolean before = cpu.length > COMPARED;
        table.add("| line | raw SDK | StoryWeave | LangChain4j | Spring AI | best |" + (before ? " StoryWeave (before) |" : ""));
        table.add("|---|---|---|---|---|---|" + (before ? "---|" : ""));
        table.add(line("overhead above a 50 ms model, median", overhead, x -> Stats.time(x), true));
        table.add(line("CPU per call at 0 ms (JIT excluded)", cpu, x -> Stats.time(x), true));
        table.add(line("… StoryWeave's plumbing: the same calls with its story checks skipped (their whole cost "
                + Stats.time(cpu[1] - skippedCpu) + ")", plumbing, x -> Stats.time(x), true));
        table.add(line("… StoryWeave less its story checks' own time where they ran (" + Stats.time(checksWhereTheyRan)
                + "; alone " + Stats.time(checksCpu) + ")", plumbingInSitu, x -> Stats.time(x), true));
        table.add(line("throughput, 64 callers, 200 ms", throughput,
                x -> String.format(Locale.ROOT, "%.0f/s", x), false));
        table.add(line("cold start to first answer, wall", coldMedian, x -> Stats.time(x), true));
        table.add(line("… the same JVMs' CPU to their first answer, all threads", medians(coldCpu), x -> Stats.time(x), true));
        table.add(line("runtime class path (jars: " + jars[0] + ", " + jars[1] + ", " + jars[2] + ", " + jars[3] + ")",
                classPath, x -> Stats.mib(x), true));
        table.add(line("heap growth per 1,000 further calls", heap, x -> Stats.mib(x), true));
        table.add(line("requests when every answer is 429", tries, x -> String.format(Locale.ROOT, "%.0f", x), true));
        report.line("8. the peers' table (ratios to the raw SDK of this run; best = lowest, or highest for throughput):");
        table.forEach(report::line);
        List<Result> results = new ArrayList<>();
        results.add(peerResult("CPU per call at 0 ms, plumbing (checks skipped)", plumbing,
                x -> Stats.time(x), true));
        results.add(peerResult("cold start to first answer", coldMedian, x -> Stats.time(x), true));
        results.add(peerResult("runtime class path", classPath, x -> Stats.mib(x), true));
        results.add(peerResult("throughput, 64 callers, 200 ms", throughput,
                x -> String.format(Locale.ROOT, "%.0f/s", x), false));
        return results;
    }

    private static Result peerResult(String metric, double[] v, java.util.function.DoubleFunction<String> fmt,
                                     boolean lowerIsBetter) {
        double bestPeer = lowerIsBetter ? Math.min(v[2], v[3]) : Math.max(v[2], v[3]);
        boolean pass = lowerIsBetter ? v[1] <= bestPeer : v[1] >= bestPeer;
        return new Result("8. Peers", metric, fmt.apply(v[0]) + " (raw SDK)", fmt.apply(v[1]),
                Stats.ratio(v[1] / v[0]), (lowerIsBetter ? "≤" : "≥") + " best peer (" + fmt.apply(bestPeer) + ")",
                pass, "LangChain4j " + fmt.apply(v[2]) + " (" + Stats.ratio(v[2] / v[0]) + "), Spring AI "
                        + fmt.apply(v[3]) + " (" + Stats.ratio(v[3] / v[0]) + ")");
    }

    private static String line(String name, double[] v, java.util.function.DoubleFunction<String> fmt,
                               boolean lowerIsBetter) {
        int best = 0;
        for (int c = 1; c < COMPARED; c++) {
            if (lowerIsBetter ? v[c] < v[best] : v[c] > v[best]) {
                best = c;
            }
        }
        StringBuilder s = new StringBuilder("| " + name + " | " + fmt.apply(v[0]));
        for (int c = 1; c < v.length; c++) {
            s.append(" | ").append(fmt.apply(v[c]));
            if (v[0] != 0) {
                s.append(String.format(Locale.ROOT, " (%.2f×)", v[c] / v[0]));
            }
            if (c == COMPARED - 1) {
                s.append(" | ").append(CONTENDERS[best][0]);
            }
        }
        return s.append(" |").toString();
    }

    private static String row(double[] v, String format) {
        return row(v, x -> x, format);
    }

    private static String row(double[] v, ToDoubleFunction<Double> scale, String format) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < v.length; c++) {
            parts.add(CONTENDERS[c][0] + " " + String.format(Locale.ROOT, format, scale.applyAsDouble(v[c])));
        }
        return String.join(", ", parts);
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        int n = copy.length;
        return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
    }

    private static void requireFive(String[] answer, String who) {
        if (!answer[3].equals("0")) {
            throw new IllegalStateException(who + ": " + answer[3] + " calls did not bring the 5-page story");
        }
    }

    private static double[] medians(double[][] samples) {
        double[] medians = new double[samples.length];
        for (int c = 0; c < samples.length; c++) {
            medians[c] = median(samples[c]);
        }
        return medians;
    }

    /** @return per contender, the median over rounds of its sample divided by the raw SDK's in that round */
    private static double[] ratioMedians(double[][] samples) {
        double[] medians = new double[samples.length];
        for (int c = 0; c < samples.length; c++) {
            double[] ratios = new double[samples[c].length];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = samples[c][r] / samples[0][r];
            }
            medians[c] = median(ratios);
        }
        return medians;
    }

    /**
     * Fresh JVMs, alternating: wall time from launching the JVM to the first answer read; each JVM's own
     * CPU up to that answer goes to {@code cpu}.
     */
    private static double[][] coldStarts(Scale scale, List<String> props, Path dir, double[][] cpu) throws Exception {
        int n = Integer.getInteger("bench.coldRounds", scale.pick(7, 2));
        double[][] wall = new double[CONTENDERS.length][n];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < CONTENDERS.length; i++) {
                int c = (r % 2 == 0) ? i : CONTENDERS.length - 1 - i;
                List<String> command = command(c, props);
                // -Dbench.coldOptions="-Xlog:class+load:file=/tmp/cl-%p.txt": JVM options for the cold JVMs only.
                String options = System.getProperty("bench.coldOptions", "").strip();
                if (!options.isEmpty()) {
                    command.addAll(command.size() - 1, List.of(options.split("\\s+")));
                }
                command.add("cold");
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectError(dir.resolve(CONTENDERS[c][1] + "-cold.log").toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                String line = replyLine(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)),
                        CONTENDERS[c][0], dir.resolve(CONTENDERS[c][1] + "-cold.log"));
                wall[c][r] = System.nanoTime() - t0;
                String[] fields = line.split(" ");
                cpu[c][r] = fields.length > 5 ? Double.parseDouble(fields[5]) : Double.NaN;
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !line.startsWith("cold ")) {
                    p.destroyForcibly();
                    throw new IllegalStateException(CONTENDERS[c][0] + " cold start failed: " + line + " "
                            + Files.readString(dir.resolve(CONTENDERS[c][1] + "-cold.log")));
                }
            }
        }
        return wall;
    }

    private static List<String> command(int index, List<String> props) throws IOException {
        return command(index, props, List.of());
    }

    /** @param first class-path entries in front of the contender's own (the checks-skipped stand-in) */
    private static List<String> command(int index, List<String> props, List<String> first) throws IOException {
        String[] contender = CONTENDERS[index];
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(props);
        command.add("-cp");
        Path module = moduleDir(contender[1]);
        List<String> cp = new ArrayList<>(first);
        try (var jars = Files.list(module.resolve("target"))) {
            jars.filter(p -> p.getFileName().toString().endsWith(".jar")).forEach(p -> cp.add(p.toString()));
        }
        for (String e : Files.readString(module.resolve("target/classpath.txt"), StandardCharsets.UTF_8).trim()
                .split(File.pathSeparator)) {
            cp.add(entry(index, e));
        }
        cp.addAll(beforeOnly(index, cp));
        command.add(String.join(File.pathSeparator, cp));
        command.add(contender[2]);
        return command;
    }

    /**
     * @return the jars in the "before" directory that replace nothing on the class path (an earlier build
     *         may need a library the current one dropped, e.g. extJWNL), for the "before" contender only
     */
    private static List<String> beforeOnly(int contender, List<String> cp) throws IOException {
        if (contender < COMPARED || System.getProperty("bench.before") == null) {
            return List.of();
        }
        List<String> extra = new ArrayList<>();
        try (var jars = Files.list(Path.of(System.getProperty("bench.before")))) {
            jars.filter(p -> p.getFileName().toString().endsWith(".jar") && !cp.contains(p.toString()))
                    .sorted().forEach(p -> extra.add(p.toString()));
        }
        return extra;
    }

    /** @return the contender's runtime class path without the bench's own worker jar */
    private static List<Path> classPath(String module) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String e : Files.readString(moduleDir(module).resolve("target/classpath.txt"), StandardCharsets.UTF_8)
                .trim().split(File.pathSeparator)) {
            if (!e.contains("storyweave-bench-worker")) {
                entries.add(Path.of(e));
            }
        }
        return entries;
    }

    /** @return the benchmark-only jar whose StoryChecker passes every draft unread (module contenders/checks-skipped) */
    private static String checksSkippedJar() throws IOException {
        Path target = Path.of(System.getProperty("bench.contenders", "benchmarks/contenders")).resolve("checks-skipped/target");
        if (Files.isDirectory(target)) {
            try (var files = Files.list(target)) {
                Optional<Path> jar = files.filter(f -> f.getFileName().toString().startsWith("storyweave-bench-checks-skipped-")
                        && f.getFileName().toString().endsWith(".jar") && !f.getFileName().toString().contains("-sources")
                        && !f.getFileName().toString().contains("-javadoc")).findFirst();
                if (jar.isPresent()) {
                    return jar.get().toString();
                }
            }
        }
        throw new IllegalStateException("no checks-skipped jar in " + target + ": build with -Pbench from the repository root");
    }

    private static Path moduleDir(String module) {
        Path dir = Path.of(System.getProperty("bench.contenders", "benchmarks/contenders")).resolve(module);
        if (!Files.isRegularFile(dir.resolve("target/classpath.txt"))) {
            throw new IllegalStateException("no " + dir.resolve("target/classpath.txt") + ": build with -Pbench from"
                    + " the repository root and run from there (or pass -Dbench.contenders=DIR)");
        }
        return dir;
    }

    /**
     * Makes StoryWeave write one story to learn the exact Converse body it sends, and hands that request to
     * every contender: the body (raw SDK), its parts (peers) and the stub's story (StoryWeave's checks).
     *
     * @return the system properties every contender JVM gets
     */
    private static List<String> requestFiles(BedrockStub stub, Path dir) throws IOException {
        try (BedrockModelProvider provider = Fixtures.bedrock(stub.endpoint());
             StoryWeave sw = Fixtures.withMemoryStore(provider, CacheOptions.builder().enabled(false).build())) {
            sw.createStory(Fixtures.request());
        }
        String body = stub.lastBody();
        Path bodyFile = dir.resolve("converse-body.json");
        Files.writeString(bodyFile, body, StandardCharsets.UTF_8);
        JsonNode root = JSON.readTree(body);
        JsonNode spec = root.path("toolConfig").path("tools").get(0).path("toolSpec");
        Properties p = new Properties();
        p.setProperty("system", root.path("system").get(0).path("text").asText());
        p.setProperty("user", root.path("messages").get(0).path("content").get(0).path("text").asText());
        p.setProperty("tool.name", spec.path("name").asText());
        p.setProperty("tool.description", spec.path("description").asText());
        p.setProperty("tool.schema", spec.path("inputSchema").path("json").toString());
        p.setProperty("maxTokens", root.path("inferenceConfig").path("maxTokens").asText());
        p.setProperty("temperature", root.path("inferenceConfig").path("temperature").asText("1.0"));
        Path requestFile = dir.resolve("request.properties");
        try (Writer out = Files.newBufferedWriter(requestFile, StandardCharsets.UTF_8)) {
            p.store(out, "the request StoryWeave sent, for the peers");
        }
        Path storyFile = dir.resolve("story.json");
        Files.writeString(storyFile, BedrockAnswers.storyJson(BedrockStub.PAGES), StandardCharsets.UTF_8);
        String endpoint = stub.endpoint().toString();
        return new ArrayList<>(List.of("-Dbench.endpoint=" + endpoint, "-Dbench.body=" + bodyFile,
                "-Dbench.request=" + requestFile, "-Dbench.story=" + storyFile,
                // The peers build their own clients: region, credentials and endpoint come from the AWS SDK's
                // system properties (nothing may reach AWS; instance metadata is never asked).
                "-Daws.region=us-east-1", "-Daws.accessKeyId=AKIDBENCHBENCHBENCH",
                "-Daws.secretAccessKey=bench-secret-not-real", "-Daws.endpointUrl=" + endpoint,
                "-Daws.endpointUrlBedrockRuntime=" + endpoint, "-Daws.disableEc2Metadata=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
    }

    private static String replyLine(BufferedReader in, String who, Path log) throws IOException {
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith(ContenderWorker.REPLY)) {
                return line.substring(ContenderWorker.REPLY.length());
            }
        }
        String err = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        throw new IllegalStateException(who + "'s JVM ended without an answer; its standard error:\n"
                + err.substring(0, Math.min(err.length(), 4000)));
    }

    /** A contender's JVM, driven by commands over its standard input. */
    private static final class Worker implements AutoCloseable {
        private final String name;
        private final Process process;
        private final BufferedReader in;
        private final Writer out;
        private final Path log;

        Worker(int index, List<String> props, Path dir) throws IOException {
            this(index, props, dir, List.of());
        }

        Worker(int index, List<String> props, Path dir, List<String> jvmOptions) throws IOException {
            this(index, CONTENDERS[index][0], props, dir, jvmOptions, List.of());
        }

        Worker(int index, String name, List<String> props, Path dir, List<String> jvmOptions, List<String> first)
                throws IOException {
            this.name = name;
            log = dir.resolve(CONTENDERS[index][1] + index + (first.isEmpty() ? "" : "-checks-skipped") + ".log");
            List<String> command = command(index, props, first);
            command.addAll(1, jvmOptions);
            process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        /** @return the answer's words; the first is {@code ok} */
        String[] ask(String command) throws IOException {
            out.write(command + "\n");
            out.flush();
            String line = replyLine(in, name, log);
            if (!line.startsWith("ok")) {
                throw new IllegalStateException(name + " answered \"" + line + "\" to " + command);
            }
            return line.split(" ");
        }

        @Override
        public void close() throws Exception {
            try {
                out.write("quit\n");
                out.flush();
            } catch (IOException e) {
                // already gone
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
