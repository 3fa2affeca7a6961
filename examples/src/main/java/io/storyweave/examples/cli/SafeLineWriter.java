package io.storyweave.examples.cli;

import io.storyweave.spi.Secrets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The one way out to the terminal: every line written through it loses its secrets
 * ({@link Secrets#redact(String)}) and its terminal controls ({@link TerminalText#clean(String)})
 * before it reaches the real stream. It works line by line because a secret is recognised by the
 * text around it, so text is held until a line ends or the writer is flushed.
 */
final class SafeLineWriter extends Writer {
    private final Writer target;
    private final StringBuilder line = new StringBuilder();

    private SafeLineWriter(Writer target) {
        this.target = target;
    }

    /**
     * @param target where the cleaned text goes
     * @return a print writer (flushing at each line) whose every line is cleaned
     */
    static PrintWriter printWriter(Writer target) {
        return new PrintWriter(new SafeLineWriter(target), true);
    }

    /**
     * For byte-oriented printing that the command line does not control, such as the logging
     * binding writing to {@code System.err} and stack traces printed by libraries.
     *
     * @param target the real stream
     * @return a print stream whose every line is cleaned
     */
    static PrintStream printStream(OutputStream target) {
        Writer safe = new SafeLineWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        return new PrintStream(new LineBytes(safe), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        synchronized (lock) {
            for (int i = offset; i < offset + length; i++) {
                line.append(chars[i]);
                if (chars[i] == '\n') {
                    emit();
                }
            }
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            emit();
            target.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        target.close();
    }

    private void emit() throws IOException {
        if (line.length() > 0) {
            target.write(TerminalText.clean(Secrets.redact(line.toString())));
            line.setLength(0);
        }
    }

    /** Collects bytes up to a line feed (never part of a multi-byte UTF-8 character) and hands the line on. */
    private static final class LineBytes extends OutputStream {
        private final Writer safe;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        LineBytes(Writer safe) {
            this.safe = safe;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            bytes.write(b);
            if (b == '\n') {
                handOn();
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            handOn();
            safe.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            flush();
            safe.close();
        }

        private void handOn() throws IOException {
            if (bytes.size() > 0) {
                safe.write(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
        }
    }
}
