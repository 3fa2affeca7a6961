package io.storyweave.examples.cli;

import io.storyweave.ModelTier;
import io.storyweave.Page;
import io.storyweave.Story;
import io.storyweave.StoryListener;
import io.storyweave.StoryProgress;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one-line progress a person at a terminal sees while {@code create} works: shown as soon as the
 * command starts (before any client is built), then what is happening, the pages done, the seconds
 * elapsed (ticking while the model writes), the tier and the model. It is fed only
 * {@link StoryProgress}, which never carries story text, so no page shows before the story is accepted.
 */
final class ProgressLine implements StoryListener, AutoCloseable {
    private static final long TICK_MS = 250;

    private final CliContext ctx;
    private final ModelTier tier;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "storyweave-progress");
        t.setDaemon(true);
        return t;
    });
    private String model;
    private String detail = "starting";
    private int pagesWritten;
    private int pagesTotal;
    private boolean closed;

    /**
     * Shows the first line at once and keeps the elapsed time ticking.
     *
     * @param ctx        where the line goes
     * @param tier       the tier chosen
     * @param pagesTotal the pages asked for (0 when a profile's request decides)
     */
    ProgressLine(CliContext ctx, ModelTier tier, int pagesTotal) {
        this.ctx = ctx;
        this.tier = tier;
        this.pagesTotal = pagesTotal;
        show();
        ticker.scheduleAtFixedRate(this::show, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /** @param modelId the model the client will call, once it is known */
    synchronized void model(String modelId) {
        model = modelId;
        detail = "asking the model";
        show();
    }

    @Override
    public synchronized void onProgress(StoryProgress progress) {
        detail = progress.detail();
        pagesWritten = progress.pagesWritten();
        pagesTotal = progress.pagesTotal();
        show();
    }

    @Override
    public void onPage(int pageNumber, Page page) {
        // Never shown here: the accepted story is printed as a whole once it returns.
    }

    @Override
    public void onComplete(Story story) {
        close();
    }

    private synchronized void show() {
        if (closed) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ctx.progress("Your story: " + detail + " | " + String.format(Locale.ROOT, "%.1f s", seconds)
                + (pagesTotal > 0 ? " | pages " + pagesWritten + "/" + pagesTotal : "")
                + " | " + StoryPrinter.lower(tier) + (model == null ? "" : " | " + model));
    }

    /** Stops the ticking and clears the line, so what follows starts on a clean line. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            ticker.shutdownNow();
            ctx.progress("");
        }
    }
}
