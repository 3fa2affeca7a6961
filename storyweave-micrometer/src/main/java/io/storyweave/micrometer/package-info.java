/**
 * StoryWeave's metrics and traces through Micrometer: register {@link io.storyweave.micrometer.MicrometerObserver}
 * with {@code StoryWeave.builder().observer(...)}; {@link io.storyweave.micrometer.StoryWeaveMetrics} names what
 * it records.
 */
package io.storyweave.micrometer;
