package io.storyweave.internal.plugin;

import io.storyweave.StoryWeaveConfigException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds plugin factories with {@link ServiceLoader} and picks one by name, with errors that say how to fix it. */
public final class PluginLoader {
    private PluginLoader() {
    }

    public static <F> List<F> discover(Class<F> type, ClassLoader loader) {
        List<F> found = new ArrayList<>();
        try {
            ServiceLoader.load(type, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            throw new StoryWeaveConfigException("A StoryWeave plugin on the class path could not be loaded: "
                    + e.getMessage() + ". Check that all StoryWeave artifacts have the same version.", e);
        }
        return found;
    }

    /**
     * @param kind           "model provider" or "store", for messages
     * @param wanted         the configured name, or {@code null}
     * @param candidates     discovered factories
     * @param nameOf         a factory's name
     * @param artifactHint   what to add when none is found
     * @param settingHint    how to choose one, e.g. {@code builder.provider("name") or storyweave.provider}
     */
    public static <F> F choose(String kind, String wanted, List<F> candidates, Function<F, String> nameOf,
                               String artifactHint, String settingHint) {
        String names = candidates.stream().map(nameOf).sorted().collect(Collectors.joining(", "));
        if (wanted != null) {
            String normalised = wanted.trim().toLowerCase(Locale.ROOT);
            return candidates.stream().filter(f -> nameOf.apply(f).equalsIgnoreCase(normalised)).findFirst()
                    .orElseThrow(() -> new StoryWeaveConfigException("No " + kind + " named \"" + wanted + "\" is on the"
                            + " class path" + (names.isEmpty() ? "" : " (found: " + names + ")") + ". Add "
                            + artifactHint + ", or choose one of the names found."));
        }
        if (candidates.isEmpty()) {
            throw new StoryWeaveConfigException("No " + kind + " is on the class path. Add " + artifactHint
                    + ", or pass an instance to the builder.");
        }
        if (candidates.size() > 1) {
            throw new StoryWeaveConfigException("Several " + kind + "s are on the class path: " + names
                    + ". Choose one with " + settingHint + ".");
        }
        return candidates.get(0);
    }
}
