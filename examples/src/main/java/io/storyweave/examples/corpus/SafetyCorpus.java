package io.storyweave.examples.corpus;

/**
 * Where the safety corpus program went: it and its labelled corpora moved out of the command line's jar into
 * their own, {@code safety-corpus/target/safety-corpus.jar}, so the jar users download does not grow with
 * every blind round. Kept so the old command says where to look instead of failing with a missing class.
 */
public final class SafetyCorpus {
    /** The command that runs the corpus now, from the repository root. */
    static final String MOVED = "The safety corpus moved to its own jar. From the repository root: "
            + "mvn -q -DskipTests package -pl safety-corpus -am && java -jar safety-corpus/target/safety-corpus.jar"
            + " [--out FILE]";

    private SafetyCorpus() {
    }

    /**
     * Prints where the program moved and exits with status 2.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.err.println(MOVED);
        System.exit(2);
    }
}
