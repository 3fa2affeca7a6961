/**
 * Plugin contracts: model providers and stores. Implement a factory, list it in
 * {@code META-INF/services}, and StoryWeave finds it with {@link java.util.ServiceLoader}.
 */
package io.storyweave.spi;
