package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The child's real name must never be written by the model: it never receives it, so a draft that
 * holds it got it from somewhere it should not (a name typed into the theme, a leak). A name that
 * is also an everyday word (Joy, Hope, Rose, May) only counts where it is written as a name.
 */
final class RealName {
    /** A run of letters, digits and underscores, with full stops inside it ("sofia.h2014"), as written. */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_]+(?:\\.[\\p{L}\\p{N}_]+)*");
    private static final Set<String> PET_ENDINGS = LookupSet.of("y", "ie", "ey", "ny", "nie", "my", "mie",
            "o", "sy", "sie", "ster", "kins", "ito", "ita", "chen", "ji", "ka", "e", "i", "a", "u");

    /** Pet forms no rule of spelling derives: "Maggie" for Margaret, "Bill" for William (nicknames.txt). */
    private static final Map<String, Set<String>> IRREGULAR = irregular();

    private RealName() {
    }

    private static Map<String, Set<String>> irregular() {
        Map<String, Set<String>> forms = new HashMap<>();
        for (RuleText.Line line : RuleText.lines("nicknames.txt")) {
            int colon = line.text().indexOf(':');
            if (colon < 1) {
                throw line.error("a name, a colon and its pet forms");
            }
            Set<String> pets = new HashSet<>();
            for (String pet : line.text().substring(colon + 1).split(",")) {
                if (!pet.isBlank()) {
                    pets.add(pet.strip().toLowerCase(Locale.ROOT));
                }
            }
            forms.put(line.text().substring(0, colon).strip().toLowerCase(Locale.ROOT), LookupSet.copyOf(pets));
        }
        return Map.copyOf(forms);
    }

    /**
     * A short or pet form of a name: "Benny" for Ben and "Tommy" for Tom (the name and a pet
     * ending), "Alex" for Alexander and "Ben" for Benjamin (the start of the name), "Sophie" for
     * Sophia, "Katie" for Katherine and "Aaru" for Aarav (the name's first three letters or more and a
     * pet ending), "Ollie" for Oliver (the start of the name with its consonant doubled and a pet
     * ending), and the irregular ones of nicknames.txt ("Maggie" for Margaret).
     */
    private static boolean isNickname(String word, List<String> names, WordNet wordNet) {
        for (String name : names) {
            if (IRREGULAR.getOrDefault(name, Set.of()).contains(word)) {
                return true;
            }
            if (name.length() < 3 || word.length() < 3) {
                continue;
            }
            if (word.startsWith(name) && PET_ENDINGS.contains(word.substring(name.length()))) {
                return true;
            }
            // "Ben" for Benjamin, "Dan" for Daniel: three letters that start a longer name, written as a
            // name, count unless they are a word in everyday use ("May" is a month, not Maya; "Art" a
            // lesson, not Arthur). WordNet's "ben" is a mountain nobody says.
            if (word.length() == 3 && name.length() > 4 && name.startsWith(word) && !wordNet.isUsedWord(word)
                    && !LanguageCheck.isFunctionWord(word)) {
                return true;
            }
            // The shorter forms must be names, not words: "The" is not a short form of Theo. A word WordNet lists
            // but nobody uses ("toby", a jug) can still be one ("Toby" for Tobias).
            if (wordNet.isWord(word) && wordNet.isUsedWord(word) || LanguageCheck.isFunctionWord(word)) {
                continue;
            }
            if (word.length() >= 4 && name.length() > word.length() && name.startsWith(word)) {
                return true;
            }
            int shared = 0;
            while (shared < word.length() && shared < name.length() && word.charAt(shared) == name.charAt(shared)) {
                shared++;
            }
            if (shared >= 3 && PET_ENDINGS.contains(word.substring(shared))) {
                return true;
            }
            // "Ollie" for Oliver, "Sammy" for Samuel: the start of the name, its last consonant doubled, a pet ending.
            if (shared >= 2 && doubledWithPetEnding(word, shared)) {
                return true;
            }
            if (isInnerForm(word, name, wordNet)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubledWithPetEnding(String word, int shared) {
        return shared + 1 < word.length() && word.charAt(shared) == word.charAt(shared - 1)
                && "aeiou".indexOf(word.charAt(shared)) < 0 && PET_ENDINGS.contains(word.substring(shared + 1));
    }

    /**
     * A form made from a later syllable of the name: "Tilly" for Matilda, "Lizzy" for Elizabeth,
     * "Bella" for Isabella, "Lottie" for Charlotte: the rest of the name from a consonant that starts a
     * syllable (a vowel follows), whole (four letters or more), or its first three letters with the
     * consonant doubled and a pet ending. A form that is a word is not one ("Beth" is the Hebrew letter
     * in WordNet).
     */
    private static boolean isInnerForm(String word, String name, WordNet wordNet) {
        // From the second syllable on: "Livvy" from O-livia, but "Riya" is not Pr-iya one letter short.
        int first = "aeiouy".indexOf(name.charAt(0)) >= 0 ? 1 : 2;
        for (int cut = first; cut + 3 <= name.length(); cut++) {
            if ("aeiouy".indexOf(name.charAt(cut)) >= 0 || "aeiouy".indexOf(name.charAt(cut + 1)) < 0) {
                continue;
            }
            String rest = name.substring(cut);
            if (rest.equals(word) && (rest.length() >= 4 || !wordNet.isUsedWord(rest))) {
                return true;
            }
            if (word.length() > 3 && word.startsWith(rest.substring(0, 3)) && doubledWithPetEnding(word, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word in everyday use ("Rose", "Hope") at the start of a sentence or in a title may be the word; one
     * WordNet lists but its tagged corpus never uses ("Mei", "Tom", a male cat, "Toby", a jug) is a name there too.
     */
    private static boolean isEverydayWord(String lowerWord, WordNet wordNet) {
        return wordNet.isCommonWord(lowerWord) && wordNet.isUsedWord(lowerWord);
    }

    /**
     * A username or a made-up compound that carries the name as one of its parts: "PriyaStorm",
     * "Priya_123", "Priya2015" (parts start at a capital after a small letter, or are set
     * apart by digits or underscores), and in a username (digits or underscores in it) a part that starts or
     * ends with the name ("magicmaya_11") or is a short form of it ("olu_reefking" for Olumide). A name run
     * into a word in lower case ("rosebush") is not one.
     */
    private static boolean joinsTheName(String written, List<String> parts, WordNet wordNet) {
        // Most words have no inner capital, digit or underscore: answered without building anything.
        boolean usernameShaped = false;
        boolean partsInside = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            boolean separator = c == '_' || c == '.' || Character.isDigit(c);
            usernameShaped |= separator;
            partsInside |= i > 0 && (separator || startsACamelPart(written, i));
        }
        if (!partsInside) {
            return false;
        }
        int start = 0;
        for (int i = 1; i <= written.length(); i++) {
            boolean end = i == written.length();
            char c = end ? 0 : written.charAt(i);
            boolean separator = c == '_' || c == '.' || Character.isDigit(c);
            if (end || separator || startsACamelPart(written, i)) {
                String piece = written.substring(start, i);
                String lower = piece.toLowerCase(Locale.ROOT);
                // In a username the name may be in lower case ("sofia_sings09"), where alone it may be a word.
                if (piece.length() >= 3 && (Character.isUpperCase(piece.charAt(0)) || usernameShaped) && parts.contains(lower)
                        || usernameShaped && (carriesAName(lower, parts)
                        || piece.length() >= 3 && isNickname(lower, parts, wordNet))) {
                    return true;
                }
                start = separator ? i + 1 : i;
            }
        }
        return false;
    }

    /**
     * A made-up word that is the name and a word run together in lower case, as a channel or a username is written
     * ("sofiaspins", "spinningsofia"): the name must be no everyday word and at least four letters, the rest a word of
     * three letters or more, and the whole no word itself ("rosebush" and "jackpot" are words, "rose" and "jack"
     * everyday ones).
     */
    private static boolean runsTheNameIntoAWord(String lowerWritten, List<String> parts, WordNet wordNet) {
        if (lowerWritten.length() < 7) {
            return false;
        }
        for (String part : parts) {
            if (part.length() < 4 || lowerWritten.length() - part.length() < 3) {
                continue;
            }
            // Most words start and end with no name: answered before asking WordNet anything.
            boolean starts = lowerWritten.startsWith(part);
            if (!starts && !lowerWritten.endsWith(part) || isEverydayWord(part, wordNet) || wordNet.isWord(lowerWritten)) {
                continue;
            }
            String rest = starts ? lowerWritten.substring(part.length())
                    : lowerWritten.substring(0, lowerWritten.length() - part.length());
            if (wordNet.isWord(rest)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the character at {@code i} is a capital right after a small letter, where "PriyaStorm" parts */
    private static boolean startsACamelPart(String written, int i) {
        return Character.isUpperCase(written.charAt(i)) && Character.isLowerCase(written.charAt(i - 1));
    }

    /** A name written in camel case whose first part is a pet form of the child's name ("LottieMakesDolls" for Charlotte). */
    private static boolean joinsANickname(String written, List<String> parts, WordNet wordNet) {
        int end = 1;
        while (end < written.length() && !startsACamelPart(written, end)) {
            end++;
        }
        if (end >= written.length() || end < 3 || !Character.isUpperCase(written.charAt(0))) {
            return false;
        }
        return isNickname(written.substring(0, end).toLowerCase(Locale.ROOT), parts, wordNet);
    }

    /** A part of a username ("magicmaya" of magicmaya_11) that starts or ends with a name of three letters or more. */
    private static boolean carriesAName(String lowerPiece, List<String> parts) {
        for (String part : parts) {
            if (part.length() >= 3 && lowerPiece.length() > part.length()
                    && (lowerPiece.startsWith(part) || lowerPiece.endsWith(part))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A draft is read as words, and an underscore or a full stop parts them ("magicmaya_11" is "magicmaya" then
     * "11"), so a username with an underscore, with a full stop and a digit ("sofia.h2014") or with full stops between
     * lower-case parts ("theo.builds"), is looked for in the pages as written.
     */
    private static List<Finding> inUsernames(List<String> parts, AnalysedText text, WordNet wordNet) {
        List<Finding> findings = new ArrayList<>();
        for (int page = 0; page < text.pages().size(); page++) {
            String written = text.pages().get(page);
            if (written.indexOf('_') < 0 && written.indexOf('.') < 0) {
                continue;
            }
            java.util.regex.Matcher run = USERNAME.matcher(written);
            while (run.find()) {
                if (isUsername(run.group()) && joinsTheName(run.group(), parts, wordNet)) {
                    findings.add(new Finding("real-name", true, "the child's real name, inside a username", page + 1,
                            "the model put the child's real name into a username instead of writing "
                                    + io.storyweave.internal.prompt.PromptComposer.HERO_PLACEHOLDER));
                    break;
                }
            }
        }
        return findings;
    }

    /** @return whether a run of letters, digits, underscores and full stops is written as a username, not a word */
    private static boolean isUsername(String run) {
        if (run.indexOf('_') >= 0) {
            return true;
        }
        if (run.indexOf('.') < 0) {
            return false;
        }
        // "sofia.h2014", not the end of one sentence run into the next ("home.Then").
        if (run.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        // "theo.builds": parts of two letters or more, all in lower case; not "e.g" and not "home.Then".
        for (String piece : run.split("\\.")) {
            if (piece.length() < 2 || !piece.equals(piece.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** @return a finding for each name spelled out letter by letter ("M-A-I-S-I-E" is Maisie) */
    private static List<Finding> spelledOut(List<String> parts, AnalysedText text) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = text.tokens();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i <= tokens.size(); i++) {
            boolean letter = i < tokens.size() && tokens.get(i).lower().length() == 1
                    && Character.isLetter(tokens.get(i).lower().charAt(0));
            boolean sameRun = letter && letters.length() > 0 && tokens.get(i).sentence() == tokens.get(i - 1).sentence();
            if (!sameRun && letters.length() >= 3 && parts.contains(letters.toString())) {
                findings.add(new Finding("real-name", true, "the child's real name, spelled out", tokens.get(i - 1).page() + 1,
                        "the model spelled the child's real name instead of writing "
                                + io.storyweave.internal.prompt.PromptComposer.HERO_PLACEHOLDER));
            }
            if (!sameRun) {
                letters.setLength(0);
            }
            if (letter) {
                letters.append(tokens.get(i).lower());
            }
        }
        return findings;
    }

    /**
     * An everyday word that is the child's name ("Harry", "Rose") is not the name where it starts a sentence, once
     * ("Harry the goats!"; "Rose petals fell"). Three times, it is: a story that starts sentence after sentence with
     * the word is telling the child by name ("Harry had a grabber. Harry picked up cans. Harry felt proud."). Words
     * such as "Will" and "May" stay words however often they ask a question.
     */
    private static Set<String> repeatedAtSentenceStart(List<String> parts, AnalysedText text) {
        Map<String, Integer> starts = new HashMap<>();
        for (Token token : text.tokens()) {
            if (!token.hero() && token.capitalised() && token.sentenceStart() && parts.contains(token.lower())
                    && !LanguageCheck.isFunctionWord(token.lower())) {
                starts.merge(token.lower(), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        starts.forEach((word, count) -> {
            if (count >= 3) {
                repeated.add(word);
            }
        });
        return repeated;
    }

    /**
     * @param names   the hero's name and a profile's display name, possibly several words each
     * @param text    the analysed draft
     * @param wordNet everyday words
     * @return a finding per page holding one of the names (the name itself is not repeated in the report)
     */
    static List<Finding> find(List<String> names, AnalysedText text, WordNet wordNet) {
        List<Finding> findings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}']+")) {
                if (part.length() >= 2) {
                    parts.add(part);
                }
            }
        }
        findings.addAll(spelledOut(parts, text));
        findings.addAll(inUsernames(parts, text, wordNet));
        Set<String> repeatedAsNames = repeatedAtSentenceStart(parts, text);
        int lastPage = Integer.MIN_VALUE;
        for (Token token : text.tokens()) {
            if (token.hero() || token.page() == lastPage) {
                continue;
            }
            if (!parts.contains(token.lower())) {
                if (joinsTheName(token.text(), parts, wordNet) || joinsANickname(token.text(), parts, wordNet)
                        || runsTheNameIntoAWord(token.lower(), parts, wordNet)) {
                    lastPage = token.page();
                    findings.add(new Finding("real-name", true, "the child's real name, inside a longer name", token.page() + 1,
                            "the model joined the child's real name into a username or a compound instead of writing "
                                    + io.storyweave.internal.prompt.PromptComposer.HERO_PLACEHOLDER));
                    continue;
                }
                boolean written = token.capitalised() && (!token.sentenceStart() || !isEverydayWord(token.lower(), wordNet));
                if (written && isNickname(token.lower(), parts, wordNet)) {
                    lastPage = token.page();
                    findings.add(new Finding("real-name", true, "a nickname of the child's real name", token.page() + 1,
                            "the model wrote a form of the child's real name instead of "
                                    + io.storyweave.internal.prompt.PromptComposer.HERO_PLACEHOLDER));
                }
                continue;
            }
            boolean everyday = isEverydayWord(token.lower(), wordNet) && !repeatedAsNames.contains(token.lower());
            if (everyday ? !token.capitalised() || token.sentenceStart() : !token.capitalised() && wordNet.isWord(token.lower())) {
                continue;
            }
            lastPage = token.page();
            findings.add(new Finding("real-name", true, "the child's real name", token.page() + 1,
                    "the model wrote the child's real name instead of " + io.storyweave.internal.prompt.PromptComposer.HERO_PLACEHOLDER));
        }
        return findings;
    }
}
