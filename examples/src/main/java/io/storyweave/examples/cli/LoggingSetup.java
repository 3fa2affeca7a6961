package io.storyweave.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * How the command line sets up its logging binding, slf4j-simple (which reads these system
 * properties once, when the first logger is made): nothing at all unless {@code --verbose}, so a
 * failure is exactly one line, and never DEBUG or TRACE from a logger that can print credentials.
 */
final class LoggingSetup {
    /**
     * Loggers whose DEBUG or TRACE output can carry credentials material (the session token, the
     * request signature, the access key id), each found by running a signature failure at TRACE.
     * The command line holds them at INFO (or at the default level when that is stricter) whatever
     * level is asked for.
     */
    static final List<String> CREDENTIAL_LOGGERS = List.of(
            // failed responses with the raw service message, which can quote the canonical request
            "software.amazon.awssdk.request",
            // the SigV4 and SigV4a signers: canonical request (x-amz-security-token) and string to sign
            "software.amazon.awssdk.http.auth",
            // the older signers: the same
            "software.amazon.awssdk.auth.signer",
            // every failed attempt with the raw exception
            "software.amazon.awssdk.retries",
            // the request pipeline: failed and retried calls with the raw exception
            "software.amazon.awssdk.core.internal.http",
            // Apache HttpClient 5 (the plugins' synchronous client): request headers and bytes
            "org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers",
            // Netty's LoggingHandler: request bytes; its HTTP/2 frame logger: header frames
            "io.netty.handler.logging", "io.netty.handler.codec.http2");

    private static final String LEVEL_OF = "org.slf4j.simpleLogger.log.";
    private static final String DEFAULT_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private LoggingSetup() {
    }

    /**
     * Must run before anything makes a logger.
     *
     * @param verbose whether {@code --verbose} was given
     */
    static void configure(boolean verbose) {
        // Without --verbose the command's own line says what failed; library warnings (each retry, each
        // store call that failed on the way) would turn it into several.
        setIfAbsent(DEFAULT_LEVEL, verbose ? "info" : "off");
        if (verbose) {
            setIfAbsent(LEVEL_OF + "io.storyweave", "debug");
        }
        // Overrides even an explicit setting: nothing may print a session token.
        String level = System.getProperty(DEFAULT_LEVEL).strip().toLowerCase(Locale.ROOT);
        String pinned = List.of("warn", "error", "off").contains(level) ? level : "info";
        for (String logger : CREDENTIAL_LOGGERS) {
            System.setProperty(LEVEL_OF + logger, pinned);
        }
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    }

    static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
