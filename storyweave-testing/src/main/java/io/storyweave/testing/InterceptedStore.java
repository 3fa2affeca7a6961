package io.storyweave.testing;

import io.storyweave.spi.ProfileStore;
import io.storyweave.spi.SharedStoryCache;
import io.storyweave.spi.StoryLibrary;
import io.storyweave.spi.StoryStore;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A real store with a hook that runs before every call to any of its facets: tests count calls, or
 * throw to make the store fail (a dead endpoint, a throttled write) without a fake store of their
 * own. The hook receives the facet method's name, e.g. {@code putStory} or {@code tryAcquireLease}.
 */
public final class InterceptedStore {
    /** Runs before each store call; may throw to make that call fail. */
    @FunctionalInterface
    public interface BeforeCall {
        /**
         * @param method the name of the method about to be called
         * @throws Exception to make the call fail with it
         */
        void before(String method) throws Exception;
    }

    private InterceptedStore() {
    }

    /**
     * @param target the store that answers
     * @param hook   runs before every facet call ({@code name()} and {@code close()} are not intercepted)
     * @return a store that runs {@code hook} and then forwards to {@code target}
     */
    public static StoryStore wrap(StoryStore target, BeforeCall hook) {
        ProfileStore profiles = intercept(ProfileStore.class, target.profiles(), hook);
        StoryLibrary stories = intercept(StoryLibrary.class, target.stories(), hook);
        SharedStoryCache cache = target.sharedCache();
        // No shared cache stays no shared cache, so the core still knows there is none.
        SharedStoryCache sharedCache = cache == SharedStoryCache.NONE ? cache
                : intercept(SharedStoryCache.class, cache, hook);
        return new StoryStore() {
            @Override
            public String name() {
                return target.name();
            }

            @Override
            public ProfileStore profiles() {
                return profiles;
            }

            @Override
            public StoryLibrary stories() {
                return stories;
            }

            @Override
            public SharedStoryCache sharedCache() {
                return sharedCache;
            }

            @Override
            public void close() {
                target.close();
            }

            @Override
            public String toString() {
                return "InterceptedStore[" + target.name() + "]";
            }
        };
    }

    private static <T> T intercept(Class<T> facet, T target, BeforeCall hook) {
        return facet.cast(Proxy.newProxyInstance(InterceptedStore.class.getClassLoader(), new Class<?>[]{facet},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(target, args);
                    }
                    hook.before(method.getName());
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
