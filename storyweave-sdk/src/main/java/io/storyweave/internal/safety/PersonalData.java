package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.List;
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
            new Shape("a web address", Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+")),
            new Shape("a web address", Pattern.compile("(?i)\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:" + TLD
                    + ")\\b(?:/\\S*)?")),
            new Shape("an e-mail address", Pattern.compile("(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+")),
            new Shape("an e-mail address", Pattern.compile("(?i)\\b[a-z0-9._-]+\\s+at\\s+[a-z0-9-]+\\s+dot\\s+(?:" + TLD + ")\\b")),
            new Shape("a phone number", Pattern.compile("(?<![\\w.])\\+?\\(?\\d[\\d ().-]{5,}\\d(?![\\w.])")),
            new Shape("a street address", Pattern.compile("\\b\\d{1,5}[a-zA-Z]?\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:Street|St|Road|Rd"
                    + "|Avenue|Ave|Lane|Ln|Drive|Close|Way|Court|Ct|Crescent|Place|Boulevard|Blvd|Terrace|Gardens|Grove"
                    + "|Hill|Row|Square|Parade|Mews)\\b")),
            new Shape("a postcode", Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b")),
            new Shape("a ZIP code", Pattern.compile("\\b[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b")));
    private static final int SPELLED_DIGITS = 7;

    private record Shape(String what, Pattern pattern) {
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
            for (Shape shape : SHAPES) {
                Matcher m = shape.pattern().matcher(parts.get(page));
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
            if (run == SPELLED_DIGITS) {
                findings.add(new Finding("personal-data", true, text.quote(i - SPELLED_DIGITS + 1, i + 1),
                        text.tokens().get(i).page() + 1, "a phone number spelled out"));
            }
        }
        return findings;
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
}
