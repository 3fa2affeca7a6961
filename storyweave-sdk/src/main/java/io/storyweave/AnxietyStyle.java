package io.storyweave;

/** How a story for an anxious child handles worry. */
public enum AnxietyStyle {
    /** Gentle, no peril at all. The default for {@link Neurotype#ANXIETY}. */
    CALM,
    /** A small worry met with a named coping step (breathing, counting, asking a grown-up). */
    COPING
}
