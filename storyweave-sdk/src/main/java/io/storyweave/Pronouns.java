package io.storyweave;

import java.util.Locale;
import java.util.Set;

/**
 * The pronouns a story uses for its hero. They are sent to the model as an instruction (they
 * identify nobody) and a draft that uses another set for the hero is rewritten.
 */
public enum Pronouns {
    /** she, her, hers, herself */
    SHE("she", "her", "her", "hers", "herself"),
    /** he, him, his, himself */
    HE("he", "him", "his", "his", "himself"),
    /** they, them, their, theirs, themself (singular they) */
    THEY("they", "them", "their", "theirs", "themself");

    private final String subject;
    private final String object;
    private final String possessive;
    private final String possessivePronoun;
    private final String reflexive;

    Pronouns(String subject, String object, String possessive, String possessivePronoun, String reflexive) {
        this.subject = subject;
        this.object = object;
        this.possessive = possessive;
        this.possessivePronoun = possessivePronoun;
        this.reflexive = reflexive;
    }

    /** @return the forms as the prompt writes them, e.g. {@code she/her/hers} */
    public String forms() {
        return subject + "/" + object + "/" + possessivePronoun;
    }

    /** @return the subject pronoun, e.g. {@code she} */
    public String subject() {
        return subject;
    }

    /** @return every form, lower case */
    public Set<String> allForms() {
        return this == THEY ? Set.of(subject, object, possessive, possessivePronoun, reflexive, "themselves")
                : Set.of(subject, object, possessive, possessivePronoun, reflexive);
    }

    /**
     * @param value {@code she}, {@code he} or {@code they} in any case (also {@code she/her} and the like)
     * @param source where the value came from, for the error message
     * @return the pronouns
     * @throws InvalidRequestException naming the value and the choices
     */
    public static Pronouns parse(String value, String source) {
        String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        int slash = key.indexOf('/');
        if (slash > 0) {
            key = key.substring(0, slash);
        }
        for (Pronouns p : values()) {
            if (p.subject.equals(key) || p.name().toLowerCase(Locale.ROOT).equals(key)) {
                return p;
            }
        }
        throw new InvalidRequestException("pronouns", source + " must be she, he or they, was "
                + io.storyweave.internal.Validate.quote(value));
    }
}
