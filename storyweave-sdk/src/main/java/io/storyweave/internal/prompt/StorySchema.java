package io.storyweave.internal.prompt;

import io.storyweave.spi.OutputSchema;

/** The one JSON shape every provider returns. */
public final class StorySchema {
    public static final OutputSchema SCHEMA = new OutputSchema("write_story",
            "Returns the finished children's story: a title and its pages in order.",
            """
            {"type":"object","properties":{"title":{"type":"string","description":"The story's title"},\
            "pages":{"type":"array","description":"The pages in order","items":{"type":"object",\
            "properties":{"text":{"type":"string","description":"The text of one page"}},"required":["text"]}}},\
            "required":["title","pages"]}""");

    private StorySchema() {
    }
}
