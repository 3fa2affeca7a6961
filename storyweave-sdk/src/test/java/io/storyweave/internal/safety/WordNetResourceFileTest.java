package io.storyweave.internal.safety;

import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file.DictionaryFileType;
import net.sf.extjwnl.dictionary.file.RandomAccessDictionaryFile;
import net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile;
import net.sf.extjwnl.util.PointedCharSequence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped WordNet read by StoryWeave's file class answers exactly as extJWNL's own resource file does. */
class WordNetResourceFileTest {
    private static final String PATH = "/io/storyweave/internal/safety/wordnet";

    @Test
    void everyFileAnswersEveryLineAndWordAsExtJwnlsOwnResourceFile() throws Exception {
        Dictionary dictionary = WordNet.get().dictionary();
        List<RandomAccessDictionaryFile[]> pairs = new ArrayList<>();
        for (POS pos : POS.values()) {
            for (DictionaryFileType type : List.of(DictionaryFileType.INDEX, DictionaryFileType.DATA,
                    DictionaryFileType.EXCEPTION)) {
                pairs.add(pair(dictionary, pos, type));
            }
        }
        for (DictionaryFileType type : List.of(DictionaryFileType.REVCNTLIST, DictionaryFileType.CNTLIST,
                DictionaryFileType.SENSEINDEX)) {
            pairs.add(pair(dictionary, null, type));
        }
        long lines = 0;
        for (RandomAccessDictionaryFile[] pair : pairs) {
            RandomAccessDictionaryFile ours = pair[0];
            RandomAccessDictionaryFile theirs = pair[1];
            String file = ours.getFilename();
            assertThat(ours.length()).as(file).isEqualTo(theirs.length());
            assertThat(ours.getFirstLineOffset()).as(file).isEqualTo(theirs.getFirstLineOffset());
            for (long offset = ours.getFirstLineOffset(); offset != -1; offset = ours.getNextLineOffset(offset)) {
                assertThat(ours.getNextLineOffset(offset)).as(file + "@" + offset).isEqualTo(theirs.getNextLineOffset(offset));
                assertThat(text(ours.readLine(offset))).as(file + "@" + offset).isEqualTo(text(theirs.readLine(offset)));
                assertThat(text(ours.readWord(offset))).as(file + "@" + offset).isEqualTo(text(theirs.readWord(offset)));
                // and from inside the line, as a binary search lands
                long inside = offset + 3;
                assertThat(text(ours.readLine(inside))).isEqualTo(text(theirs.readLine(inside)));
                lines++;
            }
            for (long outside : new long[] {-1, ours.length(), ours.length() + 10}) {
                assertThat(ours.readLine(outside)).isNull();
                assertThat(ours.getNextLineOffset(outside)).isEqualTo(theirs.getNextLineOffset(outside));
            }
        }
        assertThat(lines).as("lines compared").isGreaterThan(150_000);
    }

    @Test
    void theOpenDictionaryLendsItsNounDataToTheHierarchyWalk() throws Exception {
        WordNet.get();
        byte[] held = WordNetResourceFile.openNounData(PATH + "/data.noun");
        byte[] resource;
        try (var in = WordNetResourceFileTest.class.getResourceAsStream(PATH + "/data.noun")) {
            resource = in.readAllBytes();
        }
        assertThat(held).isNotNull().isEqualTo(resource);
        // the walk reads synsets from it (a line that is not a synset's start is refused)
        SynsetLines lines = SynsetLines.read(PATH + "/data.noun");
        List<String> words = new ArrayList<>();
        lines.line(firstSynset(held)).words(words::add);
        assertThat(words).isNotEmpty();
    }

    private static long firstSynset(byte[] data) {
        int i = 0;
        while (data[i] == ' ') {
            while (data[i] != '\n') {
                i++;
            }
            i++;
        }
        return i;
    }

    private static RandomAccessDictionaryFile[] pair(Dictionary dictionary, POS pos, DictionaryFileType type)
            throws Exception {
        RandomAccessDictionaryFile ours = new WordNetResourceFile(dictionary, Map.of()).newInstance(dictionary, PATH, pos, type);
        RandomAccessDictionaryFile theirs = new PrincetonResourceDictionaryFile(dictionary, Map.of())
                .newInstance(dictionary, PATH, pos, type);
        ours.open();
        theirs.open();
        return new RandomAccessDictionaryFile[] {ours, theirs};
    }

    private static String text(PointedCharSequence s) {
        return s == null ? null : Objects.toString(s) + "|" + s.getLastBytePosition();
    }
}
