package io.storyweave.bench.contender;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command loop of a contender's JVM, driven line by line over standard input by the benchmarks'
 * {@code PeersBench}; every answer is one line on standard output starting with {@value #REPLY} (libraries
 * may print anything else). Commands:
 * <ul>
 *   <li>{@code build}: builds the contender; answers its build time in ns</li>
 *   <li>{@code calls N}: N calls one after another; answers the process CPU time in ns, the JIT compiler
 *       threads' share of it in ns, the calls that did not bring 5 pages, each call's wall time in ns, then the
 *       ns the calls spent in the contender's inner work ({@link Contender#innerNanos()})</li>
 *   <li>{@code extra N}: the contender's extra work N times (StoryWeave: the story checks); answers CPU ns
 *       and the JIT's share in ns, or {@code none}</li>
 *   <li>{@code parallel T N}: N calls over T threads; answers the wall time in ns, the failed calls and the
 *       first failure</li>
 *   <li>{@code fail N}: N calls that are expected to fail; answers the failures, the wall time in ns and the
 *       first failure's type</li>
 *   <li>{@code heap}: used heap in bytes after full collections</li>
 *   <li>{@code quit}</li>
 * </ul>
 * With the single argument {@code cold} it builds, makes one call, prints
 * {@code @@ cold <build ns> <first call ns> <JVM uptime ms>} and exits: the cold-start sample.
 */
public final class ContenderWorker {
    /** Prefix of every answer line. */
    public static final String REPLY = "@@ ";
    private static final int PAGES = 5;

    private ContenderWorker() {
    }

    /**
     * CPU time of the JIT compiler threads so far: on Linux exact, from each thread's
     * {@code /proc/self/task/ID/schedstat}; elsewhere the JVM's compilation time (wall time, an upper bound).
     */
    static long compilerCpu(CompilationMXBean jit) {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return jit.getTotalCompilationTime() * 1_000_000;
        }
        long total = 0;
        try (var threads = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) threads::iterator) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm"));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String stat = java.nio.file.Files.readString(task.resolve("schedstat")).trim();
                        total += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return jit.getTotalCompilationTime() * 1_000_000;
        }
        return total;
    }

    /**
     * Runs the loop (or the cold-start sample) for a contender; the endpoint is the system property
     * {@code bench.endpoint}.
     *
     * @param args    the program's arguments
     * @param factory builds the contender
     */
    public static void serve(String[] args, Contender.Factory factory) throws Exception {
        String endpoint = System.getProperty("bench.endpoint");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("cold")) {
            long t0 = System.nanoTime();
            Contender contender = factory.build(endpoint);
            long t1 = System.nanoTime();
            int pages = contender.call();
            long t2 = System.nanoTime();
            // The JVM's CPU (all threads: background loading, JIT, GC) up to the first answer is less
            // sensitive than the wall time to what else the machine runs.
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            out.println(REPLY + "cold " + (t1 - t0) + " " + (t2 - t1) + " "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " " + pages + " " + cpu);
            System.exit(pages == PAGES ? 0 : 2);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Contender contender = null;
        ExecutorService pool = null;
        int poolSize = 0;
        for (String line; (line = in.readLine()) != null; ) {
            String[] cmd = line.trim().split(" ");
            try {
                switch (cmd[0]) {
                    case "build" -> {
                        long t0 = System.nanoTime();
                        contender = factory.build(endpoint);
                        out.println(REPLY + "ok " + (System.nanoTime() - t0));
                    }
                    case "calls" -> {
                        int n = Integer.parseInt(cmd[1]);
                        long[] times = new long[n];
                        int wrong = 0;
                        long cpu0 = os.getProcessCpuTime();
                        long jit0 = compilerCpu(jit);
                        long inner0 = contender.innerNanos();
                        for (int i = 0; i < n; i++) {
                            long t0 = System.nanoTime();
                            int pages = contender.call();
                            times[i] = System.nanoTime() - t0;
                            wrong += pages == PAGES ? 0 : 1;
                        }
                        long cpu = os.getProcessCpuTime() - cpu0;
                        long jitNs = compilerCpu(jit) - jit0;
                        StringBuilder s = new StringBuilder(REPLY + "ok " + cpu + " " + jitNs + " " + wrong + " ");
                        for (int i = 0; i < n; i++) {
                            s.append(i == 0 ? "" : ",").append(times[i]);
                        }
                        out.println(s.append(' ').append(contender.innerNanos() - inner0));
                    }
                    case "extra" -> {
                        int n = Integer.parseInt(cmd[1]);
                        long cpu0 = os.getProcessCpuTime();
                        long jit0 = compilerCpu(jit);
                        boolean has = contender.extra(n);
                        out.println(REPLY + (has ? "ok " + (os.getProcessCpuTime() - cpu0) + " "
                                + (compilerCpu(jit) - jit0) : "none"));
                    }
                    case "parallel" -> {
                        int threads = Integer.parseInt(cmd[1]);
                        int n = Integer.parseInt(cmd[2]);
                        if (pool == null || poolSize != threads) {
                            if (pool != null) {
                                pool.shutdownNow();
                            }
                            pool = Executors.newFixedThreadPool(threads);
                            poolSize = threads;
                        }
                        Contender c = contender;
                        AtomicInteger failed = new AtomicInteger();
                        java.util.concurrent.atomic.AtomicReference<String> firstFailure =
                                new java.util.concurrent.atomic.AtomicReference<>("-");
                        List<Future<?>> futures = new ArrayList<>(n);
                        long t0 = System.nanoTime();
                        for (int i = 0; i < n; i++) {
                            futures.add(pool.submit(() -> {
                                try {
                                    if (c.call() != PAGES) {
                                        failed.incrementAndGet();
                                    }
                                } catch (RuntimeException e) {
                                    failed.incrementAndGet();
                                    firstFailure.compareAndSet("-", e.toString().replaceAll("\\s+", "_"));
                                }
                            }));
                        }
                        for (Future<?> f : futures) {
                            f.get();
                        }
                        out.println(REPLY + "ok " + (System.nanoTime() - t0) + " " + failed.get() + " " + firstFailure.get());
                    }
                    case "fail" -> {
                        int n = Integer.parseInt(cmd[1]);
                        int failures = 0;
                        String first = "-";
                        long t0 = System.nanoTime();
                        for (int i = 0; i < n; i++) {
                            try {
                                contender.call();
                            } catch (RuntimeException e) {
                                failures++;
                                first = first.equals("-") ? e.getClass().getSimpleName() : first;
                            }
                        }
                        out.println(REPLY + "ok " + failures + " " + (System.nanoTime() - t0) + " " + first);
                    }
                    case "heap" -> {
                        for (int i = 0; i < 4; i++) {
                            System.gc();
                            Thread.sleep(50);
                        }
                        out.println(REPLY + "ok " + memory.getHeapMemoryUsage().getUsed());
                    }
                    case "quit" -> {
                        out.println(REPLY + "ok bye");
                        System.exit(0);
                    }
                    default -> out.println(REPLY + "error unknown command " + line);
                }
            } catch (Exception e) {
                out.println(REPLY + "error " + e.getClass().getName() + ": "
                        + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
        }
        System.exit(0);
    }
}
