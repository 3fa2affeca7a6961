package io.storyweave.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the speed and cost benchmarks of issue 7 side by side with their baselines in this one
 * process (cold start in fresh child JVMs) and prints each number, its ratio and PASS/FAIL.
 *
 * <pre>
 * java -jar benchmarks/target/storyweave-benchmarks.jar [--quick] [--only 1,2,3,4,5,6,7,8] [--report FILE]
 * java -jar benchmarks/target/storyweave-benchmarks.jar jmh [JMH options]
 * </pre>
 *
 * Everything talks to loopback only (a WireMock Bedrock stub, dynalite) and every loop is bounded
 * in count; a watchdog ends the run after {@value #LIMIT_MINUTES} minutes whatever happens.
 */
public final class BenchMain {
    private static final int LIMIT_MINUTES = 20;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // JOL reads record fields (Story, Page) only this way on JDK 17.
        System.setProperty("jol.magicFieldOffset", "true");
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("profile")) {
            // profile CONTENDER [CALLS [FILE]]: one contender of item 8 under Flight Recorder
            PeersBench.profile(args.length > 1 ? args[1] : "storyweave", args.length > 2 ? Integer.parseInt(args[2]) : 3000,
                    Path.of(args.length > 3 ? args[3] : "contender.jfr"));
            System.exit(0);
        }
        boolean quick = false;
        Set<String> only = new LinkedHashSet<>(List.of("6", "2", "1", "3", "4", "5", "7", "8"));
        Path reportFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> only = new LinkedHashSet<>(List.of(args[++i].split(",")));
                case "--report" -> reportFile = Path.of(args[++i]);
                default -> {
                    System.err.println("Usage: [--quick] [--only 1,2,3,4,5,6,7,8] [--report FILE] | jmh [JMH options]");
                    System.exit(64);
                }
            }
        }
        startWatchdog();
        Scale scale = new Scale(quick);
        Report report = new Report();
        Instant started = Instant.now();
        String machine = machine();
        report.line("StoryWeave benchmarks, " + started.truncatedTo(ChronoUnit.SECONDS) + ", " + machine
                + (quick ? ", QUICK run (smaller samples)" : ""));
        List<Result> results = new ArrayList<>();
        for (String item : only) {
            long t0 = System.nanoTime();
            switch (item.trim()) {
                case "1" -> results.addAll(MissOverheadBench.run(scale, report));
                case "2" -> results.addAll(LocalHitBench.run(scale, report));
                case "3" -> results.addAll(StoreHitBench.run(scale, report));
                case "4" -> results.addAll(CoalescingBench.run(scale, report));
                case "5" -> results.addAll(ThroughputBench.run(scale, report));
                case "7" -> results.addAll(SafetyChecksBench.run(scale, report));
                case "8" -> results.addAll(PeersBench.run(scale, report));
                case "6" -> {
                    results.addAll(LocalMemoryBench.run(scale, report));
                    results.addAll(ColdStartBench.run(scale, report));
                }
                default -> throw new IllegalArgumentException("no benchmark " + item + " (1 to 8)");
            }
            report.line("   (item " + item.trim() + " took " + Stats.time(System.nanoTime() - t0) + ")");
        }
        String table = table(results);
        System.out.println();
        System.out.println(table);
        long failed = results.stream().filter(r -> !r.pass()).count();
        String verdict = failed == 0 ? "ALL TARGETS MET" : failed + " TARGET(S) MISSED";
        System.out.println(verdict + " (run took " + Duration.between(started, Instant.now()).toSeconds() + " s)");
        if (reportFile != null) {
            StringBuilder md = new StringBuilder();
            md.append("Run: ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(", ").append(machine)
                    .append(quick ? ", quick run" : "").append("\n\n").append(table).append('\n').append(verdict)
                    .append("\n\nLog of the run:\n\n```\n");
            report.lines().forEach(l -> md.append(l).append('\n'));
            md.append("```\n");
            Files.writeString(reportFile, md, StandardCharsets.UTF_8);
            System.out.println("Report written to " + reportFile);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String table(List<Result> results) {
        StringBuilder s = new StringBuilder(
                "| Item | Measured | Baseline | StoryWeave | Ratio | Target | Result | Notes |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            s.append("| ").append(String.join(" | ", r.item(), r.metric(), r.baseline(), r.storyWeave(), r.ratio(),
                    r.target(), r.pass() ? "PASS" : "FAIL", r.note())).append(" |\n");
        }
        return s.toString();
    }

    private static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, max heap %d MiB, Java %s (%s), %s %s",
                rt.availableProcessors(), rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(Duration.ofMinutes(LIMIT_MINUTES).toMillis());
                System.err.println("Benchmarks exceeded " + LIMIT_MINUTES + " minutes; stopping.");
                System.exit(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
