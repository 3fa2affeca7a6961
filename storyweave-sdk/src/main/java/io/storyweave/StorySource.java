package io.storyweave;

/** Where a returned story came from, and so whether it cost a model call. */
public enum StorySource {
    /** Written by the model for this call. */
    MODEL,
    /** Served from this client's in-memory cache. */
    LOCAL_CACHE,
    /** Served from the store's shared cache, e.g. written by another instance. */
    STORE_CACHE
}
