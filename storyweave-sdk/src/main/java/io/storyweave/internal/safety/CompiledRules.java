package io.storyweave.internal.safety;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A rule file parsed at build time, so the first story need not wait for it. The checks read thousands of
 * phrases (over 15,000 from {@code unsafe-content.txt} alone) before the first draft can be checked; in a fresh
 * JVM, where every step still runs interpreted, parsing their text took some 190 ms of the cold start. The build
 * runs {@link #main} after compiling, which writes beside each rule file the sections and phrases it parses to
 * ({@code unsafe-content.txt.compiled}): words, classes and phrases as numbers into tables of strings and
 * elements, read back without parsing a line.
 *
 * <p>The compiled form carries the checksum of the text it came from. A rule file edited without a build (in an
 * IDE) no longer matches it, and its text is parsed as before: the compiled form can make a load faster, never
 * different. Every element and phrase is built by the same code as a parsed one, and a test holds the two forms
 * of every shipped file to the same description.
 */
final class CompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    /** What the compiled form of a rule file is called: the file's name and this. */
    static final String SUFFIX = ".compiled";
    /** "SWR" and the format's version: a form written by another version is not read, and the text is parsed. */
    private static final int MAGIC = 0x53575202;
    private static final int GAP = 0;
    private static final int ANY = 1;
    /** Element numbers below this stand for {@link #GAP} and {@link #ANY}; a choice's number is its place plus it. */
    private static final int FIRST_CHOICE = 2;

    private CompiledRules() {
    }

    /**
     * Writes the compiled form of every rule file the checks read, beside the classes: run by the build after
     * compiling (see the module's pom), so the jar always holds forms that match its rule files.
     *
     * @param args the directory of compiled classes, {@code target/classes}
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledRules <directory of compiled classes>");
        }
        Path directory = Path.of(args[0]).resolve(CompiledRules.class.getPackageName().replace('.', '/'));
        Vocabulary vocabulary = Vocabulary.load(WordNet.get());
        for (String file : SafetyRules.FILES) {
            byte[] text = RuleText.bytes(file);
            SafetyRules rules = SafetyRules.parse(RuleText.lines(file, text), vocabulary);
            Files.write(directory.resolve(file + SUFFIX), write(rules.sections(), text));
        }
    }

    /** @return the checksum that ties a compiled form to the text it was compiled from */
    static long checksum(byte[] text) {
        CRC32 crc = new CRC32();
        crc.update(text);
        return crc.getValue();
    }

    /**
     * @param file       a rule file's name
     * @param text       its text
     * @param vocabulary word classes
     * @return its sections from the compiled form beside it, or {@code null} when there is none, it was compiled
     *         from other text, or it cannot be read
     */
    static List<RuleSection> readIfCurrent(String file, byte[] text, Vocabulary vocabulary) {
        byte[] compiled;
        try {
            compiled = RuleText.bytesIfPresent(file + SUFFIX);
        } catch (UncheckedIOException e) {
            LOG.warn("The compiled form of {} is unreadable ({}); parsing its text instead", file, e.toString());
            return null;
        }
        return compiled == null ? null : readOrNull(file, compiled, checksum(text), vocabulary);
    }

    /**
     * @param file     the rule file's name, for the log
     * @param compiled its compiled form
     * @param checksum the checksum of its text
     * @return its sections, or {@code null} when the form was compiled from other text or is damaged
     */
    static List<RuleSection> readOrNull(String file, byte[] compiled, long checksum, Vocabulary vocabulary) {
        try {
            return read(compiled, checksum, vocabulary);
        } catch (RuntimeException e) {
            // A damaged form costs the load its speed, never the checks: the text is still there.
            LOG.warn("The compiled form of {} is damaged ({}); parsing its text instead", file, e.toString());
            return null;
        }
    }

    /**
     * @param sections a rule file's sections, as parsed
     * @param text     the text they were parsed from
     * @return their compiled form
     */
    static byte[] write(List<RuleSection> sections, byte[] text) {
        Writer out = new Writer();
        Map<Set<String>, Integer> sets = new IdentityHashMap<>();
        List<Set<String>> setOrder = new ArrayList<>();
        Map<PhraseRule.Choice, Integer> choices = new IdentityHashMap<>();
        List<PhraseRule.Choice> choiceOrder = new ArrayList<>();
        for (RuleSection section : sections) {
            for (Set<String> set : wordSets(section)) {
                if (sets.putIfAbsent(set, setOrder.size()) == null) {
                    setOrder.add(set);
                }
            }
            for (PhraseRule rule : section.rules()) {
                for (PhraseRule.Element element : rule.elements()) {
                    if (element instanceof PhraseRule.Choice choice && choices.putIfAbsent(choice, choiceOrder.size()) == null) {
                        choiceOrder.add(choice);
                    }
                }
            }
        }
        out.writeInt(MAGIC);
        out.writeLong(checksum(text));
        out.writeVarInt(setOrder.size());
        setOrder.forEach(out::writeStrings);
        out.writeVarInt(choiceOrder.size());
        for (PhraseRule.Choice choice : choiceOrder) {
            out.writeStrings(choice.lemmas());
            out.writeStrings(choice.exact());
            out.writeStrings(choice.classes());
        }
        out.writeVarInt(sections.size());
        for (RuleSection section : sections) {
            out.writeString(section.check());
            out.writeString(section.label());
            out.writeVarInt(section.severity().ordinal());
            out.writeVarInt(section.fromAge());
            out.writeVarInt(section.cues());
            out.writeVarInt((section.negatable() ? 1 : 0) | (section.cuesAcrossStory() ? 2 : 0)
                    | (section.firstCueNeeded() ? 4 : 0));
            for (Set<String> set : wordSets(section)) {
                out.writeVarInt(sets.get(set));
            }
            out.writeVarInt(section.undoneBy().size());
            section.undoneBy().forEach(words -> out.writeStrings(List.of(words)));
            out.writeVarInt(section.rules().size());
            for (PhraseRule rule : section.rules()) {
                out.writeVarInt(rule.line());
                out.writeVarInt(rule.aspect());
                out.writeVarInt(rule.countsWhenNegated() ? 1 : 0);
                PhraseRule.Element[] elements = rule.elements();
                boolean[] optional = rule.optional();
                out.writeVarInt(elements.length);
                for (int i = 0; i < elements.length; i++) {
                    int number = elements[i] instanceof PhraseRule.Choice choice ? FIRST_CHOICE + choices.get(choice)
                            : elements[i] instanceof PhraseRule.Gap ? GAP : ANY;
                    // The lowest bit says whether the element is optional.
                    out.writeVarInt(number << 1 | (optional[i] ? 1 : 0));
                }
            }
        }
        return out.bytes();
    }

    /**
     * @return a section's options that are sets of words, in the order {@link #read} reads them back: invited by,
     *         disarmed by, defused by, excused by, excused in the story, needs, needs in the story, names
     */
    private static List<Set<String>> wordSets(RuleSection section) {
        return List.of(section.invitedBy(), section.disarmedBy(), section.defusedBy(), section.excusedBy(),
                section.excusedInStory().words(), section.needs(), section.needsInStory(), section.names());
    }

    /**
     * @param compiled a compiled form
     * @param checksum the checksum of the rule file's text
     * @return its sections, or {@code null} when it was compiled from other text or by another version
     */
    static List<RuleSection> read(byte[] compiled, long checksum, Vocabulary vocabulary) {
        Reader in = new Reader(compiled);
        if (compiled.length < 12 || in.readInt() != MAGIC || in.readLong() != checksum) {
            return null;
        }
        int setCount = in.readVarInt();
        List<Set<String>> sets = new ArrayList<>(setCount);
        for (int i = 0; i < setCount; i++) {
            sets.add(LookupSet.copyOf(in.readStrings()));
        }
        int choiceCount = in.readVarInt();
        PhraseRule.Element[] elements = new PhraseRule.Element[FIRST_CHOICE + choiceCount];
        elements[GAP] = PhraseRule.GAP_ELEMENT;
        elements[ANY] = PhraseRule.ANY_ELEMENT;
        for (int i = 0; i < choiceCount; i++) {
            List<String> lemmas = in.readStrings();
            List<String> exact = in.readStrings();
            List<String> classes = in.readStrings();
            elements[FIRST_CHOICE + i] = PhraseRule.choice(lemmas, exact, classes, vocabulary);
        }
        int sectionCount = in.readVarInt();
        List<RuleSection> sections = new ArrayList<>(sectionCount);
        for (int s = 0; s < sectionCount; s++) {
            String check = in.readString();
            String label = in.readString();
            RuleSection.Severity severity = RuleSection.Severity.values()[in.readVarInt()];
            int fromAge = in.readVarInt();
            int cues = in.readVarInt();
            int flags = in.readVarInt();
            Set<String> invitedBy = sets.get(in.readVarInt());
            Set<String> disarmedBy = sets.get(in.readVarInt());
            Set<String> defusedBy = sets.get(in.readVarInt());
            Set<String> excusedBy = sets.get(in.readVarInt());
            Set<String> excusedInStory = sets.get(in.readVarInt());
            Set<String> needs = sets.get(in.readVarInt());
            Set<String> needsInStory = sets.get(in.readVarInt());
            Set<String> names = sets.get(in.readVarInt());
            int undoneCount = in.readVarInt();
            List<String[]> undoneBy = new ArrayList<>(undoneCount);
            for (int i = 0; i < undoneCount; i++) {
                undoneBy.add(in.readStrings().toArray(String[]::new));
            }
            int ruleCount = in.readVarInt();
            List<PhraseRule> rules = new ArrayList<>(ruleCount);
            for (int r = 0; r < ruleCount; r++) {
                int line = in.readVarInt();
                int aspect = in.readVarInt();
                boolean countsWhenNegated = in.readVarInt() == 1;
                int length = in.readVarInt();
                PhraseRule.Element[] phrase = new PhraseRule.Element[length];
                boolean[] optional = new boolean[length];
                for (int i = 0; i < length; i++) {
                    int number = in.readVarInt();
                    phrase[i] = elements[number >>> 1];
                    optional[i] = (number & 1) == 1;
                }
                rules.add(PhraseRule.of(line, aspect, phrase, optional, countsWhenNegated));
            }
            sections.add(new RuleSection(check, label, severity, invitedBy, fromAge, disarmedBy, defusedBy, excusedBy,
                    excusedInStory.isEmpty() ? RuleSection.StoryExcuses.NONE : RuleSection.StoryExcuses.of(excusedInStory),
                    List.copyOf(undoneBy), needs, needsInStory, (flags & 1) != 0, names, cues, (flags & 2) != 0,
                    (flags & 4) != 0, List.copyOf(rules)));
        }
        if (!in.atEnd()) {
            throw new IllegalStateException("a compiled rule file has " + in.remaining() + " bytes after its last section");
        }
        return sections;
    }

    /** Numbers as variable-length integers and strings as UTF-8, written to memory. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Map<String, Integer> strings = new LinkedHashMap<>();

        void writeInt(int value) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write(value >>> shift);
            }
        }

        void writeLong(long value) {
            writeInt((int) (value >>> 32));
            writeInt((int) value);
        }

        void writeVarInt(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("a negative number in a compiled rule file: " + value);
            }
            while (value >= 0x80) {
                out.write(value & 0x7F | 0x80);
                value >>>= 7;
            }
            out.write(value);
        }

        /** A string already written is written as its number (shifted, lowest bit 1); a new one as its bytes. */
        void writeString(String value) {
            Integer known = strings.get(value);
            if (known != null) {
                writeVarInt(known << 1 | 1);
                return;
            }
            strings.put(value, strings.size());
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            writeVarInt(bytes.length << 1);
            out.write(bytes, 0, bytes.length);
        }

        /** A set's strings sorted, so one rule file always compiles to the same bytes; a list's in its order. */
        void writeStrings(Collection<String> values) {
            writeVarInt(values.size());
            (values instanceof Set ? values.stream().sorted() : values.stream()).forEach(this::writeString);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Reads what {@link Writer} wrote: strings by their number once read. */
    private static final class Reader {
        private final ByteReader bytes;
        private final List<String> strings = new ArrayList<>();

        Reader(byte[] bytes) {
            this.bytes = new ByteReader(bytes);
        }

        int readInt() {
            return bytes.fixedInt();
        }

        long readLong() {
            return bytes.fixedLong();
        }

        int readVarInt() {
            return bytes.number();
        }

        String readString() {
            int header = bytes.number();
            if ((header & 1) == 1) {
                return strings.get(header >>> 1);
            }
            String value = bytes.string(header >>> 1);
            strings.add(value);
            return value;
        }

        List<String> readStrings() {
            int count = bytes.number();
            if (count == 0) {
                return List.of();
            }
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(readString());
            }
            return values;
        }

        boolean atEnd() {
            return bytes.atEnd();
        }

        int remaining() {
            return bytes.remaining();
        }
    }
}
