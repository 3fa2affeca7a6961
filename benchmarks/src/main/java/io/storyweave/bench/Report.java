package io.storyweave.bench;

import java.util.ArrayList;
import java.util.List;

/** Prints progress lines and keeps them for the Markdown report. */
final class Report {
    private final List<String> lines = new ArrayList<>();

    synchronized void line(String text) {
        System.out.println(text);
        System.out.flush();
        lines.add(text);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
