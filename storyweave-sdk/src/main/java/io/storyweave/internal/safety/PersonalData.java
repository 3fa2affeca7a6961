package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data and links that have a shape rather than words: web addresses, e-mail addresses,
 * phone numbers (in digits or spelled out), street addresses and postcodes. None belongs in a
 * story for a child, whoever asked for it.
 */
final class PersonalData {
    private static final String TLD = "com|org|net|io|co|uk|us|info|biz|app|ly|me|tv|kids|fun|games|game|xyz|online|site"
            + "|shop|store|club|link|click|website|edu|gov|de|fr|es|ca|au|nz|ie";
    private static final List<Shape> SHAPES = List.of(
            new Shape("a web address", Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"), PersonalData::hasDotInsideWord),
            new Shape("a web address", Pattern.compile("(?i)\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:" + TLD
                    + ")\\b(?:/\\S*)?"), PersonalData::hasDotInsideWord),
            new Shape("an e-mail address", Pattern.compile("(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+"),
                    text -> text.indexOf('@') >= 0),
            new Shape("an e-mail address", Pattern.compile("(?i)\\b[a-z0-9._-]+\\s+at\\s+[a-z0-9-]+\\s+dot\\s+(?:" + TLD
                    + ")\\b"), text -> text.contains(" dot ")),
            // Not inside a longer word or a dotted number such as a version; a full stop after it is fine.
            new Shape("a phone number", Pattern.compile("(?<!\\w)(?<!\\d\\.)\\+?\\(?\\d[\\d ().-]{5,}\\d(?!\\w)(?!\\.\\d)"),
                    PersonalData::hasDigit),
            new Shape("a street address", Pattern.compile("\\b\\d{1,5}[a-zA-Z]?\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:Street|St|Road|Rd"
                    + "|Avenue|Ave|Lane|Ln|Drive|Close|Way|Court|Ct|Crescent|Place|Boulevard|Blvd|Terrace|Gardens|Grove"
                    + "|Hill|Row|Square|Parade|Mews)\\b"), PersonalData::hasDigit),
            new Shape("a postcode", Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b"), PersonalData::hasDigit),
            new Shape("a ZIP code", Pattern.compile("\\b[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b"), PersonalData::hasDigit));
    private static final int SPELLED_DIGITS = 7;

    /**
     * @param what    what a match is, for the report
     * @param pattern the shape
     * @param needs   a character the text must hold for the shape to be possible, so most stories
     *                (no digits, no dots inside words, no {@code @}) skip most expressions
     */
    private record Shape(String what, Pattern pattern, java.util.function.Predicate<String> needs) {
        Shape(String what, Pattern pattern) {
            this(what, pattern, text -> true);
        }
    }

    private PersonalData() {
    }

    /**
     * @param text       the analysed draft
     * @param vocabulary for spelled-out digits ({@code {NUMBER_WORD}})
     * @return a finding for each piece of personal data or link
     */
    static List<Finding> find(AnalysedText text, Vocabulary vocabulary) {
        List<Finding> findings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        parts.add(text.title());
        parts.addAll(text.pages());
        for (int page = 0; page < parts.size(); page++) {
            String part = parts.get(page);
            for (Shape shape : SHAPES) {
                if (!shape.needs().test(part)) {
                    continue;
                }
                Matcher m = shape.pattern().matcher(part);
                while (m.find()) {
                    if (shape.what().equals("a phone number") && digits(m.group()) < 7) {
                        continue;
                    }
                    findings.add(new Finding("personal-data", true, m.group(), page, shape.what()));
                }
            }
        }
        int run = 0;
        for (int i = 0; i < text.tokens().size(); i++) {
            boolean digit = vocabulary.contains("NUMBER_WORD", text, i)
                    && (run == 0 || text.tokens().get(i).sentence() == text.tokens().get(i - 1).sentence());
            run = digit ? run + 1 : 0;
            if (run == SPELLED_DIGITS && !isCounting(text.tokens().subList(i - SPELLED_DIGITS + 1, i + 1))) {
                findings.add(new Finding("personal-data", true, text.quote(i - SPELLED_DIGITS + 1, i + 1),
                        text.tokens().get(i).page() + 1, "a phone number spelled out"));
            }
        }
        return findings;
    }

    private static final List<String> DIGIT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    /** "One, two, three ... seven" and a countdown from nine are counting, not a phone number. */
    private static boolean isCounting(List<Token> words) {
        int step = 0;
        for (int i = 1; i < words.size(); i++) {
            int before = DIGIT_WORDS.indexOf(words.get(i - 1).lower());
            int now = DIGIT_WORDS.indexOf(words.get(i).lower());
            int diff = now - before;
            if (before < 0 || now < 0 || Math.abs(diff) != 1 || (step != 0 && diff != step)) {
                return false;
            }
            step = diff;
        }
        return true;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "www.", "site.com", "https://": a dot or colon between two word characters. */
    private static boolean hasDotInsideWord(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ':') && Character.isLetterOrDigit(text.charAt(i - 1))
                    && (Character.isLetterOrDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * @param text a field of the request
     * @return whether it holds a link, an e-mail address or a phone number
     */
    static boolean hasShape(String text) {
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                if (!shape.what().equals("a phone number") || digits(m.group()) >= 7) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words with which a letter story turns to the child reading it. */
    private static final Set<String> READER_WORDS = LookupSet.of("reader", "readers");
    private static final Set<String> TURNS = LookupSet.of("your turn", "now you");
    private static final Set<String> YOU = LookupSet.of("you", "your");

    /** Who "Dear ..." may be written to and still be the reader: a letter to them asks the child. */
    private static final Set<String> READERS = LookupSet.of("reader", "readers", "friend", "friends", "you", "child",
            "children", "kids", "boys", "girls", "everyone", "explorer", "explorers");

    /**
     * A story told as the hero's letter to another character ("Dear Emma, ... Mum helped me write your
     * address on the envelope") uses "your" for that character, not for the child reading it, so the
     * phrases asking the reader for details do not apply; addresses, numbers and links written out are
     * still found by their shape. A letter to the hero, to "Dear reader" or to "Dear friend" is checked.
     *
     * @param text the analysed draft
     * @return whether the draft opens with "Dear" and the name of someone other than the hero or the reader
     */
    static boolean isLetterToSomeoneElse(AnalysedText text) {
        return isLetterToSomeoneElse(text.tokens());
    }

    /**
     * @param text a draft told as a letter to someone else
     * @return the pages (0-based, -1 for the title) that speak to the child reading it ("Now it's your turn,
     *         reader!", "Would you like a postcard from [HERO] too?"), so that their "your" is the child's
     */
    static Set<Integer> pagesTurningToTheReader(AnalysedText text) {
        Set<Integer> pages = new HashSet<>();
        List<Token> tokens = text.tokens();
        int heroSentence = -1;
        int youSentence = -2;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isAnyOf(READER_WORDS)) {
                pages.add(token.page());
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == token.sentence()
                    && TURNS.contains(token.lower() + " " + tokens.get(i + 1).lower())) {
                pages.add(token.page());
            }
            // The hero named to "you" ("Would you like a postcard from [HERO] too?"): the letter's writer is
            // the hero, so that "you" is the child reading. Not a salutation or a signature ("Dear [HERO],",
            // "From your pen pal, [HERO].").
            boolean named = token.hero() && i > 0 && !tokens.get(i - 1).lower().equals("dear")
                    && i + 1 < tokens.size() && tokens.get(i + 1).sentence() == token.sentence();
            heroSentence = named ? token.sentence() : heroSentence;
            youSentence = token.isAnyOf(YOU) ? token.sentence() : youSentence;
            if (heroSentence == youSentence) {
                pages.add(token.page());
            }
        }
        return pages;
    }

    private static boolean isLetterToSomeoneElse(List<Token> tokens) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).page() < 0) {
            first++;
        }
        if (first + 1 >= tokens.size() || !tokens.get(first).lower().equals("dear")) {
            return false;
        }
        Token name = tokens.get(first + 1);
        return name.capitalised() && !name.hero() && !READERS.contains(name.lower());
    }
}
