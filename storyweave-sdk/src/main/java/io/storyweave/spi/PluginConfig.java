package io.storyweave.spi;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Settings handed to plugin factories. A key such as {@code storyweave.bedrock.profileFallback}
 * is looked up, first to last, in the builder's {@code property(...)} values, the JVM system
 * properties, and the environment under its upper-case form ({@code STORYWEAVE_BEDROCK_PROFILE_FALLBACK}).
 */
public final class PluginConfig {
    private final Map<String, String> properties;
    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> systemProperties;
    private final ModelTier tier;

    /**
     * @param properties       the builder's properties
     * @param environment      environment look-up (normally {@link System#getenv(String)})
     * @param systemProperties system property look-up (normally {@link System#getProperty(String)})
     */
    public PluginConfig(Map<String, String> properties, UnaryOperator<String> environment,
                        UnaryOperator<String> systemProperties) {
        this.properties = Map.copyOf(properties);
        this.environment = environment;
        this.systemProperties = systemProperties;
        this.tier = null;
    }

    private PluginConfig(PluginConfig base, ModelTier tier) {
        this.properties = base.properties;
        this.environment = base.environment;
        this.systemProperties = base.systemProperties;
        this.tier = tier;
    }

    /**
     * @param value the tier the client was built with
     * @return a copy that carries it
     */
    public PluginConfig withTier(ModelTier value) {
        return new PluginConfig(this, value);
    }

    /** @return the tier the client is being built with, when known (settings "for the selected tier" use it) */
    public Optional<ModelTier> tier() {
        return Optional.ofNullable(tier);
    }

    /**
     * @param properties the builder's properties; the real environment and system properties apply
     * @return the configuration
     */
    public static PluginConfig of(Map<String, String> properties) {
        return new PluginConfig(properties, System::getenv, System::getProperty);
    }

    /**
     * @param key e.g. {@code storyweave.dynamodb.tablePrefix}
     * @return the environment variable name for it, e.g. {@code STORYWEAVE_DYNAMODB_TABLE_PREFIX}
     */
    public static String environmentName(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').replace('-', '_')
                .toUpperCase(Locale.ROOT);
    }

    /**
     * @param key the property key
     * @return the value from the builder, system properties or environment, trimmed; empty when unset or blank
     */
    public Optional<String> get(String key) {
        String value = properties.get(key);
        if (isBlank(value)) {
            value = systemProperties.apply(key);
        }
        if (isBlank(value)) {
            value = environment.apply(environmentName(key));
        }
        return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * @param name an environment variable, e.g. {@code AWS_REGION}
     * @return its value, or empty
     */
    public Optional<String> environment(String name) {
        String value = environment.apply(name);
        return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * @param key      the property key
     * @param fallback used when unset
     * @return the boolean value
     * @throws StoryWeaveConfigException when set to anything but true or false
     */
    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(v -> {
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
            }
            throw new StoryWeaveConfigException(key + " must be true or false, was \"" + v + "\"");
        }).orElse(fallback);
    }

    /**
     * @param key      the property key
     * @param fallback used when unset
     * @return the value as an ISO-8601 duration ({@code PT30S}) or whole seconds ({@code 30})
     * @throws StoryWeaveConfigException when not a duration
     */
    public Duration getDuration(String key, Duration fallback) {
        return get(key).map(v -> {
            try {
                return v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new StoryWeaveConfigException(key + " must be seconds (30) or an ISO-8601 duration (PT30S), was \""
                        + v + "\"");
            }
        }).orElse(fallback);
    }

    /**
     * @param key      the property key
     * @param fallback used when unset
     * @return the integer value
     * @throws StoryWeaveConfigException when not an integer
     */
    public int getInt(String key, int fallback) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new StoryWeaveConfigException(key + " must be a whole number, was \"" + v + "\"");
            }
        }).orElse(fallback);
    }

    /** @return the builder's properties */
    public Map<String, String> properties() {
        return properties;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Lists the keys set on the builder, never their values (they may be secrets). */
    @Override
    public String toString() {
        return "PluginConfig" + properties.keySet();
    }
}
