package io.storyweave.internal.safety;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WordClassesTest {
    private static final WordNet WORD_NET = WordNet.get();
    private static final WordClasses CLASSES = WordClasses.load(WORD_NET);

    @Test
    void aClassHoldsEveryNounWhoseUsualSenseLiesBelowItsSeeds() {
        assertThat(List.of("revolver", "shotgun", "musket", "rifle")).allSatisfy(word -> assertThat(CLASSES.contains("firearm", word)).as(word).isTrue());
        assertThat(List.of("vodka", "gin", "rum", "brandy")).allSatisfy(word -> assertThat(CLASSES.contains("alcohol", word)).as(word).isTrue());
        assertThat(CLASSES.contains("person", "grandmother")).isTrue();
    }

    @Test
    void aCutTakesItsBranchOutOfTheClassAboveIt() {
        assertThat(CLASSES.contains("alcohol", "plonk")).isFalse();
        assertThat(CLASSES.contains("alcohol", "wine")).isFalse();
        assertThat(CLASSES.contains("wine", "wine")).isTrue();
        assertThat(CLASSES.contains("wine", "vintage")).as("an old tractor or dress, not a year's wine").isFalse();
        assertThat(CLASSES.contains("wine", "sherry")).isTrue();
        assertThat(CLASSES.contains("explosive", "firework")).isFalse();
        assertThat(CLASSES.contains("weapon", "rifle")).as("guns are cut out of {weapon}, which has {firearm} for them").isFalse();
        assertThat(CLASSES.contains("weapon", "spear")).isTrue();
    }

    @Test
    void thingsOfAnotherKindAndWordsThatAreNoNounAreInNoClass() {
        assertThat(CLASSES.contains("firearm", "water pistol")).isFalse();
        assertThat(CLASSES.contains("alcohol", "root beer")).isFalse();
        assertThat(CLASSES.mask("quickly")).isZero();
        assertThat(CLASSES.mask("xyzzy")).isZero();
    }

    @Test
    void aWordsMaskHasTheBitOfEachClassItBelongsTo() {
        long mask = CLASSES.mask("pistol");
        assertThat(mask & 1L << CLASSES.bit("firearm")).isNotZero();
        assertThat(mask & 1L << CLASSES.bit("alcohol")).isZero();
        assertThat(CLASSES.mask("vodka") & 1L << CLASSES.bit("alcohol")).isNotZero();
    }

    @Test
    void theSynsetsBelowAreTheSameAsNumbersAndAsOffsets() {
        List<Long> roots = List.of(WORD_NET.nounSense("person", 1), WORD_NET.nounSense("gun", 1));
        Set<Long> asOffsets = WORD_NET.below(roots);
        BitSet asNumbers = WORD_NET.belowSynsets(roots);
        assertThat(asNumbers.cardinality()).isEqualTo(asOffsets.size()).isGreaterThan(1000);
        for (String word : List.of("grandmother", "firefighter", "revolver", "dog", "table", "rock", "cannon")) {
            assertThat(asNumbers.get(WORD_NET.firstNounSynset(word))).as(word)
                    .isEqualTo(asOffsets.contains(WORD_NET.firstNounSense(word)));
        }
        assertThat(WORD_NET.firstNounSynset("quickly")).isEqualTo(-1);
    }
}
