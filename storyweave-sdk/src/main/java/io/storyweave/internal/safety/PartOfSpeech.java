package io.storyweave.internal.safety;

/** WordNet's four parts of speech, in WordNet's own order (the order answers are looked up in). */
public enum PartOfSpeech {
    NOUN, VERB, ADJECTIVE, ADVERB
}
