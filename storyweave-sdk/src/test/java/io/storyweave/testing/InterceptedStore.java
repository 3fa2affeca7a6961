package io.storyweave.testing;

import io.storyweave.spi.StoryStore;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A real store with a hook that runs before every call: tests count calls, or throw to make
 * the store fail (a dead endpoint, a throttled write) without a fake store of their own.
 */
public final class InterceptedStore {
    /** Runs before each store call; may throw to make that call fail. */
    @FunctionalInterface
    public interface BeforeCall {
        void before(String method) throws Exception;
    }

    private InterceptedStore() {
    }

    public static StoryStore wrap(StoryStore target, BeforeCall hook) {
        return (StoryStore) Proxy.newProxyInstance(InterceptedStore.class.getClassLoader(),
                new Class<?>[]{StoryStore.class}, (proxy, method, args) -> {
                    hook.before(method.getName());
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
