package io.storyweave.bench.contender;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The request every peer sends, taken apart from the Converse body StoryWeave sent (so all ask for the
 * same story): a properties file named by the system property {@code bench.request}.
 *
 * @param system          the system prompt
 * @param user            the user message
 * @param toolName        the story tool's name
 * @param toolDescription its description
 * @param toolSchema      its input schema as JSON
 * @param maxTokens       the output budget
 * @param temperature     the sampling temperature
 */
public record BenchRequest(String system, String user, String toolName, String toolDescription, String toolSchema,
                           int maxTokens, double temperature) {
    /** The model every contender asks for. */
    public static final String MODEL_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0";

    /** @return the request in the file named by {@code bench.request} */
    public static BenchRequest load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("bench.request")), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchRequest(p.getProperty("system"), p.getProperty("user"), p.getProperty("tool.name"),
                p.getProperty("tool.description"), p.getProperty("tool.schema"),
                Integer.parseInt(p.getProperty("maxTokens")), Double.parseDouble(p.getProperty("temperature")));
    }
}
