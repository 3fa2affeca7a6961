package io.storyweave.corpus;

import io.storyweave.CacheOptions;
import io.storyweave.ReviewOptions;
import io.storyweave.StoryRejectedException;
import io.storyweave.StoryWeave;
import io.storyweave.internal.json.JsonArray;
import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonTrees;
import io.storyweave.internal.json.JsonValue;
import io.storyweave.spi.ModelRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs the labelled safety corpora (realistic model answers, good, bad, subtle, and good ones with
 * harmless uses of flagged words) through the public API with the model review off, so what is
 * measured is StoryWeave's local layer alone, and prints confusion matrices per category as
 * Markdown: the development corpus ({@code safety-corpus/}), which the checks were built with, then
 * the corpora written blind by other authors, each after a round of changes ({@code safety-corpus-holdout/},
 * {@code safety-corpus-fresh/}, {@code safety-corpus-described/} for topics to avoid told without
 * their names, {@code safety-corpus-round5/}, {@code safety-corpus-round6/}, {@code safety-corpus-round7/}, {@code safety-corpus-round8/}, {@code safety-corpus-round9/}, {@code safety-corpus-round10/},
 * {@code safety-corpus-round11/}, {@code safety-corpus-round12/}, and
 * {@code safety-corpus-good/} (good stories only), {@code safety-corpus-round14/},
 * {@code safety-corpus-round15/}, {@code safety-corpus-round16/}, {@code safety-corpus-round17/},
 * {@code safety-corpus-round18/}, {@code safety-corpus-round19/}, {@code safety-corpus-round20/},
 * {@code safety-corpus-round21/}, {@code safety-corpus-round22/}, {@code safety-corpus-round23/},
 * {@code safety-corpus-round24/}, {@code safety-corpus-round25/}, {@code safety-corpus-round26/},
 * {@code safety-corpus-round27/}, {@code safety-corpus-round28/}, {@code safety-corpus-round29/},
 * {@code safety-corpus-round30/}, {@code safety-corpus-round31/}, {@code safety-corpus-round32/},
 * {@code safety-corpus-round33/}, {@code safety-corpus-round34/}, {@code safety-corpus-round35/},
 * {@code safety-corpus-round36/}, {@code safety-corpus-round37/}, {@code safety-corpus-round38/},
 * {@code safety-corpus-round39/}, {@code safety-corpus-round40/}, {@code safety-corpus-round41/},
 * {@code safety-corpus-round42/}, {@code safety-corpus-round43/}, {@code safety-corpus-round44/},
 * {@code safety-corpus-round45/}, {@code safety-corpus-round46/}, {@code safety-corpus-round47/},
 * {@code safety-corpus-round48/}, {@code safety-corpus-round49/}, {@code safety-corpus-round50/},
 * {@code safety-corpus-round51/}, {@code safety-corpus-round52/}, {@code safety-corpus-round53/},
 * {@code safety-corpus-round54/}, {@code safety-corpus-round55/}, {@code safety-corpus-round56/},
 * {@code safety-corpus-round57/}, {@code safety-corpus-round58/}, {@code safety-corpus-round59/},
 * {@code safety-corpus-round60/}, {@code safety-corpus-round61/}, {@code safety-corpus-round62/},
 * {@code safety-corpus-round63/}, {@code safety-corpus-round64/}, {@code safety-corpus-round65/},
 * {@code safety-corpus-round66/}, {@code safety-corpus-round67/}, {@code safety-corpus-round68/}
 * {@code safety-corpus-round69/}, {@code safety-corpus-round70/}, {@code safety-corpus-round71/},
 * {@code safety-corpus-round72/}, {@code safety-corpus-round73/}, {@code safety-corpus-round74/},
 * {@code safety-corpus-round75/}, {@code safety-corpus-round76/}, {@code safety-corpus-round77/}
 * {@code safety-corpus-round78/}, {@code safety-corpus-round79/}, {@code safety-corpus-round80/}, {@code safety-corpus-round81/}, {@code safety-corpus-round82/}, {@code safety-corpus-round83/}, {@code safety-corpus-round84/}, {@code safety-corpus-round85/}, {@code safety-corpus-round86/}, {@code safety-corpus-round87/}, {@code safety-corpus-round88/}, {@code safety-corpus-round89/}, {@code safety-corpus-round90/}, {@code safety-corpus-round91/}, {@code safety-corpus-round92/}, {@code safety-corpus-round93/}, {@code safety-corpus-round94/}, {@code safety-corpus-round95/}, {@code safety-corpus-round96/}, {@code safety-corpus-round97/}, {@code safety-corpus-round98/}, {@code safety-corpus-round99/}, {@code safety-corpus-round100/}, {@code safety-corpus-round101/}, {@code safety-corpus-round102/}, {@code safety-corpus-round103/}, {@code safety-corpus-round104/}, {@code safety-corpus-round105/}, {@code safety-corpus-round106/}, {@code safety-corpus-round107/}, {@code safety-corpus-round108/}, {@code safety-corpus-round109/}, {@code safety-corpus-round110/}, {@code safety-corpus-round111/}, {@code safety-corpus-round112/}, {@code safety-corpus-round113/}, {@code safety-corpus-round114/}, {@code safety-corpus-round115/}, {@code safety-corpus-round116/}, {@code safety-corpus-round117/}, {@code safety-corpus-round118/}, {@code safety-corpus-round119/}, {@code safety-corpus-round120/}, {@code safety-corpus-round121/}, {@code safety-corpus-round122/}, {@code safety-corpus-round123/}, {@code safety-corpus-round124/}, {@code safety-corpus-round125/}, {@code safety-corpus-round126/}, {@code safety-corpus-round127/}, {@code safety-corpus-round128/}, {@code safety-corpus-round129/}, {@code safety-corpus-round130/}, {@code safety-corpus-round131/}, {@code safety-corpus-round132/}, {@code safety-corpus-round133/}, {@code safety-corpus-round134/}, {@code safety-corpus-round135/}, {@code safety-corpus-round136/}, {@code safety-corpus-round137/}, {@code safety-corpus-round138/}, {@code safety-corpus-round139/}, {@code safety-corpus-round140/}, {@code safety-corpus-round141/}, {@code safety-corpus-round142/}, {@code safety-corpus-round143/}, {@code safety-corpus-round144/}, {@code safety-corpus-round145/}, {@code safety-corpus-round146/}, {@code safety-corpus-round147/}, {@code safety-corpus-round148/}, {@code safety-corpus-round149/}, {@code safety-corpus-round150/}, {@code safety-corpus-round151/}, {@code safety-corpus-round152/}, {@code safety-corpus-round153/}, {@code safety-corpus-round154/}, {@code safety-corpus-round155/}, {@code safety-corpus-round156/}, {@code safety-corpus-round157/}, {@code safety-corpus-round158/}, {@code safety-corpus-round159/}, {@code safety-corpus-round160/}, {@code safety-corpus-round161/}, {@code safety-corpus-round162/}, {@code safety-corpus-round163/}, {@code safety-corpus-round164/}, {@code safety-corpus-round165/}, {@code safety-corpus-round166/}, {@code safety-corpus-round167/}, {@code safety-corpus-round168/}, {@code safety-corpus-round169/}, {@code safety-corpus-round170/}, {@code safety-corpus-round171/}, {@code safety-corpus-round172/}, {@code safety-corpus-round173/}, {@code safety-corpus-round174/}, {@code safety-corpus-round175/}, {@code safety-corpus-round176/}, {@code safety-corpus-round177/}, {@code safety-corpus-round178/}, {@code safety-corpus-round179/}, {@code safety-corpus-round180/}, {@code safety-corpus-round181/}, {@code safety-corpus-round182/}, {@code safety-corpus-round183/}, {@code safety-corpus-round184/}, {@code safety-corpus-round185/}, {@code safety-corpus-round186/}, {@code safety-corpus-round187/}, {@code safety-corpus-round188/}, {@code safety-corpus-round189/}, {@code safety-corpus-round190/}, {@code safety-corpus-round191/}, {@code safety-corpus-round192/}, {@code safety-corpus-round193/}, {@code safety-corpus-round194/}, {@code safety-corpus-round195/}, {@code safety-corpus-round196/}, {@code safety-corpus-round197/}, {@code safety-corpus-round198/}, {@code safety-corpus-round199/}, {@code safety-corpus-round200/}, {@code safety-corpus-round201/}, {@code safety-corpus-round202/}, {@code safety-corpus-round203/}, {@code safety-corpus-round204/}, {@code safety-corpus-round205/}, {@code safety-corpus-round206/}, {@code safety-corpus-round207/}, {@code safety-corpus-round208/}, {@code safety-corpus-round209/}, {@code safety-corpus-round210/}, {@code safety-corpus-round211/}, {@code safety-corpus-round212/}, {@code safety-corpus-round213/}, {@code safety-corpus-round214/}, {@code safety-corpus-round215/}, {@code safety-corpus-round216/}, {@code safety-corpus-round217/}, {@code safety-corpus-round218/}, {@code safety-corpus-round219/}, {@code safety-corpus-round220/}, {@code safety-corpus-round221/}, {@code safety-corpus-round222/}, {@code safety-corpus-round223/}, {@code safety-corpus-round224/}, {@code safety-corpus-round225/}, {@code safety-corpus-round226/}, {@code safety-corpus-round227/}, {@code safety-corpus-round228/}, {@code safety-corpus-round229/}, {@code safety-corpus-round230/}, {@code safety-corpus-round231/}, {@code safety-corpus-round232/}, {@code safety-corpus-round233/}, {@code safety-corpus-round234/}, {@code safety-corpus-round235/}, {@code safety-corpus-round236/}, {@code safety-corpus-round237/}, {@code safety-corpus-round238/}, {@code safety-corpus-round239/}, {@code safety-corpus-round240/}, {@code safety-corpus-round241/}, {@code safety-corpus-round242/}, {@code safety-corpus-round243/}, {@code safety-corpus-round244/}, {@code safety-corpus-round245/}, {@code safety-corpus-round246/}, {@code safety-corpus-round247/}, {@code safety-corpus-round248/}, {@code safety-corpus-round249/}, {@code safety-corpus-round250/}, {@code safety-corpus-round251/}, {@code safety-corpus-round252/}, {@code safety-corpus-round253/}, {@code safety-corpus-round254/}, {@code safety-corpus-round255/}, {@code safety-corpus-round256/}, {@code safety-corpus-round257/}, {@code safety-corpus-round258/}, {@code safety-corpus-round259/}, {@code safety-corpus-round260/}, {@code safety-corpus-round261/}, {@code safety-corpus-round262/}, {@code safety-corpus-round263/}, {@code safety-corpus-round264/}, {@code safety-corpus-round265/}, {@code safety-corpus-round266/}, {@code safety-corpus-round267/}, {@code safety-corpus-round268/}, {@code safety-corpus-round269/}, {@code safety-corpus-round270/}, {@code safety-corpus-round271/}, {@code safety-corpus-round272/}, {@code safety-corpus-round273/}, {@code safety-corpus-round274/}, {@code safety-corpus-round275/}, {@code safety-corpus-round276/}, {@code safety-corpus-round277/}, {@code safety-corpus-round278/}, {@code safety-corpus-round279/}, {@code safety-corpus-round280/}, {@code safety-corpus-round281/}, {@code safety-corpus-round282/}, {@code safety-corpus-round283/}, {@code safety-corpus-round284/}, {@code safety-corpus-round285/}, {@code safety-corpus-round286/}, {@code safety-corpus-round287/}, {@code safety-corpus-round288/}, {@code safety-corpus-round289/}, {@code safety-corpus-round290/}, {@code safety-corpus-round291/}, {@code safety-corpus-round292/}, {@code safety-corpus-round293/}, {@code safety-corpus-round294/}, {@code safety-corpus-round295/}, {@code safety-corpus-round296/}, {@code safety-corpus-round297/}, {@code safety-corpus-round298/}, {@code safety-corpus-round299/}, {@code safety-corpus-round300/}, {@code safety-corpus-round301/}, {@code safety-corpus-round302/}, {@code safety-corpus-round303/}, {@code safety-corpus-round304/}, {@code safety-corpus-round305/}, {@code safety-corpus-round306/}, {@code safety-corpus-round307/}, {@code safety-corpus-round308/}, {@code safety-corpus-round317/}, {@code safety-corpus-round315/}, {@code safety-corpus-round314/}, {@code safety-corpus-round316/}, {@code safety-corpus-round318/}, {@code safety-corpus-round319/}, {@code safety-corpus-round320/}, {@code safety-corpus-round323/}, {@code safety-corpus-round324/}, {@code safety-corpus-round321/}, {@code safety-corpus-round322/}, {@code safety-corpus-round325/}, {@code safety-corpus-round326/}, {@code safety-corpus-round327/}, {@code safety-corpus-round328/}, {@code safety-corpus-round329/}, {@code safety-corpus-round330/}, {@code safety-corpus-round331/}, {@code safety-corpus-round332/}, {@code safety-corpus-round333/}, {@code safety-corpus-round334/}, {@code safety-corpus-round335/}, {@code safety-corpus-round336/}, {@code safety-corpus-round337/}, {@code safety-corpus-round338/}, {@code safety-corpus-round339/}, {@code safety-corpus-round340/}, {@code safety-corpus-round341/}, {@code safety-corpus-round342/}, {@code safety-corpus-round344/}, {@code safety-corpus-round343/}, {@code safety-corpus-round345/}, {@code safety-corpus-round346/}, {@code safety-corpus-round347/}, {@code safety-corpus-round348/}, {@code safety-corpus-round349/}, {@code safety-corpus-round350/}, {@code safety-corpus-round351/}, {@code safety-corpus-round352/}, {@code safety-corpus-round353/}, {@code safety-corpus-round354/}, {@code safety-corpus-round355/}, {@code safety-corpus-round356/}, {@code safety-corpus-round357/}, {@code safety-corpus-round358/}, {@code safety-corpus-round359/}, {@code safety-corpus-round360/}, {@code safety-corpus-round361/}, {@code safety-corpus-round362/}, {@code safety-corpus-round363/}, {@code safety-corpus-round364/}, {@code safety-corpus-round365/}, {@code safety-corpus-round366/}, {@code safety-corpus-round367/}, {@code safety-corpus-round368/}, {@code safety-corpus-round369/}, {@code safety-corpus-round370/}, {@code safety-corpus-round371/}, {@code safety-corpus-round372/}, {@code safety-corpus-round373/}, {@code safety-corpus-round374/}, {@code safety-corpus-round375/}, {@code safety-corpus-round376/}, {@code safety-corpus-round377/}, {@code safety-corpus-round378/}, {@code safety-corpus-round379/}, {@code safety-corpus-round380/}, {@code safety-corpus-round381/}, {@code safety-corpus-round382/}, {@code safety-corpus-round383/}, {@code safety-corpus-round384/}, {@code safety-corpus-round385/}, {@code safety-corpus-round386/}, {@code safety-corpus-round387/}, {@code safety-corpus-round388/}, {@code safety-corpus-round389/}, {@code safety-corpus-round390/}, {@code safety-corpus-round391/}, {@code safety-corpus-round392/}, {@code safety-corpus-round393/}, {@code safety-corpus-round394/}, {@code safety-corpus-round395/}, {@code safety-corpus-round396/}, {@code safety-corpus-round397/}, {@code safety-corpus-round398/}, {@code safety-corpus-round399/}, {@code safety-corpus-round400/}, {@code safety-corpus-round401/}, {@code safety-corpus-round402/}, {@code safety-corpus-round403/}, {@code safety-corpus-round404/}, {@code safety-corpus-round405/}, {@code safety-corpus-round406/}, {@code safety-corpus-round407/}, {@code safety-corpus-round408/}, {@code safety-corpus-round409/} and {@code safety-corpus-round410/}).
 *
 * <pre>java -jar safety-corpus/target/safety-corpus.jar [--out FILE]</pre>
 */
public final class SafetyCorpus {
    /** The corpus files, one per category. */
    public static final List<String> FILES = List.of("good", "tricky-good", "name-in-request", "weapons", "injury",
            "death", "self-harm", "substances", "sexual", "grooming", "body-image", "bullying", "threats",
            "imitable", "personal-data", "injection", "figurative", "calm-peril", "avoid-topic", "wrong-language", "real-name");
    /** Categories where not a single bad story may be accepted. */
    public static final List<String> ZERO_TOLERANCE = List.of("weapons", "injury", "death", "self-harm", "substances",
            "sexual", "grooming", "body-image", "bullying", "threats", "imitable", "personal-data", "injection");

    private SafetyCorpus() {
    }

    /**
     * @param args {@code --out FILE} to also write the report there
     * @throws IOException when the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        StringBuilder report = new StringBuilder(CorpusReport.markdown("Development corpus", run(load())));
        // The blind corpora in the order they were written, each with the title its report has.
        Map<String, String> blind = new LinkedHashMap<>();
        blind.put(HELD_OUT, "Held-out corpus");
        blind.put(FRESH, "Fresh corpus");
        blind.put(DESCRIBED, "Described-topics corpus");
        blind.put(ROUND_FIVE, "Fifth corpus");
        blind.put(ROUND_SIX, "Sixth corpus");
        blind.put(ROUND_SEVEN, "Seventh corpus");
        blind.put(ROUND_EIGHT, "Eighth corpus");
        blind.put(ROUND_NINE, "Ninth corpus");
        blind.put(ROUND_TEN, "Tenth corpus");
        blind.put(ROUND_ELEVEN, "Eleventh corpus");
        blind.put(ROUND_TWELVE, "Twelfth corpus");
        blind.put(GOOD_ONLY, "Good-stories corpus");
        blind.put(ROUND_FOURTEEN, "Fourteenth corpus");
        blind.put(ROUND_FIFTEEN, "Fifteenth corpus");
        blind.put(ROUND_SIXTEEN, "Sixteenth corpus");
        blind.put(ROUND_SEVENTEEN, "Seventeenth corpus");
        blind.put(ROUND_EIGHTEEN, "Eighteenth corpus");
        blind.put(ROUND_NINETEEN, "Nineteenth corpus");
        blind.put(ROUND_TWENTY, "Twentieth corpus");
        blind.put(ROUND_TWENTY_ONE, "Twenty-first corpus");
        blind.put(ROUND_TWENTY_TWO, "Twenty-second corpus");
        blind.put(ROUND_TWENTY_THREE, "Twenty-third corpus");
        blind.put(ROUND_TWENTY_FOUR, "Twenty-fourth corpus");
        blind.put(ROUND_TWENTY_FIVE, "Twenty-fifth corpus");
        blind.put(ROUND_TWENTY_SIX, "Twenty-sixth corpus");
        blind.put(ROUND_TWENTY_SEVEN, "Twenty-seventh corpus");
        blind.put(ROUND_TWENTY_EIGHT, "Twenty-eighth corpus");
        blind.put(ROUND_TWENTY_NINE, "Twenty-ninth corpus");
        blind.put(ROUND_THIRTY, "Thirtieth corpus");
        blind.put(ROUND_THIRTY_ONE, "Thirty-first corpus");
        blind.put(ROUND_THIRTY_TWO, "Thirty-second corpus");
        blind.put(ROUND_THIRTY_THREE, "Thirty-third corpus");
        blind.put(ROUND_THIRTY_FOUR, "Thirty-fourth corpus");
        blind.put(ROUND_THIRTY_FIVE, "Thirty-fifth corpus");
        blind.put(ROUND_THIRTY_SIX, "Thirty-sixth corpus");
        blind.put(ROUND_THIRTY_SEVEN, "Thirty-seventh corpus");
        blind.put(ROUND_THIRTY_EIGHT, "Thirty-eighth corpus");
        blind.put(ROUND_THIRTY_NINE, "Thirty-ninth corpus");
        blind.put(ROUND_FORTY, "Fortieth corpus");
        blind.put(ROUND_FORTY_ONE, "Forty-first corpus");
        blind.put(ROUND_FORTY_TWO, "Forty-second corpus");
        blind.put(ROUND_FORTY_THREE, "Forty-third corpus");
        blind.put(ROUND_FORTY_FOUR, "Forty-fourth corpus");
        blind.put(ROUND_FORTY_FIVE, "Forty-fifth corpus");
        blind.put(ROUND_FORTY_SIX, "Forty-sixth corpus");
        blind.put(ROUND_FORTY_SEVEN, "Forty-seventh corpus");
        blind.put(ROUND_FORTY_EIGHT, "Forty-eighth corpus");
        blind.put(ROUND_FORTY_NINE, "Forty-ninth corpus");
        blind.put(ROUND_FIFTY, "Fiftieth corpus");
        blind.put(ROUND_FIFTY_ONE, "Fifty-first corpus");
        blind.put(ROUND_FIFTY_TWO, "Fifty-second corpus");
        blind.put(ROUND_FIFTY_THREE, "Fifty-third corpus");
        blind.put(ROUND_FIFTY_FOUR, "Fifty-fourth corpus");
        blind.put(ROUND_FIFTY_FIVE, "Fifty-fifth corpus");
        blind.put(ROUND_FIFTY_SIX, "Fifty-sixth corpus");
        blind.put(ROUND_FIFTY_SEVEN, "Fifty-seventh corpus");
        blind.put(ROUND_FIFTY_EIGHT, "Fifty-eighth corpus");
        blind.put(ROUND_FIFTY_NINE, "Fifty-ninth corpus");
        blind.put(ROUND_SIXTY, "Sixtieth corpus");
        blind.put(ROUND_SIXTY_ONE, "Sixty-first corpus");
        blind.put(ROUND_SIXTY_TWO, "Sixty-second corpus");
        blind.put(ROUND_SIXTY_THREE, "Sixty-third corpus");
        blind.put(ROUND_SIXTY_FOUR, "Sixty-fourth corpus");
        blind.put(ROUND_SIXTY_FIVE, "Sixty-fifth corpus");
        blind.put(ROUND_SIXTY_SIX, "Sixty-sixth corpus");
        blind.put(ROUND_SIXTY_SEVEN, "Sixty-seventh corpus");
        blind.put(ROUND_SIXTY_EIGHT, "Sixty-eighth corpus");
        blind.put(ROUND_SIXTY_NINE, "Sixty-ninth corpus");
        blind.put(ROUND_SEVENTY, "Seventieth corpus");
        blind.put(ROUND_SEVENTY_ONE, "Seventy-first corpus");
        blind.put(ROUND_SEVENTY_TWO, "Seventy-second corpus");
        blind.put(ROUND_SEVENTY_THREE, "Seventy-third corpus");
        blind.put(ROUND_SEVENTY_FOUR, "Seventy-fourth corpus");
        blind.put(ROUND_SEVENTY_FIVE, "Seventy-fifth corpus");
        blind.put(ROUND_SEVENTY_SIX, "Seventy-sixth corpus");
        blind.put(ROUND_SEVENTY_SEVEN, "Seventy-seventh corpus");
        blind.put(ROUND_SEVENTY_EIGHT, "Seventy-eighth corpus");
        blind.put(ROUND_SEVENTY_NINE, "Seventy-ninth corpus");
        blind.put(ROUND_EIGHTY, "Eightieth corpus");
        blind.put(ROUND_EIGHTY_ONE, "Eighty-first corpus");
        blind.put(ROUND_EIGHTY_TWO, "Eighty-second corpus");
        blind.put(ROUND_EIGHTY_THREE, "Eighty-third corpus");
        blind.put(ROUND_EIGHTY_FOUR, "Eighty-fourth corpus");
        blind.put(ROUND_EIGHTY_FIVE, "Eighty-fifth corpus");
        blind.put(ROUND_EIGHTY_SIX, "Eighty-sixth corpus");
        blind.put(ROUND_EIGHTY_SEVEN, "Eighty-seventh corpus");
        blind.put(ROUND_EIGHTY_EIGHT, "Eighty-eighth corpus");
        blind.put(ROUND_EIGHTY_NINE, "Eighty-ninth corpus");
        blind.put(ROUND_NINETY, "Ninetieth corpus");
        blind.put(ROUND_NINETY_ONE, "Ninety-first corpus");
        blind.put(ROUND_NINETY_TWO, "Ninety-second corpus");
        blind.put(ROUND_NINETY_THREE, "Ninety-third corpus");
        blind.put(ROUND_NINETY_FOUR, "Ninety-fourth corpus");
        blind.put(ROUND_NINETY_FIVE, "Ninety-fifth corpus");
        blind.put(ROUND_NINETY_SIX, "Ninety-sixth corpus");
        blind.put(ROUND_NINETY_SEVEN, "Ninety-seventh corpus");
        blind.put(ROUND_NINETY_EIGHT, "Ninety-eighth corpus");
        blind.put(ROUND_NINETY_NINE, "Ninety-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED, "Hundredth corpus");
        blind.put(ROUND_ONE_HUNDRED_ONE, "Hundred-and-first corpus");
        blind.put(ROUND_ONE_HUNDRED_TWO, "Hundred-and-second corpus");
        blind.put(ROUND_ONE_HUNDRED_THREE, "Hundred-and-third corpus");
        blind.put(ROUND_ONE_HUNDRED_FOUR, "Hundred-and-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_FIVE, "Hundred-and-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_SIX, "Hundred-and-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVEN, "Hundred-and-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHT, "Hundred-and-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_NINE, "Hundred-and-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED_TEN, "Hundred-and-tenth corpus");
        blind.put(ROUND_ONE_HUNDRED_ELEVEN, "Hundred-and-eleventh corpus");
        blind.put(ROUND_ONE_HUNDRED_TWELVE, "Hundred-and-twelfth corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTEEN, "Hundred-and-thirteenth corpus");
        blind.put(ROUND_ONE_HUNDRED_FOURTEEN, "Hundred-and-fourteenth corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTEEN, "Hundred-and-fifteenth corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTEEN, "Hundred-and-sixteenth corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTEEN, "Hundred-and-seventeenth corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTEEN, "Hundred-and-eighteenth corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETEEN, "Hundred-and-nineteenth corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY, "Hundred-and-twentieth corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_ONE, "Hundred-and-twenty-first corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_TWO, "Hundred-and-twenty-second corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_THREE, "Hundred-and-twenty-third corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_FOUR, "Hundred-and-twenty-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_FIVE, "Hundred-and-twenty-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_SIX, "Hundred-and-twenty-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_SEVEN, "Hundred-and-twenty-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_EIGHT, "Hundred-and-twenty-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_TWENTY_NINE, "Hundred-and-twenty-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY, "Hundred-and-thirtieth corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_ONE, "Hundred-and-thirty-first corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_TWO, "Hundred-and-thirty-second corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_THREE, "Hundred-and-thirty-third corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_FOUR, "Hundred-and-thirty-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_FIVE, "Hundred-and-thirty-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_SIX, "Hundred-and-thirty-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_SEVEN, "Hundred-and-thirty-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_EIGHT, "Hundred-and-thirty-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_THIRTY_NINE, "Hundred-and-thirty-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY, "Hundred-and-fortieth corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_ONE, "Hundred-and-forty-first corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_TWO, "Hundred-and-forty-second corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_THREE, "Hundred-and-forty-third corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_FOUR, "Hundred-and-forty-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_FIVE, "Hundred-and-forty-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_SIX, "Hundred-and-forty-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_SEVEN, "Hundred-and-forty-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_EIGHT, "Hundred-and-forty-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_FORTY_NINE, "Hundred-and-forty-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY, "Hundred-and-fiftieth corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_ONE, "Hundred-and-fifty-first corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_TWO, "Hundred-and-fifty-second corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_THREE, "Hundred-and-fifty-third corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_FOUR, "Hundred-and-fifty-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_FIVE, "Hundred-and-fifty-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_SIX, "Hundred-and-fifty-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_SEVEN, "Hundred-and-fifty-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_EIGHT, "Hundred-and-fifty-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_FIFTY_NINE, "Hundred-and-fifty-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY, "Hundred-and-sixtieth corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_ONE, "Hundred-and-sixty-first corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_TWO, "Hundred-and-sixty-second corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_THREE, "Hundred-and-sixty-third corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_FOUR, "Hundred-and-sixty-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_FIVE, "Hundred-and-sixty-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_SIX, "Hundred-and-sixty-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_SEVEN, "Hundred-and-sixty-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_EIGHT, "Hundred-and-sixty-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_SIXTY_NINE, "Hundred-and-sixty-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY, "Hundred-and-seventieth corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_ONE, "Hundred-and-seventy-first corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_TWO, "Hundred-and-seventy-second corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_THREE, "Hundred-and-seventy-third corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_FOUR, "Hundred-and-seventy-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_FIVE, "Hundred-and-seventy-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_SIX, "Hundred-and-seventy-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_SEVEN, "Hundred-and-seventy-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_EIGHT, "Hundred-and-seventy-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_SEVENTY_NINE, "Hundred-and-seventy-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY, "Hundred-and-eightieth corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_ONE, "Hundred-and-eighty-first corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_TWO, "Hundred-and-eighty-second corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_THREE, "Hundred-and-eighty-third corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_FOUR, "Hundred-and-eighty-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_FIVE, "Hundred-and-eighty-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_SIX, "Hundred-and-eighty-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_SEVEN, "Hundred-and-eighty-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_EIGHT, "Hundred-and-eighty-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_EIGHTY_NINE, "Hundred-and-eighty-ninth corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY, "Hundred-and-ninetieth corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_ONE, "Hundred-and-ninety-first corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_TWO, "Hundred-and-ninety-second corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_THREE, "Hundred-and-ninety-third corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_FOUR, "Hundred-and-ninety-fourth corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_FIVE, "Hundred-and-ninety-fifth corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_SIX, "Hundred-and-ninety-sixth corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_SEVEN, "Hundred-and-ninety-seventh corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_EIGHT, "Hundred-and-ninety-eighth corpus");
        blind.put(ROUND_ONE_HUNDRED_NINETY_NINE, "Hundred-and-ninety-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED, "Two-hundredth corpus");
        blind.put(ROUND_TWO_HUNDRED_ONE, "Two-hundred-and-first corpus");
        blind.put(ROUND_TWO_HUNDRED_TWO, "Two-hundred-and-second corpus");
        blind.put(ROUND_TWO_HUNDRED_THREE, "Two-hundred-and-third corpus");
        blind.put(ROUND_TWO_HUNDRED_FOUR, "Two-hundred-and-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIVE, "Two-hundred-and-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_SIX, "Two-hundred-and-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVEN, "Two-hundred-and-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHT, "Two-hundred-and-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_NINE, "Two-hundred-and-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED_TEN, "Two-hundred-and-tenth corpus");
        blind.put(ROUND_TWO_HUNDRED_ELEVEN, "Two-hundred-and-eleventh corpus");
        blind.put(ROUND_TWO_HUNDRED_TWELVE, "Two-hundred-and-twelfth corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTEEN, "Two-hundred-and-thirteenth corpus");
        blind.put(ROUND_TWO_HUNDRED_FOURTEEN, "Two-hundred-and-fourteenth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTEEN, "Two-hundred-and-fifteenth corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTEEN, "Two-hundred-and-sixteenth corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTEEN, "Two-hundred-and-seventeenth corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTEEN, "Two-hundred-and-eighteenth corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETEEN, "Two-hundred-and-nineteenth corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY, "Two-hundred-and-twentieth corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_ONE, "Two-hundred-and-twenty-first corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_TWO, "Two-hundred-and-twenty-second corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_THREE, "Two-hundred-and-twenty-third corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_FOUR, "Two-hundred-and-twenty-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_FIVE, "Two-hundred-and-twenty-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_SIX, "Two-hundred-and-twenty-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_SEVEN, "Two-hundred-and-twenty-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_EIGHT, "Two-hundred-and-twenty-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_TWENTY_NINE, "Two-hundred-and-twenty-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY, "Two-hundred-and-thirtieth corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_ONE, "Two-hundred-and-thirty-first corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_TWO, "Two-hundred-and-thirty-second corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_THREE, "Two-hundred-and-thirty-third corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_FOUR, "Two-hundred-and-thirty-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_FIVE, "Two-hundred-and-thirty-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_SIX, "Two-hundred-and-thirty-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_SEVEN, "Two-hundred-and-thirty-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_EIGHT, "Two-hundred-and-thirty-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_THIRTY_NINE, "Two-hundred-and-thirty-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY, "Two-hundred-and-fortieth corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_ONE, "Two-hundred-and-forty-first corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_TWO, "Two-hundred-and-forty-second corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_THREE, "Two-hundred-and-forty-third corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_FOUR, "Two-hundred-and-forty-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_FIVE, "Two-hundred-and-forty-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_SIX, "Two-hundred-and-forty-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_SEVEN, "Two-hundred-and-forty-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_EIGHT, "Two-hundred-and-forty-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_FORTY_NINE, "Two-hundred-and-forty-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY, "Two-hundred-and-fiftieth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_ONE, "Two-hundred-and-fifty-first corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_TWO, "Two-hundred-and-fifty-second corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_THREE, "Two-hundred-and-fifty-third corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_FOUR, "Two-hundred-and-fifty-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_FIVE, "Two-hundred-and-fifty-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_SIX, "Two-hundred-and-fifty-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_NINE, "Two-hundred-and-fifty-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_EIGHT, "Two-hundred-and-fifty-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_FIFTY_SEVEN, "Two-hundred-and-fifty-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY, "Two-hundred-and-sixtieth corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_ONE, "Two-hundred-and-sixty-first corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_TWO, "Two-hundred-and-sixty-second corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_THREE, "Two-hundred-and-sixty-third corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_FOUR, "Two-hundred-and-sixty-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_FIVE, "Two-hundred-and-sixty-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_EIGHT, "Two-hundred-and-sixty-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_SEVEN, "Two-hundred-and-sixty-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_NINE, "Two-hundred-and-sixty-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_ONE, "Two-hundred-and-seventy-first corpus");
        blind.put(ROUND_TWO_HUNDRED_SIXTY_SIX, "Two-hundred-and-sixty-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY, "Two-hundred-and-seventieth corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_FOUR, "Two-hundred-and-seventy-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_TWO, "Two-hundred-and-seventy-second corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_THREE, "Two-hundred-and-seventy-third corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_FIVE, "Two-hundred-and-seventy-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_SIX, "Two-hundred-and-seventy-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_SEVEN, "Two-hundred-and-seventy-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_EIGHT, "Two-hundred-and-seventy-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_TWO, "Two-hundred-and-eighty-second corpus");
        blind.put(ROUND_TWO_HUNDRED_SEVENTY_NINE, "Two-hundred-and-seventy-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY, "Two-hundred-and-eightieth corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_THREE, "Two-hundred-and-eighty-third corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_ONE, "Two-hundred-and-eighty-first corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_FIVE, "Two-hundred-and-eighty-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_FOUR, "Two-hundred-and-eighty-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_SEVEN, "Two-hundred-and-eighty-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_SIX, "Two-hundred-and-eighty-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_EIGHT, "Two-hundred-and-eighty-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_EIGHTY_NINE, "Two-hundred-and-eighty-ninth corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_ONE, "Two-hundred-and-ninety-first corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY, "Two-hundred-and-ninetieth corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_FIVE, "Two-hundred-and-ninety-fifth corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_TWO, "Two-hundred-and-ninety-second corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_FOUR, "Two-hundred-and-ninety-fourth corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_THREE, "Two-hundred-and-ninety-third corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_EIGHT, "Two-hundred-and-ninety-eighth corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_SEVEN, "Two-hundred-and-ninety-seventh corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_SIX, "Two-hundred-and-ninety-sixth corpus");
        blind.put(ROUND_TWO_HUNDRED_NINETY_NINE, "Two-hundred-and-ninety-ninth corpus");
        blind.put(ROUND_THREE_HUNDRED, "Three-hundredth corpus");
        blind.put(ROUND_THREE_HUNDRED_TWO, "Three-hundred-and-second corpus");
        blind.put(ROUND_THREE_HUNDRED_ONE, "Three-hundred-and-first corpus");
        blind.put(ROUND_THREE_HUNDRED_THREE, "Three-hundred-and-third corpus");
        blind.put(ROUND_THREE_HUNDRED_FOUR, "Three-hundred-and-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_FIVE, "Three-hundred-and-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_SIX, "Three-hundred-and-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHT, "Three-hundred-and-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVEN, "Three-hundred-and-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTEEN, "Three-hundred-and-seventeenth corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTEEN, "Three-hundred-and-fifteenth corpus");
        blind.put(ROUND_THREE_HUNDRED_FOURTEEN, "Three-hundred-and-fourteenth corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTEEN, "Three-hundred-and-sixteenth corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTEEN, "Three-hundred-and-eighteenth corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETEEN, "Three-hundred-and-nineteenth corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY, "Three-hundred-and-twentieth corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_THREE, "Three-hundred-and-twenty-third corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_FOUR, "Three-hundred-and-twenty-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_ONE, "Three-hundred-and-twenty-first corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_TWO, "Three-hundred-and-twenty-second corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_FIVE, "Three-hundred-and-twenty-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_SIX, "Three-hundred-and-twenty-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_SEVEN, "Three-hundred-and-twenty-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_EIGHT, "Three-hundred-and-twenty-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_TWENTY_NINE, "Three-hundred-and-twenty-ninth corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY, "Three-hundred-and-thirtieth corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_ONE, "Three-hundred-and-thirty-first corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_TWO, "Three-hundred-and-thirty-second corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_THREE, "Three-hundred-and-thirty-third corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_FOUR, "Three-hundred-and-thirty-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_FIVE, "Three-hundred-and-thirty-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_SIX, "Three-hundred-and-thirty-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_SEVEN, "Three-hundred-and-thirty-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_EIGHT, "Three-hundred-and-thirty-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_THIRTY_NINE, "Three-hundred-and-thirty-ninth corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY, "Three-hundred-and-fortieth corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_ONE, "Three-hundred-and-forty-first corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_TWO, "Three-hundred-and-forty-second corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_FOUR, "Three-hundred-and-forty-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_THREE, "Three-hundred-and-forty-third corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_FIVE, "Three-hundred-and-forty-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_SIX, "Three-hundred-and-forty-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_SEVEN, "Three-hundred-and-forty-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_EIGHT, "Three-hundred-and-forty-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_FORTY_NINE, "Three-hundred-and-forty-ninth corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY, "Three-hundred-and-fiftieth corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_ONE, "Three-hundred-and-fifty-first corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_TWO, "Three-hundred-and-fifty-second corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_THREE, "Three-hundred-and-fifty-third corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_FOUR, "Three-hundred-and-fifty-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_FIVE, "Three-hundred-and-fifty-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_SIX, "Three-hundred-and-fifty-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_SEVEN, "Three-hundred-and-fifty-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_EIGHT, "Three-hundred-and-fifty-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_FIFTY_NINE, "Three-hundred-and-fifty-ninth corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY, "Three-hundred-and-sixtieth corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_ONE, "Three-hundred-and-sixty-first corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_TWO, "Three-hundred-and-sixty-second corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_THREE, "Three-hundred-and-sixty-third corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_FOUR, "Three-hundred-and-sixty-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_FIVE, "Three-hundred-and-sixty-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_SIX, "Three-hundred-and-sixty-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_SEVEN, "Three-hundred-and-sixty-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_EIGHT, "Three-hundred-and-sixty-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_SIXTY_NINE, "Three-hundred-and-sixty-ninth corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY, "Three-hundred-and-seventieth corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_ONE, "Three-hundred-and-seventy-first corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_TWO, "Three-hundred-and-seventy-second corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_THREE, "Three-hundred-and-seventy-third corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_FOUR, "Three-hundred-and-seventy-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_FIVE, "Three-hundred-and-seventy-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_SIX, "Three-hundred-and-seventy-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_SEVEN, "Three-hundred-and-seventy-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_EIGHT, "Three-hundred-and-seventy-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_SEVENTY_NINE, "Three-hundred-and-seventy-ninth corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY, "Three-hundred-and-eightieth corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_ONE, "Three-hundred-and-eighty-first corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_TWO, "Three-hundred-and-eighty-second corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_THREE, "Three-hundred-and-eighty-third corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_FOUR, "Three-hundred-and-eighty-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_FIVE, "Three-hundred-and-eighty-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_SIX, "Three-hundred-and-eighty-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_SEVEN, "Three-hundred-and-eighty-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_EIGHT, "Three-hundred-and-eighty-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_EIGHTY_NINE, "Three-hundred-and-eighty-ninth corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY, "Three-hundred-and-ninetieth corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_ONE, "Three-hundred-and-ninety-first corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_TWO, "Three-hundred-and-ninety-second corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_THREE, "Three-hundred-and-ninety-third corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_FOUR, "Three-hundred-and-ninety-fourth corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_FIVE, "Three-hundred-and-ninety-fifth corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_SIX, "Three-hundred-and-ninety-sixth corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_SEVEN, "Three-hundred-and-ninety-seventh corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_EIGHT, "Three-hundred-and-ninety-eighth corpus");
        blind.put(ROUND_THREE_HUNDRED_NINETY_NINE, "Three-hundred-and-ninety-ninth corpus");
        blind.put(ROUND_FOUR_HUNDRED, "Four-hundredth corpus");
        blind.put(ROUND_FOUR_HUNDRED_ONE, "Four-hundred-and-first corpus");
        blind.put(ROUND_FOUR_HUNDRED_TWO, "Four-hundred-and-second corpus");
        blind.put(ROUND_FOUR_HUNDRED_THREE, "Four-hundred-and-third corpus");
        blind.put(ROUND_FOUR_HUNDRED_FOUR, "Four-hundred-and-fourth corpus");
        blind.put(ROUND_FOUR_HUNDRED_FIVE, "Four-hundred-and-fifth corpus");
        blind.put(ROUND_FOUR_HUNDRED_SIX, "Four-hundred-and-sixth corpus");
        blind.put(ROUND_FOUR_HUNDRED_SEVEN, "Four-hundred-and-seventh corpus");
        blind.put(ROUND_FOUR_HUNDRED_EIGHT, "Four-hundred-and-eighth corpus");
        blind.put(ROUND_FOUR_HUNDRED_NINE, "Four-hundred-and-ninth corpus");
        blind.put(ROUND_FOUR_HUNDRED_TEN, "Four-hundred-and-tenth corpus");
        blind.forEach((folder, title) -> {
            List<CorpusEntry> entries = load(folder, false);
            if (!entries.isEmpty()) {
                report.append('\n').append(CorpusReport.markdown(title, run(entries)));
            }
        });
        System.out.print(report);
        if (args.length == 2 && args[0].equals("--out")) {
            Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
        }
    }

    /** The corpus the checks were built with. */
    public static final String DEVELOPMENT = "safety-corpus";
    /** A second corpus written later, by an author who saw neither the checks nor the first corpus. */
    public static final String HELD_OUT = "safety-corpus-holdout";
    /** A third corpus, written blind after the rules were widened on the held-out one. */
    public static final String FRESH = "safety-corpus-fresh";
    /**
     * A fourth, written blind after topics to avoid told without their names were added to the checks:
     * such stories, and good ones with topics to avoid that share words with them.
     */
    public static final String DESCRIBED = "safety-corpus-described";
    /**
     * A fifth, written blind after the fourth round of changes: every category again, most of the bad
     * stories subtle, and good ones with harmless uses of flagged words and topics to avoid.
     */
    public static final String ROUND_FIVE = "safety-corpus-round5";
    /** A sixth, written blind after the fifth round of changes, in settings far from the usual ones. */
    public static final String ROUND_SIX = "safety-corpus-round6";
    /** A seventh, written blind after the sixth round, in many voices (rhymes, diaries, letters, chapters). */
    public static final String ROUND_SEVEN = "safety-corpus-round7";

    /**
     * An eighth, written blind after the seventh round, at the same time as the ninth: family life
     * across many cultures, harm hidden inside warm, cosy scenes.
     */
    public static final String ROUND_EIGHT = "safety-corpus-round8";
    /**
     * A ninth, written blind after the seventh round, in unusual forms and genres (fairy tales, fables,
     * rhymes, letters, second person, historical settings), harm shown through what happens.
     */
    public static final String ROUND_NINE = "safety-corpus-round9";

    /**
     * A tenth, written blind after the eighth and ninth rounds, at the same time as the eleventh and with
     * the new category of dangerous acts a child could copy: picture books for the youngest and modern
     * childhood (phones, chats, challenges) for the oldest.
     */
    public static final String ROUND_TEN = "safety-corpus-round10";
    /** An eleventh, written alongside the tenth: the ways a well-meaning model slips. */
    public static final String ROUND_ELEVEN = "safety-corpus-round11";

    /**
     * A twelfth, written blind after the tenth and eleventh rounds: stories parents ask for because of
     * something real (a hospital stay, a death in the family, two homes, social stories for autism).
     */
    public static final String ROUND_TWELVE = "safety-corpus-round12";

    /**
     * A thirteenth, written blind at the same time as the twelfth, of good stories only (50 ordinary, 50
     * with things a cautious checker might wrongly flag): how often a good story is rejected.
     */
    public static final String GOOD_ONLY = "safety-corpus-good";

    /**
     * A fourteenth, written blind after the good-stories round, alongside the fifteenth: chapter-style
     * stories of group life (camps, tours, clubs, weddings) where the harm is a sentence on a busy page.
     */
    public static final String ROUND_FOURTEEN = "safety-corpus-round14";
    /** A fifteenth, alongside the fourteenth: interactive stories that talk to the reader. */
    public static final String ROUND_FIFTEEN = "safety-corpus-round15";

    /**
     * A sixteenth, written blind after the fourteenth and fifteenth rounds, alongside the seventeenth:
     * the youngest readers (picture books in the present tense, rhymes, social stories).
     */
    public static final String ROUND_SIXTEEN = "safety-corpus-round16";
    /** A seventeenth, alongside the sixteenth: English from around the world, harm in local words. */
    public static final String ROUND_SEVENTEEN = "safety-corpus-round17";

    /**
     * An eighteenth, written blind after the sixteenth and seventeenth rounds, alongside the nineteenth
     * and twentieth: the everyday lives of neurodivergent children, harm inside a supportive tone.
     */
    public static final String ROUND_EIGHTEEN = "safety-corpus-round18";
    /** A nineteenth, alongside the eighteenth: children's digital lives (games, chats, apps, robots). */
    public static final String ROUND_NINETEEN = "safety-corpus-round19";
    /** A twentieth, alongside the eighteenth: outdoors and the seasons (camping, farms, water, ice, bonfires). */
    public static final String ROUND_TWENTY = "safety-corpus-round20";
    /** A twenty-first, alongside the eighteenth: talking animals, toys and creatures, harm told through them. */
    public static final String ROUND_TWENTY_ONE = "safety-corpus-round21";

    /**
     * A twenty-second, written blind after the eighteenth to twenty-first rounds, alongside the
     * twenty-third to twenty-fifth: school life (classrooms, trips, the bus, sports day).
     */
    public static final String ROUND_TWENTY_TWO = "safety-corpus-round22";
    /** A twenty-third, alongside the twenty-second: holidays, travel and celebrations. */
    public static final String ROUND_TWENTY_THREE = "safety-corpus-round23";
    /** A twenty-fourth, alongside the twenty-second: older readers' adventures (mystery, space, fantasy). */
    public static final String ROUND_TWENTY_FOUR = "safety-corpus-round24";
    /** A twenty-fifth, alongside the twenty-second: home and family routines. */
    public static final String ROUND_TWENTY_FIVE = "safety-corpus-round25";

    /**
     * A twenty-sixth, written blind after the twenty-second to twenty-fifth rounds, alongside the
     * twenty-seventh to twenty-ninth: sports, clubs and hobbies.
     */
    public static final String ROUND_TWENTY_SIX = "safety-corpus-round26";
    /** A twenty-seventh, alongside the twenty-sixth: feelings and friendships, harm inside the lesson. */
    public static final String ROUND_TWENTY_SEVEN = "safety-corpus-round27";
    /** A twenty-eighth, alongside the twenty-sixth: science, nature and how things work. */
    public static final String ROUND_TWENTY_EIGHT = "safety-corpus-round28";
    /** A twenty-ninth, alongside the twenty-sixth: many story forms (verse, letters, diaries, lists). */
    public static final String ROUND_TWENTY_NINE = "safety-corpus-round29";
    /** A thirtieth, after the twenty-sixth to twenty-ninth rounds, alongside the thirty-first to thirty-third: bedtime stories. */
    public static final String ROUND_THIRTY = "safety-corpus-round30";
    /** A thirty-first, alongside the thirtieth: mysteries, treasure hunts and spooky-but-safe adventures. */
    public static final String ROUND_THIRTY_ONE = "safety-corpus-round31";
    /** A thirty-second, alongside the thirtieth: food, cooking, bodies and health. */
    public static final String ROUND_THIRTY_TWO = "safety-corpus-round32";
    /** A thirty-third, alongside the thirtieth: specialist interests, the harm in one clause of a long page. */
    public static final String ROUND_THIRTY_THREE = "safety-corpus-round33";
    /** A thirty-fourth, after the thirtieth to thirty-third rounds, alongside the thirty-fifth to thirty-seventh: one fear each. */
    public static final String ROUND_THIRTY_FOUR = "safety-corpus-round34";
    /** A thirty-fifth, alongside the thirty-fourth: stories set in the past. */
    public static final String ROUND_THIRTY_FIVE = "safety-corpus-round35";
    /** A thirty-sixth, alongside the thirty-fourth: siblings, step-families, babysitters and neighbours. */
    public static final String ROUND_THIRTY_SIX = "safety-corpus-round36";
    /** A thirty-seventh, alongside the thirty-fourth: fantasy and magic, real harm in magic words. */
    public static final String ROUND_THIRTY_SEVEN = "safety-corpus-round37";
    /** A thirty-eighth, after the thirty-fourth to thirty-seventh rounds, alongside the thirty-ninth to forty-first: journeys. */
    public static final String ROUND_THIRTY_EIGHT = "safety-corpus-round38";
    /** A thirty-ninth, alongside the thirty-eighth: sleepovers, parties and playdates at other families' houses. */
    public static final String ROUND_THIRTY_NINE = "safety-corpus-round39";
    /** A fortieth, alongside the thirty-eighth: animals in children's care. */
    public static final String ROUND_FORTY = "safety-corpus-round40";
    /** A forty-first, alongside the thirty-eighth: stories that teach a lesson, harm inside the moral. */
    public static final String ROUND_FORTY_ONE = "safety-corpus-round41";
    /** A forty-second, after the thirty-eighth to forty-first rounds, alongside the forty-third to forty-fifth: weather days. */
    public static final String ROUND_FORTY_TWO = "safety-corpus-round42";
    /** A forty-third, alongside the forty-second: children with disabilities and medical needs as heroes. */
    public static final String ROUND_FORTY_THREE = "safety-corpus-round43";
    /** A forty-fourth, alongside the forty-second: city life. */
    public static final String ROUND_FORTY_FOUR = "safety-corpus-round44";
    /** A forty-fifth, alongside the forty-second: action play and pretend heroes. */
    public static final String ROUND_FORTY_FIVE = "safety-corpus-round45";
    /** A forty-sixth, after the forty-second to forty-fifth rounds, alongside the forty-seventh to forty-ninth: school trips. */
    public static final String ROUND_FORTY_SIX = "safety-corpus-round46";
    /** A forty-seventh, alongside the forty-sixth: the arts and performing. */
    public static final String ROUND_FORTY_SEVEN = "safety-corpus-round47";
    /** A forty-eighth, alongside the forty-sixth: dreams and dream worlds. */
    public static final String ROUND_FORTY_EIGHT = "safety-corpus-round48";
    /** A forty-ninth, alongside the forty-sixth: making and growing things, grown-ups' tools. */
    public static final String ROUND_FORTY_NINE = "safety-corpus-round49";
    /** A fiftieth, after the forty-sixth to forty-ninth rounds, alongside the fifty-first to fifty-third: celebrations. */
    public static final String ROUND_FIFTY = "safety-corpus-round50";
    /** A fifty-first, alongside the fiftieth: the sea and the seaside. */
    public static final String ROUND_FIFTY_ONE = "safety-corpus-round51";
    /** A fifty-second, alongside the fiftieth: screens and gadgets at home. */
    public static final String ROUND_FIFTY_TWO = "safety-corpus-round52";
    /** A fifty-third, alongside the fiftieth: very short stories for the youngest readers. */
    public static final String ROUND_FIFTY_THREE = "safety-corpus-round53";
    /** A fifty-fourth, after the fiftieth to fifty-third rounds, alongside the fifty-fifth to sixty-first: shopping, money and errands. */
    public static final String ROUND_FIFTY_FOUR = "safety-corpus-round54";
    /** A fifty-fifth, alongside the fifty-fourth: big changes (a new baby, moving house, a new school, two homes). */
    public static final String ROUND_FIFTY_FIVE = "safety-corpus-round55";
    /** A fifty-sixth, alongside the fifty-fourth: space, robots and the future. */
    public static final String ROUND_FIFTY_SIX = "safety-corpus-round56";
    /** A fifty-seventh, alongside the fifty-fourth: parks, playgrounds and gardens. */
    public static final String ROUND_FIFTY_SEVEN = "safety-corpus-round57";
    /** A fifty-eighth, alongside the fifty-fourth to fifty-seventh: indoor play on rainy days. */
    public static final String ROUND_FIFTY_EIGHT = "safety-corpus-round58";
    /** A fifty-ninth, alongside the fifty-eighth: community helpers. */
    public static final String ROUND_FIFTY_NINE = "safety-corpus-round59";
    /** A sixtieth, alongside the fifty-eighth: myths, legends and folklore retold. */
    public static final String ROUND_SIXTY = "safety-corpus-round60";
    /** A sixty-first, alongside the fifty-eighth: libraries, books and stories within stories. */
    public static final String ROUND_SIXTY_ONE = "safety-corpus-round61";
    /** A sixty-second, after the fifty-fourth to sixty-first rounds: doctors and being poorly. */
    public static final String ROUND_SIXTY_TWO = "safety-corpus-round62";
    /** A sixty-third, alongside the sixty-second: farms and ponies. */
    public static final String ROUND_SIXTY_THREE = "safety-corpus-round63";
    /** A sixty-fourth, alongside the sixty-second: winter and snow. */
    public static final String ROUND_SIXTY_FOUR = "safety-corpus-round64";
    /** A sixty-fifth, alongside the sixty-second: superheroes and spies. */
    public static final String ROUND_SIXTY_FIVE = "safety-corpus-round65";
    /** A sixty-sixth, alongside the sixty-second: dinosaurs and museums. */
    public static final String ROUND_SIXTY_SIX = "safety-corpus-round66";
    /** A sixty-seventh, alongside the sixty-second: grandparents. */
    public static final String ROUND_SIXTY_SEVEN = "safety-corpus-round67";
    /** A sixty-eighth, alongside the sixty-second: bikes and wheels. */
    public static final String ROUND_SIXTY_EIGHT = "safety-corpus-round68";
    /** A sixty-ninth, alongside the sixty-second: letters, diaries and texts. */
    public static final String ROUND_SIXTY_NINE = "safety-corpus-round69";
    /** A seventieth, after the sixty-second to sixty-ninth rounds: food and mealtimes. */
    public static final String ROUND_SEVENTY = "safety-corpus-round70";
    /** A seventy-first, alongside the seventieth: pirates and islands. */
    public static final String ROUND_SEVENTY_ONE = "safety-corpus-round71";
    /** A seventy-second, alongside the seventieth: music and shows. */
    public static final String ROUND_SEVENTY_TWO = "safety-corpus-round72";
    /** A seventy-third, alongside the seventieth: minibeasts and ponds. */
    public static final String ROUND_SEVENTY_THREE = "safety-corpus-round73";
    /** A seventy-fourth, alongside the seventieth: trains, buses and planes. */
    public static final String ROUND_SEVENTY_FOUR = "safety-corpus-round74";
    /** A seventy-fifth, alongside the seventieth: conversations and play scripts. */
    public static final String ROUND_SEVENTY_FIVE = "safety-corpus-round75";
    /** A seventy-sixth, alongside the seventieth: holidays abroad. */
    public static final String ROUND_SEVENTY_SIX = "safety-corpus-round76";
    /** A seventy-seventh, alongside the seventieth: clubs and lessons. */
    public static final String ROUND_SEVENTY_SEVEN = "safety-corpus-round77";
    /** A seventy-eighth, after the seventieth to seventy-seventh rounds: daily routines at home. */
    public static final String ROUND_SEVENTY_EIGHT = "safety-corpus-round78";
    /** A seventy-ninth, alongside the seventy-eighth: knights and castles. */
    public static final String ROUND_SEVENTY_NINE = "safety-corpus-round79";
    /** An eightieth, alongside the seventy-eighth: online worlds. */
    public static final String ROUND_EIGHTY = "safety-corpus-round80";
    /** An eighty-first, after the seventy-eighth to eightieth rounds, alongside the eighty-second to eighty-fourth: rivers and boats. */
    public static final String ROUND_EIGHTY_ONE = "safety-corpus-round81";
    /** An eighty-second, alongside the eighty-first: fairgrounds and circuses. */
    public static final String ROUND_EIGHTY_TWO = "safety-corpus-round82";
    /** An eighty-third, alongside the eighty-first: building sites and workshops. */
    public static final String ROUND_EIGHTY_THREE = "safety-corpus-round83";
    /** An eighty-fourth, alongside the eighty-first: zoos and wild animals. */
    public static final String ROUND_EIGHTY_FOUR = "safety-corpus-round84";
    /** An eighty-fifth, after the eighty-first to eighty-fourth rounds, alongside the eighty-sixth to eighty-eighth: mountains and caves. */
    public static final String ROUND_EIGHTY_FIVE = "safety-corpus-round85";
    /** An eighty-sixth, alongside the eighty-fifth: magic shows. */
    public static final String ROUND_EIGHTY_SIX = "safety-corpus-round86";
    /** An eighty-seventh, alongside the eighty-fifth: toys and playrooms. */
    public static final String ROUND_EIGHTY_SEVEN = "safety-corpus-round87";
    /** An eighty-eighth, alongside the eighty-fifth: Halloween and bonfire night. */
    public static final String ROUND_EIGHTY_EIGHT = "safety-corpus-round88";
    /** An eighty-ninth, after the eighty-first to eighty-eighth rounds, alongside the ninetieth and ninety-first: farms and farm animals */
    public static final String ROUND_EIGHTY_NINE = "safety-corpus-round89";
    /** A ninetieth, alongside the eighty-ninth: kitchens and baking */
    public static final String ROUND_NINETY = "safety-corpus-round90";
    /** A ninety-first, alongside the eighty-ninth: school trips and museums */
    public static final String ROUND_NINETY_ONE = "safety-corpus-round91";
    /** A ninety-second, after the eighty-ninth to ninety-first rounds, alongside the ninety-third and ninety-fourth: camping and scouts */
    public static final String ROUND_NINETY_TWO = "safety-corpus-round92";
    /** A ninety-third, alongside the ninety-second: sports clubs */
    public static final String ROUND_NINETY_THREE = "safety-corpus-round93";
    /** A ninety-fourth, alongside the ninety-second: birthdays and weddings */
    public static final String ROUND_NINETY_FOUR = "safety-corpus-round94";
    /** A ninety-fifth, after the ninety-second to ninety-fourth rounds, alongside the ninety-sixth and ninety-seventh: pets and vets */
    public static final String ROUND_NINETY_FIVE = "safety-corpus-round95";
    /** A ninety-sixth, alongside the ninety-fifth: gardens and weather */
    public static final String ROUND_NINETY_SIX = "safety-corpus-round96";
    /** A ninety-seventh, alongside the ninety-fifth: sleepovers and play dates */
    public static final String ROUND_NINETY_SEVEN = "safety-corpus-round97";
    /** A ninety-eighth, after the ninety-fifth to ninety-seventh rounds, alongside the ninety-ninth and hundredth: zoos and aquariums */
    public static final String ROUND_NINETY_EIGHT = "safety-corpus-round98";
    /** A ninety-ninth, alongside the ninety-eighth: new babies and siblings */
    public static final String ROUND_NINETY_NINE = "safety-corpus-round99";
    /** A hundredth, alongside the ninety-eighth: chores and house rules */
    public static final String ROUND_ONE_HUNDRED = "safety-corpus-round100";
    /** A hundred-and-first, after the ninety-eighth to hundredth rounds, alongside the hundred-and-second and hundred-and-third: the seaside out of season */
    public static final String ROUND_ONE_HUNDRED_ONE = "safety-corpus-round101";
    /** A hundred-and-second, alongside the hundred-and-first: after-school clubs */
    public static final String ROUND_ONE_HUNDRED_TWO = "safety-corpus-round102";
    /** A hundred-and-third, alongside the hundred-and-first: moving house */
    public static final String ROUND_ONE_HUNDRED_THREE = "safety-corpus-round103";
    /** A hundred-and-fourth, after the hundred-and-first to hundred-and-third rounds, alongside the hundred-and-fifth and hundred-and-sixth: shopping and markets */
    public static final String ROUND_ONE_HUNDRED_FOUR = "safety-corpus-round104";
    /** A hundred-and-fifth, alongside the hundred-and-fourth: rainy days and power cuts */
    public static final String ROUND_ONE_HUNDRED_FIVE = "safety-corpus-round105";
    /** A hundred-and-sixth, alongside the hundred-and-fourth: car journeys */
    public static final String ROUND_ONE_HUNDRED_SIX = "safety-corpus-round106";
    /** A hundred-and-seventh, after the hundred-and-fourth to hundred-and-sixth rounds, alongside the hundred-and-eighth and hundred-and-ninth: doctors and hospitals */
    public static final String ROUND_ONE_HUNDRED_SEVEN = "safety-corpus-round107";
    /** A hundred-and-eighth, alongside the hundred-and-seventh: airports and holidays abroad */
    public static final String ROUND_ONE_HUNDRED_EIGHT = "safety-corpus-round108";
    /** A hundred-and-ninth, alongside the hundred-and-seventh: snow and winter */
    public static final String ROUND_ONE_HUNDRED_NINE = "safety-corpus-round109";
    /** A hundred-and-tenth, after the hundred-and-seventh to hundred-and-ninth rounds, alongside the hundred-and-eleventh and hundred-and-twelfth: trains and buses */
    public static final String ROUND_ONE_HUNDRED_TEN = "safety-corpus-round110";
    /** A hundred-and-eleventh, alongside the hundred-and-tenth: theatre and talent shows */
    public static final String ROUND_ONE_HUNDRED_ELEVEN = "safety-corpus-round111";
    /** A hundred-and-twelfth, alongside the hundred-and-tenth: festivals */
    public static final String ROUND_ONE_HUNDRED_TWELVE = "safety-corpus-round112";
    /** A hundred-and-thirteenth, after the hundred-and-tenth to hundred-and-twelfth rounds, alongside the hundred-and-fourteenth and hundred-and-fifteenth: libraries and bookshops */
    public static final String ROUND_ONE_HUNDRED_THIRTEEN = "safety-corpus-round113";
    /** A hundred-and-fourteenth, alongside the hundred-and-thirteenth: science and robots */
    public static final String ROUND_ONE_HUNDRED_FOURTEEN = "safety-corpus-round114";
    /** A hundred-and-fifteenth, alongside the hundred-and-thirteenth: playgrounds and parks */
    public static final String ROUND_ONE_HUNDRED_FIFTEEN = "safety-corpus-round115";
    /** A hundred-and-sixteenth, after the hundred-and-thirteenth to hundred-and-fifteenth rounds, alongside the hundred-and-seventeenth and hundred-and-eighteenth: music and concerts */
    public static final String ROUND_ONE_HUNDRED_SIXTEEN = "safety-corpus-round116";
    /** A hundred-and-seventeenth, alongside the hundred-and-sixteenth: games and online worlds */
    public static final String ROUND_ONE_HUNDRED_SEVENTEEN = "safety-corpus-round117";
    /** A hundred-and-eighteenth, alongside the hundred-and-sixteenth: countryside and fishing */
    public static final String ROUND_ONE_HUNDRED_EIGHTEEN = "safety-corpus-round118";
    /** A hundred-and-nineteenth, after the hundred-and-sixteenth to hundred-and-eighteenth rounds, alongside the hundred-and-twentieth and hundred-and-twenty-first: community helpers. */
    public static final String ROUND_ONE_HUNDRED_NINETEEN = "safety-corpus-round119";
    /** A hundred-and-twentieth, alongside the hundred-and-nineteenth: art and crafts. */
    public static final String ROUND_ONE_HUNDRED_TWENTY = "safety-corpus-round120";
    /** A hundred-and-twenty-first, alongside the hundred-and-nineteenth: grandparents and care homes. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_ONE = "safety-corpus-round121";
    /** A hundred-and-twenty-second, after the hundred-and-nineteenth to hundred-and-twenty-first rounds, alongside the hundred-and-twenty-third and hundred-and-twenty-fourth: forest school and dens. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_TWO = "safety-corpus-round122";
    /** A hundred-and-twenty-third, alongside the hundred-and-twenty-second: cafés and eating out. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_THREE = "safety-corpus-round123";
    /** A hundred-and-twenty-fourth, alongside the hundred-and-twenty-second: hairdressers and getting ready. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_FOUR = "safety-corpus-round124";
    /** A hundred-and-twenty-fifth, after the hundred-and-twenty-second to hundred-and-twenty-fourth rounds, alongside the hundred-and-twenty-sixth and hundred-and-twenty-seventh: pools and water parks. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_FIVE = "safety-corpus-round125";
    /** A hundred-and-twenty-sixth, alongside the hundred-and-twenty-fifth: skateparks and rinks. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_SIX = "safety-corpus-round126";
    /** A hundred-and-twenty-seventh, alongside the hundred-and-twenty-fifth: fêtes and fundraisers. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_SEVEN = "safety-corpus-round127";
    /** A hundred-and-twenty-eighth, after the hundred-and-twenty-fifth to hundred-and-twenty-seventh rounds, alongside the hundred-and-twenty-ninth and hundred-and-thirtieth: sleepovers and bedtime. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_EIGHT = "safety-corpus-round128";
    /** A hundred-and-twenty-ninth, alongside the hundred-and-twenty-eighth: knights and fairy tales. */
    public static final String ROUND_ONE_HUNDRED_TWENTY_NINE = "safety-corpus-round129";
    /** A hundred-and-thirtieth, alongside the hundred-and-twenty-eighth: bikes and road safety. */
    public static final String ROUND_ONE_HUNDRED_THIRTY = "safety-corpus-round130";
    /** A hundred-and-thirty-first, after the hundred-and-twenty-eighth to hundred-and-thirtieth rounds, alongside the hundred-and-thirty-second and hundred-and-thirty-third: space and stargazing. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_ONE = "safety-corpus-round131";
    /** A hundred-and-thirty-second, alongside the hundred-and-thirty-first: pirates and treasure. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_TWO = "safety-corpus-round132";
    /** A hundred-and-thirty-third, alongside the hundred-and-thirty-first: a new school and playtime. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_THREE = "safety-corpus-round133";
    /** A hundred-and-thirty-fourth, after the hundred-and-thirty-first to hundred-and-thirty-third rounds, alongside the hundred-and-thirty-fifth and hundred-and-thirty-sixth: dance and ballet. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_FOUR = "safety-corpus-round134";
    /** A hundred-and-thirty-fifth, alongside the hundred-and-thirty-fourth: minibeasts and birdwatching. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_FIVE = "safety-corpus-round135";
    /** A hundred-and-thirty-sixth, alongside the hundred-and-thirty-fourth: sick days at home. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_SIX = "safety-corpus-round136";
    /** A hundred-and-thirty-seventh, after the hundred-and-thirty-fourth to hundred-and-thirty-sixth rounds, alongside the hundred-and-thirty-eighth and hundred-and-thirty-ninth: weddings and reunions. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_SEVEN = "safety-corpus-round137";
    /** A hundred-and-thirty-eighth, alongside the hundred-and-thirty-seventh: caravans and holiday parks. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_EIGHT = "safety-corpus-round138";
    /** A hundred-and-thirty-ninth, alongside the hundred-and-thirty-seventh: board games and puzzles. */
    public static final String ROUND_ONE_HUNDRED_THIRTY_NINE = "safety-corpus-round139";
    /** A hundred-and-fortieth, after the hundred-and-thirty-seventh to hundred-and-thirty-ninth rounds, alongside the hundred-and-forty-first and hundred-and-forty-second: a family business. */
    public static final String ROUND_ONE_HUNDRED_FORTY = "safety-corpus-round140";
    /** A hundred-and-forty-first, alongside the hundred-and-fortieth: neighbours and the street. */
    public static final String ROUND_ONE_HUNDRED_FORTY_ONE = "safety-corpus-round141";
    /** A hundred-and-forty-second, alongside the hundred-and-fortieth: wizards and spells. */
    public static final String ROUND_ONE_HUNDRED_FORTY_TWO = "safety-corpus-round142";
    /** A hundred-and-forty-third, after the hundred-and-fortieth to hundred-and-forty-second rounds, alongside the hundred-and-forty-fourth and hundred-and-forty-fifth: family abroad. */
    public static final String ROUND_ONE_HUNDRED_FORTY_THREE = "safety-corpus-round143";
    /** A hundred-and-forty-fourth, alongside the hundred-and-forty-third: superheroes and spies. */
    public static final String ROUND_ONE_HUNDRED_FORTY_FOUR = "safety-corpus-round144";
    /** A hundred-and-forty-fifth, alongside the hundred-and-forty-third: brothers, sisters and cousins. */
    public static final String ROUND_ONE_HUNDRED_FORTY_FIVE = "safety-corpus-round145";
    /** A hundred-and-forty-sixth, after the hundred-and-forty-third to hundred-and-forty-fifth rounds, alongside the hundred-and-forty-seventh and hundred-and-forty-eighth: dinosaurs and fossils. */
    public static final String ROUND_ONE_HUNDRED_FORTY_SIX = "safety-corpus-round146";
    /** A hundred-and-forty-seventh, alongside the hundred-and-forty-sixth: under the sea. */
    public static final String ROUND_ONE_HUNDRED_FORTY_SEVEN = "safety-corpus-round147";
    /** A hundred-and-forty-eighth, alongside the hundred-and-forty-sixth: friendly monsters and imaginary friends. */
    public static final String ROUND_ONE_HUNDRED_FORTY_EIGHT = "safety-corpus-round148";
    /** A hundred-and-forty-ninth, after the hundred-and-forty-sixth to hundred-and-forty-eighth rounds, alongside the hundred-and-fiftieth and hundred-and-fifty-first: recycling and nature. */
    public static final String ROUND_ONE_HUNDRED_FORTY_NINE = "safety-corpus-round149";
    /** A hundred-and-fiftieth, alongside the hundred-and-forty-ninth: being on screen. */
    public static final String ROUND_ONE_HUNDRED_FIFTY = "safety-corpus-round150";
    /** A hundred-and-fifty-first, alongside the hundred-and-forty-ninth: lost and found. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_ONE = "safety-corpus-round151";
    /** A hundred-and-fifty-second, after the hundred-and-forty-ninth to hundred-and-fifty-first rounds, alongside the hundred-and-fifty-third and hundred-and-fifty-fourth: horses and ponies. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_TWO = "safety-corpus-round152";
    /** A hundred-and-fifty-third, alongside the hundred-and-fifty-second: building things at home. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_THREE = "safety-corpus-round153";
    /** A hundred-and-fifty-fourth, alongside the hundred-and-fifty-second: first independence. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_FOUR = "safety-corpus-round154";
    /** A hundred-and-fifty-fifth, after the hundred-and-fifty-second to hundred-and-fifty-fourth rounds, alongside the hundred-and-fifty-sixth and hundred-and-fifty-seventh: cars and racing. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_FIVE = "safety-corpus-round155";
    /** A hundred-and-fifty-sixth, alongside the hundred-and-fifty-fifth: young carers. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_SIX = "safety-corpus-round156";
    /** A hundred-and-fifty-seventh, alongside the hundred-and-fifty-fifth: school rules and fairness. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_SEVEN = "safety-corpus-round157";
    /** A hundred-and-fifty-eighth, after the hundred-and-fifty-fifth to hundred-and-fifty-seventh rounds, alongside the hundred-and-fifty-ninth and hundred-and-sixtieth: babysitters and childminders. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_EIGHT = "safety-corpus-round158";
    /** A hundred-and-fifty-ninth, alongside the hundred-and-fifty-eighth: residential trips and camps. */
    public static final String ROUND_ONE_HUNDRED_FIFTY_NINE = "safety-corpus-round159";
    /** A hundred-and-sixtieth, alongside the hundred-and-fifty-eighth: looking after your body. */
    public static final String ROUND_ONE_HUNDRED_SIXTY = "safety-corpus-round160";
    /** A hundred-and-sixty-first, after the hundred-and-fifty-eighth to hundred-and-sixtieth rounds, alongside the hundred-and-sixty-second and hundred-and-sixty-third: online friends and gaming chat. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_ONE = "safety-corpus-round161";
    /** A hundred-and-sixty-second, alongside the hundred-and-sixty-first: teenage brothers and sisters. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_TWO = "safety-corpus-round162";
    /** A hundred-and-sixty-third, alongside the hundred-and-sixty-first: support for neurodivergent children. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_THREE = "safety-corpus-round163";
    /** A hundred-and-sixty-fourth, after the hundred-and-sixty-first to hundred-and-sixty-third rounds, alongside the hundred-and-sixty-fifth and hundred-and-sixty-sixth: a summer beach day. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_FOUR = "safety-corpus-round164";
    /** A hundred-and-sixty-fifth, alongside the hundred-and-sixty-fourth: winter festivals at home. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_FIVE = "safety-corpus-round165";
    /** A hundred-and-sixty-sixth, alongside the hundred-and-sixty-fourth: a sports team. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_SIX = "safety-corpus-round166";
    /** A hundred-and-sixty-seventh, after the hundred-and-sixty-fourth to hundred-and-sixty-sixth rounds, alongside the hundred-and-sixty-eighth and hundred-and-sixty-ninth: martial arts and archery. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_SEVEN = "safety-corpus-round167";
    /** A hundred-and-sixty-eighth, alongside the hundred-and-sixty-seventh: faith communities and youth groups. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_EIGHT = "safety-corpus-round168";
    /** A hundred-and-sixty-ninth, alongside the hundred-and-sixty-seventh: grown-ups' workplaces. */
    public static final String ROUND_ONE_HUNDRED_SIXTY_NINE = "safety-corpus-round169";
    /** A hundred-and-seventieth, after the hundred-and-sixty-seventh to hundred-and-sixty-ninth rounds, alongside the hundred-and-seventy-first and hundred-and-seventy-second: a child's own small business. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY = "safety-corpus-round170";
    /** A hundred-and-seventy-first, alongside the hundred-and-seventieth: a day in the big city. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_ONE = "safety-corpus-round171";
    /** A hundred-and-seventy-second, alongside the hundred-and-seventieth: moving up to secondary school. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_TWO = "safety-corpus-round172";
    /** A hundred-and-seventy-third, after the hundred-and-seventieth to hundred-and-seventy-second rounds, alongside the hundred-and-seventy-fourth and hundred-and-seventy-fifth: windy days and things that fly. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_THREE = "safety-corpus-round173";
    /** A hundred-and-seventy-fourth, alongside the hundred-and-seventy-third: pen pals and letters. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_FOUR = "safety-corpus-round174";
    /** A hundred-and-seventy-fifth, alongside the hundred-and-seventy-third: photography. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_FIVE = "safety-corpus-round175";
    /** A hundred-and-seventy-sixth, after the hundred-and-seventy-third to hundred-and-seventy-fifth rounds, alongside the hundred-and-seventy-seventh and hundred-and-seventy-eighth: foster care and adoption. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_SIX = "safety-corpus-round176";
    /** A hundred-and-seventy-seventh, alongside the hundred-and-seventy-sixth: the class pet and the school garden. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_SEVEN = "safety-corpus-round177";
    /** A hundred-and-seventy-eighth, alongside the hundred-and-seventy-sixth: family history. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_EIGHT = "safety-corpus-round178";
    /** A hundred-and-seventy-ninth, after the hundred-and-seventy-sixth to hundred-and-seventy-eighth rounds, alongside the hundred-and-eightieth and hundred-and-eighty-first: unusual pets and reptile houses. */
    public static final String ROUND_ONE_HUNDRED_SEVENTY_NINE = "safety-corpus-round179";
    /** A hundred-and-eightieth, alongside the hundred-and-seventy-ninth: money worries at home. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY = "safety-corpus-round180";
    /** A hundred-and-eighty-first, alongside the hundred-and-seventy-ninth: deaf and disabled family members. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_ONE = "safety-corpus-round181";
    /** A hundred-and-eighty-second, after the hundred-and-seventy-ninth to hundred-and-eighty-first rounds, alongside the hundred-and-eighty-third and hundred-and-eighty-fourth: feelings and worries. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_TWO = "safety-corpus-round182";
    /** A hundred-and-eighty-third, alongside the hundred-and-eighty-second: metal detecting and archaeology. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_THREE = "safety-corpus-round183";
    /** A hundred-and-eighty-fourth, alongside the hundred-and-eighty-second: parcels and deliveries. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_FOUR = "safety-corpus-round184";
    /** A hundred-and-eighty-fifth, after the hundred-and-eighty-second to hundred-and-eighty-fourth rounds, alongside the hundred-and-eighty-sixth and hundred-and-eighty-seventh: baking and cooking. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_FIVE = "safety-corpus-round185";
    /** A hundred-and-eighty-sixth, alongside the hundred-and-eighty-fifth: birthday parties. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_SIX = "safety-corpus-round186";
    /** A hundred-and-eighty-seventh, alongside the hundred-and-eighty-fifth: a working farm visit. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_SEVEN = "safety-corpus-round187";
    /** A hundred-and-eighty-eighth, after the hundred-and-eighty-fifth to hundred-and-eighty-seventh rounds, alongside the hundred-and-eighty-ninth and hundred-and-ninetieth: wobbly teeth and the dentist. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_EIGHT = "safety-corpus-round188";
    /** A hundred-and-eighty-ninth, alongside the hundred-and-eighty-eighth: first aid and safety lessons. */
    public static final String ROUND_ONE_HUNDRED_EIGHTY_NINE = "safety-corpus-round189";
    /** A hundred-and-ninetieth, alongside the hundred-and-eighty-eighth: volcanoes, earthquakes and wild weather. */
    public static final String ROUND_ONE_HUNDRED_NINETY = "safety-corpus-round190";
    /** A hundred-and-ninety-first, after the hundred-and-eighty-eighth to hundred-and-ninetieth rounds, alongside the hundred-and-ninety-second and hundred-and-ninety-third: a football match at the stadium. */
    public static final String ROUND_ONE_HUNDRED_NINETY_ONE = "safety-corpus-round191";
    /** A hundred-and-ninety-second, alongside the hundred-and-ninety-first: an outdoor adventure centre. */
    public static final String ROUND_ONE_HUNDRED_NINETY_TWO = "safety-corpus-round192";
    /** A hundred-and-ninety-third, alongside the hundred-and-ninety-first: a night walk. */
    public static final String ROUND_ONE_HUNDRED_NINETY_THREE = "safety-corpus-round193";
    /** A hundred-and-ninety-fourth, after the hundred-and-ninety-first to hundred-and-ninety-third rounds, alongside the hundred-and-ninety-fifth and hundred-and-ninety-sixth: a boat trip to see wildlife. */
    public static final String ROUND_ONE_HUNDRED_NINETY_FOUR = "safety-corpus-round194";
    /** A hundred-and-ninety-fifth, alongside the hundred-and-ninety-fourth: a factory tour. */
    public static final String ROUND_ONE_HUNDRED_NINETY_FIVE = "safety-corpus-round195";
    /** A hundred-and-ninety-sixth, alongside the hundred-and-ninety-fourth: a school election. */
    public static final String ROUND_ONE_HUNDRED_NINETY_SIX = "safety-corpus-round196";
    /** A hundred-and-ninety-seventh, after the hundred-and-ninety-fourth to hundred-and-ninety-sixth rounds, alongside the hundred-and-ninety-eighth and hundred-and-ninety-ninth: a school sports day. */
    public static final String ROUND_ONE_HUNDRED_NINETY_SEVEN = "safety-corpus-round197";
    /** A hundred-and-ninety-eighth, alongside the hundred-and-ninety-seventh: a family ski trip. */
    public static final String ROUND_ONE_HUNDRED_NINETY_EIGHT = "safety-corpus-round198";
    /** A hundred-and-ninety-ninth, alongside the hundred-and-ninety-seventh: a podcast or school radio show. */
    public static final String ROUND_ONE_HUNDRED_NINETY_NINE = "safety-corpus-round199";
    /** A two-hundredth, after the hundred-and-ninety-seventh to hundred-and-ninety-ninth rounds, alongside the two-hundred-and-first and two-hundred-and-second: a short hospital stay. */
    public static final String ROUND_TWO_HUNDRED = "safety-corpus-round200";
    /** A two-hundred-and-first, alongside the two-hundredth: a circus skills workshop. */
    public static final String ROUND_TWO_HUNDRED_ONE = "safety-corpus-round201";
    /** A two-hundred-and-second, alongside the two-hundredth: a lighthouse and a lifeboat station. */
    public static final String ROUND_TWO_HUNDRED_TWO = "safety-corpus-round202";
    /** A two-hundred-and-third, after the two-hundredth to two-hundred-and-second rounds, alongside the two-hundred-and-fourth and two-hundred-and-fifth: a museum sleepover. */
    public static final String ROUND_TWO_HUNDRED_THREE = "safety-corpus-round203";
    /** A two-hundred-and-fourth, alongside the two-hundred-and-third: a trampoline park, bowling and laser tag. */
    public static final String ROUND_TWO_HUNDRED_FOUR = "safety-corpus-round204";
    /** A two-hundred-and-fifth, alongside the two-hundred-and-third: a beekeeper's visit. */
    public static final String ROUND_TWO_HUNDRED_FIVE = "safety-corpus-round205";
    /** A two-hundred-and-sixth, after the two-hundred-and-third to two-hundred-and-fifth rounds, alongside the two-hundred-and-seventh and two-hundred-and-eighth: a family escape room and puzzle trail. */
    public static final String ROUND_TWO_HUNDRED_SIX = "safety-corpus-round206";
    /** A two-hundred-and-seventh, alongside the two-hundred-and-sixth: a mechanic's garage and car wash. */
    public static final String ROUND_TWO_HUNDRED_SEVEN = "safety-corpus-round207";
    /** A two-hundred-and-eighth, alongside the two-hundred-and-sixth: volunteering at an animal rescue centre. */
    public static final String ROUND_TWO_HUNDRED_EIGHT = "safety-corpus-round208";
    /** A two-hundred-and-ninth, after the two-hundred-and-sixth to two-hundred-and-eighth rounds, alongside the two-hundred-and-tenth and two-hundred-and-eleventh: an overnight ferry crossing. */
    public static final String ROUND_TWO_HUNDRED_NINE = "safety-corpus-round209";
    /** A two-hundred-and-tenth, alongside the two-hundred-and-ninth: a pottery and glass-blowing studio. */
    public static final String ROUND_TWO_HUNDRED_TEN = "safety-corpus-round210";
    /** A two-hundred-and-eleventh, alongside the two-hundred-and-ninth: a street food market and an ice-cream van. */
    public static final String ROUND_TWO_HUNDRED_ELEVEN = "safety-corpus-round211";
    /** A two-hundred-and-twelfth, after the two-hundred-and-ninth to two-hundred-and-eleventh rounds, alongside the two-hundred-and-thirteenth and two-hundred-and-fourteenth: a canal narrowboat holiday. */
    public static final String ROUND_TWO_HUNDRED_TWELVE = "safety-corpus-round212";
    /** A two-hundred-and-thirteenth, alongside the two-hundred-and-twelfth: a car boot sale and a charity shop. */
    public static final String ROUND_TWO_HUNDRED_THIRTEEN = "safety-corpus-round213";
    /** A two-hundred-and-fourteenth, alongside the two-hundred-and-twelfth: an apple-picking day at an orchard and cider farm. */
    public static final String ROUND_TWO_HUNDRED_FOURTEEN = "safety-corpus-round214";
    /** A two-hundred-and-fifteenth, after the two-hundred-and-twelfth to two-hundred-and-fourteenth rounds, alongside the two-hundred-and-sixteenth and two-hundred-and-seventeenth: a hot-air balloon festival. */
    public static final String ROUND_TWO_HUNDRED_FIFTEEN = "safety-corpus-round215";
    /** A two-hundred-and-sixteenth, alongside the two-hundred-and-fifteenth: a Christmas market with a Santa's grotto. */
    public static final String ROUND_TWO_HUNDRED_SIXTEEN = "safety-corpus-round216";
    /** A two-hundred-and-seventeenth, alongside the two-hundred-and-fifteenth: a junior chess club and its first tournament. */
    public static final String ROUND_TWO_HUNDRED_SEVENTEEN = "safety-corpus-round217";
    /** A two-hundred-and-eighteenth, after the two-hundred-and-fifteenth to two-hundred-and-seventeenth rounds, alongside the two-hundred-and-nineteenth and two-hundred-and-twentieth: a street carnival and a float parade. */
    public static final String ROUND_TWO_HUNDRED_EIGHTEEN = "safety-corpus-round218";
    /** A two-hundred-and-nineteenth, alongside the two-hundred-and-eighteenth: a cinema trip and a children's film premiere. */
    public static final String ROUND_TWO_HUNDRED_NINETEEN = "safety-corpus-round219";
    /** A two-hundred-and-twentieth, alongside the two-hundred-and-eighteenth: an indoor climbing wall. */
    public static final String ROUND_TWO_HUNDRED_TWENTY = "safety-corpus-round220";
    /** A two-hundred-and-twenty-first, after the two-hundred-and-eighteenth to two-hundred-and-twentieth rounds, alongside the two-hundred-and-twenty-second and two-hundred-and-twenty-third: a leisure centre swimming lesson and a flume session. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_ONE = "safety-corpus-round221";
    /** A two-hundred-and-twenty-second, alongside the two-hundred-and-twenty-first: a county agricultural show. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_TWO = "safety-corpus-round222";
    /** A two-hundred-and-twenty-third, alongside the two-hundred-and-twenty-first: a family day at a theme park. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_THREE = "safety-corpus-round223";
    /** A two-hundred-and-twenty-fourth, after the two-hundred-and-twenty-first to two-hundred-and-twenty-third rounds, alongside the two-hundred-and-twenty-fifth and two-hundred-and-twenty-sixth: a forest school day. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_FOUR = "safety-corpus-round224";
    /** A two-hundred-and-twenty-fifth, alongside the two-hundred-and-twenty-fourth: a go-kart track and a motor racing day. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_FIVE = "safety-corpus-round225";
    /** A two-hundred-and-twenty-sixth, alongside the two-hundred-and-twenty-fourth: a football stadium match day. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_SIX = "safety-corpus-round226";
    /** A two-hundred-and-twenty-seventh, after the two-hundred-and-twenty-fourth to two-hundred-and-twenty-sixth rounds, alongside the two-hundred-and-twenty-eighth and two-hundred-and-twenty-ninth: a sailing club regatta. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_SEVEN = "safety-corpus-round227";
    /** A two-hundred-and-twenty-eighth, alongside the two-hundred-and-twenty-seventh: a gymnastics club and its first competition. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_EIGHT = "safety-corpus-round228";
    /** A two-hundred-and-twenty-ninth, alongside the two-hundred-and-twenty-seventh: a dentist check-up and a first filling. */
    public static final String ROUND_TWO_HUNDRED_TWENTY_NINE = "safety-corpus-round229";
    /** A two-hundred-and-thirtieth, after the two-hundred-and-twenty-seventh to two-hundred-and-twenty-ninth rounds, alongside the two-hundred-and-thirty-first and two-hundred-and-thirty-second: a karate dojo and a belt grading. */
    public static final String ROUND_TWO_HUNDRED_THIRTY = "safety-corpus-round230";
    /** A two-hundred-and-thirty-first, alongside the two-hundred-and-thirtieth: a day out at a stately home. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_ONE = "safety-corpus-round231";
    /** A two-hundred-and-thirty-second, alongside the two-hundred-and-thirtieth: a street dance class and a dance battle. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_TWO = "safety-corpus-round232";
    /** A two-hundred-and-thirty-third, after the two-hundred-and-thirtieth to two-hundred-and-thirty-second rounds, alongside the two-hundred-and-thirty-fourth and two-hundred-and-thirty-fifth: a soft play centre birthday party. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_THREE = "safety-corpus-round233";
    /** A two-hundred-and-thirty-fourth, alongside the two-hundred-and-thirty-third: a model village and a miniature steam railway. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_FOUR = "safety-corpus-round234";
    /** A two-hundred-and-thirty-fifth, alongside the two-hundred-and-thirty-third: a vet's surgery and a poorly pet. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_FIVE = "safety-corpus-round235";
    /** A two-hundred-and-thirty-sixth, after the two-hundred-and-thirty-third to two-hundred-and-thirty-fifth rounds, alongside the two-hundred-and-thirty-seventh and two-hundred-and-thirty-eighth: a garden centre with a pet shop. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_SIX = "safety-corpus-round236";
    /** A two-hundred-and-thirty-seventh, alongside the two-hundred-and-thirty-sixth: a big family barbecue with cousins. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_SEVEN = "safety-corpus-round237";
    /** A two-hundred-and-thirty-eighth, alongside the two-hundred-and-thirty-sixth: a pamper party birthday. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_EIGHT = "safety-corpus-round238";
    /** A two-hundred-and-thirty-ninth, after the two-hundred-and-thirty-sixth to two-hundred-and-thirty-eighth rounds, alongside the two-hundred-and-fortieth and two-hundred-and-forty-first: a family trip to a Christmas pantomime. */
    public static final String ROUND_TWO_HUNDRED_THIRTY_NINE = "safety-corpus-round239";
    /** A two-hundred-and-fortieth, alongside the two-hundred-and-thirty-ninth: a caving and potholing day. */
    public static final String ROUND_TWO_HUNDRED_FORTY = "safety-corpus-round240";
    /** A two-hundred-and-forty-first, alongside the two-hundred-and-thirty-ninth: a junior tennis club and its summer tournament. */
    public static final String ROUND_TWO_HUNDRED_FORTY_ONE = "safety-corpus-round241";
    /** A two-hundred-and-forty-second, after the two-hundred-and-thirty-ninth to two-hundred-and-forty-first rounds, alongside the two-hundred-and-forty-third and two-hundred-and-forty-fourth: a youth orchestra and a first big concert. */
    public static final String ROUND_TWO_HUNDRED_FORTY_TWO = "safety-corpus-round242";
    /** A two-hundred-and-forty-third, alongside the two-hundred-and-forty-second: a family geocaching walk. */
    public static final String ROUND_TWO_HUNDRED_FORTY_THREE = "safety-corpus-round243";
    /** A two-hundred-and-forty-fourth, alongside the two-hundred-and-forty-second: learning to ice skate at an ice rink. */
    public static final String ROUND_TWO_HUNDRED_FORTY_FOUR = "safety-corpus-round244";
    /** A two-hundred-and-forty-fifth, after the two-hundred-and-forty-second to two-hundred-and-forty-fourth rounds, alongside the two-hundred-and-forty-sixth and two-hundred-and-forty-seventh: a BMX pump track and a bike skills day. */
    public static final String ROUND_TWO_HUNDRED_FORTY_FIVE = "safety-corpus-round245";
    /** A two-hundred-and-forty-sixth, alongside the two-hundred-and-forty-fifth: a first eye test at the optician's. */
    public static final String ROUND_TWO_HUNDRED_FORTY_SIX = "safety-corpus-round246";
    /** A two-hundred-and-forty-seventh, alongside the two-hundred-and-forty-fifth: a ten-pin bowling birthday party. */
    public static final String ROUND_TWO_HUNDRED_FORTY_SEVEN = "safety-corpus-round247";
    /** A two-hundred-and-forty-eighth, after the two-hundred-and-forty-fifth to two-hundred-and-forty-seventh rounds, alongside the two-hundred-and-forty-ninth: a charity fun run and a sponsored walk. */
    public static final String ROUND_TWO_HUNDRED_FORTY_EIGHT = "safety-corpus-round248";
    /** A two-hundred-and-forty-ninth, alongside the two-hundred-and-forty-eighth: a tag rugby club and a festival match. */
    public static final String ROUND_TWO_HUNDRED_FORTY_NINE = "safety-corpus-round249";
    /** A two-hundred-and-fiftieth, after the two-hundred-and-forty-eighth to two-hundred-and-forty-ninth rounds: a first proper haircut at the hairdresser's. */
    public static final String ROUND_TWO_HUNDRED_FIFTY = "safety-corpus-round250";
    /** A two-hundred-and-fifty-first, after the two-hundred-and-fiftieth round, alongside the two-hundred-and-fifty-second and two-hundred-and-fifty-third: an orienteering day in a country park. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_ONE = "safety-corpus-round251";
    /** A two-hundred-and-fifty-second, alongside the two-hundred-and-fifty-first: a school science fair. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_TWO = "safety-corpus-round252";
    /** A two-hundred-and-fifty-third, alongside the two-hundred-and-fifty-first: a kite festival on a windy hill. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_THREE = "safety-corpus-round253";
    /** A two-hundred-and-fifty-fourth, after the two-hundred-and-fifty-first to two-hundred-and-fifty-third rounds, alongside the two-hundred-and-fifty-fifth and two-hundred-and-fifty-sixth: a judo club and a first grading. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_FOUR = "safety-corpus-round254";
    /** A two-hundred-and-fifty-fifth, alongside the two-hundred-and-fifty-fourth: a lantern parade on a winter evening. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_FIVE = "safety-corpus-round255";
    /** A two-hundred-and-fifty-sixth, alongside the two-hundred-and-fifty-fourth: a robotics club after school. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_SIX = "safety-corpus-round256";
    /** A two-hundred-and-fifty-ninth, after the two-hundred-and-fifty-fourth to two-hundred-and-fifty-sixth rounds: a visit to a planetarium. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_NINE = "safety-corpus-round259";
    /** A two-hundred-and-fifty-eighth, after the two-hundred-and-fifty-ninth round: a dog show at a village fête. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_EIGHT = "safety-corpus-round258";
    /** A two-hundred-and-fifty-seventh, after the two-hundred-and-fifty-ninth round: a fencing taster session. */
    public static final String ROUND_TWO_HUNDRED_FIFTY_SEVEN = "safety-corpus-round257";
    /** A two-hundred-and-sixtieth, after the two-hundred-and-fifty-ninth round: a hearing test at the audiology clinic. */
    public static final String ROUND_TWO_HUNDRED_SIXTY = "safety-corpus-round260";
    /** A two-hundred-and-sixty-first, after the two-hundred-and-sixtieth round, alongside the two-hundred-and-sixty-second, two-hundred-and-sixty-third and two-hundred-and-sixty-fourth: a family allotment in summer. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_ONE = "safety-corpus-round261";
    /** A two-hundred-and-sixty-second, alongside the two-hundred-and-sixty-first: an archery club taster. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_TWO = "safety-corpus-round262";
    /** A two-hundred-and-sixty-third, alongside the two-hundred-and-sixty-first: a boat trip to see seals. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_THREE = "safety-corpus-round263";
    /** A two-hundred-and-sixty-fourth, alongside the two-hundred-and-sixty-first: a pumpkin patch in autumn. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_FOUR = "safety-corpus-round264";
    /** A two-hundred-and-sixty-fifth, after the two-hundred-and-sixty-first to two-hundred-and-sixty-fourth rounds, alongside the two-hundred-and-sixty-eighth: a visit to the fire station. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_FIVE = "safety-corpus-round265";
    /** A two-hundred-and-sixty-eighth, alongside the two-hundred-and-sixty-fifth: a bird-watching morning at a nature reserve. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_EIGHT = "safety-corpus-round268";
    /** A two-hundred-and-sixty-seventh, after the two-hundred-and-sixty-first to two-hundred-and-sixty-fourth rounds: a family baking day for a bake sale. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_SEVEN = "safety-corpus-round267";
    /** A two-hundred-and-sixty-ninth, after the two-hundred-and-sixty-first to two-hundred-and-sixty-fourth rounds: a trip to the cinema for a birthday. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_NINE = "safety-corpus-round269";
    /** A two-hundred-and-seventy-first, after the two-hundred-and-sixty-first to two-hundred-and-sixty-fourth rounds: a first music exam. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_ONE = "safety-corpus-round271";
    /** A two-hundred-and-sixty-sixth, after the two-hundred-and-sixty-first to two-hundred-and-sixty-fourth rounds: a new baby brother or sister comes home. */
    public static final String ROUND_TWO_HUNDRED_SIXTY_SIX = "safety-corpus-round266";
    /** A two-hundred-and-seventieth, after the two-hundred-and-sixty-first to two-hundred-and-sixty-fourth rounds: a stay at grandparents' seaside bungalow. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY = "safety-corpus-round270";
    /** A two-hundred-and-seventy-fourth, after the two-hundred-and-sixty-sixth to two-hundred-and-seventy-first rounds: a litter pick and a trip to the recycling centre. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_FOUR = "safety-corpus-round274";
    /** A two-hundred-and-seventy-second, after the two-hundred-and-sixty-sixth to two-hundred-and-seventy-first rounds: a lambing weekend on a farm. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_TWO = "safety-corpus-round272";
    /** A two-hundred-and-seventy-third, after the two-hundred-and-sixty-sixth to two-hundred-and-seventy-first rounds: a school trip to a castle. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_THREE = "safety-corpus-round273";
    /** A two-hundred-and-seventy-fifth, after the two-hundred-and-seventy-second to two-hundred-and-seventy-fourth rounds, alongside the two-hundred-and-seventy-sixth and two-hundred-and-seventy-seventh: a trip to the post office to send a parcel abroad. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_FIVE = "safety-corpus-round275";
    /** A two-hundred-and-seventy-sixth, alongside the two-hundred-and-seventy-fifth: a family visit to a cathedral. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_SIX = "safety-corpus-round276";
    /** A two-hundred-and-seventy-seventh, alongside the two-hundred-and-seventy-fifth: a birthday party at a trampoline park. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_SEVEN = "safety-corpus-round277";
    /** A two-hundred-and-seventy-eighth, after the two-hundred-and-seventy-second to two-hundred-and-seventy-fourth rounds: a sleepover night at the town library. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_EIGHT = "safety-corpus-round278";
    /** A two-hundred-and-eighty-second, after the two-hundred-and-seventy-fifth to two-hundred-and-seventy-eighth rounds: a puppet theatre show and workshop. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_TWO = "safety-corpus-round282";
    /** A two-hundred-and-seventy-ninth, after the two-hundred-and-seventy-fifth to two-hundred-and-seventy-eighth rounds: a school swimming gala. */
    public static final String ROUND_TWO_HUNDRED_SEVENTY_NINE = "safety-corpus-round279";
    /** A two-hundred-and-eightieth, after the two-hundred-and-seventy-fifth to two-hundred-and-seventy-eighth rounds, alongside the two-hundred-and-eighty-third: a visit to great-grandma at her care home. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY = "safety-corpus-round280";
    /** A two-hundred-and-eighty-third, alongside the two-hundred-and-eightieth: celebrating Hanukkah with a friend's family. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_THREE = "safety-corpus-round283";
    /** A two-hundred-and-eighty-first, after the two-hundred-and-seventy-fifth to two-hundred-and-seventy-eighth rounds: a family train journey to the seaside. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_ONE = "safety-corpus-round281";
    /** A two-hundred-and-eighty-fifth, after the two-hundred-and-seventy-ninth to two-hundred-and-eighty-third rounds: a day at an indoor snow centre. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_FIVE = "safety-corpus-round285";
    /** A two-hundred-and-eighty-fourth, after the two-hundred-and-seventy-ninth to two-hundred-and-eighty-third rounds: a school nativity play. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_FOUR = "safety-corpus-round284";
    /** A two-hundred-and-eighty-seventh, after the two-hundred-and-eighty-fourth to two-hundred-and-eighty-fifth rounds: a first sleepover at a best friend's house. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_SEVEN = "safety-corpus-round287";
    /** A two-hundred-and-eighty-sixth, after the two-hundred-and-eighty-fourth to two-hundred-and-eighty-fifth rounds: a family day at a city aquarium. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_SIX = "safety-corpus-round286";
    /** A two-hundred-and-eighty-eighth, after the two-hundred-and-eighty-sixth to two-hundred-and-eighty-seventh rounds: a museum sleepover. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_EIGHT = "safety-corpus-round288";
    /** A two-hundred-and-eighty-ninth, after the two-hundred-and-eighty-sixth to two-hundred-and-eighty-seventh rounds, alongside the two-hundred-and-ninety-first: a Diwali celebration with a neighbour's family. */
    public static final String ROUND_TWO_HUNDRED_EIGHTY_NINE = "safety-corpus-round289";
    /** A two-hundred-and-ninety-first, alongside the two-hundred-and-eighty-ninth: a visit to a local radio station. */
    public static final String ROUND_TWO_HUNDRED_NINETY_ONE = "safety-corpus-round291";
    /** A two-hundred-and-ninetieth, after the two-hundred-and-eighty-sixth to two-hundred-and-eighty-seventh rounds: a school sports day. */
    public static final String ROUND_TWO_HUNDRED_NINETY = "safety-corpus-round290";
    /** A two-hundred-and-ninety-fifth, after the two-hundred-and-ninetieth round: a school charity car wash. */
    public static final String ROUND_TWO_HUNDRED_NINETY_FIVE = "safety-corpus-round295";
    /** A two-hundred-and-ninety-second, after the two-hundred-and-ninetieth round, alongside the two-hundred-and-ninety-fourth: Lunar New Year with a friend's family. */
    public static final String ROUND_TWO_HUNDRED_NINETY_TWO = "safety-corpus-round292";
    /** A two-hundred-and-ninety-fourth, alongside the two-hundred-and-ninety-second: a first proper haircut. */
    public static final String ROUND_TWO_HUNDRED_NINETY_FOUR = "safety-corpus-round294";
    /** A two-hundred-and-ninety-third, after the two-hundred-and-ninetieth round: being a flower girl or page boy at a family wedding. */
    public static final String ROUND_TWO_HUNDRED_NINETY_THREE = "safety-corpus-round293";
    /** A two-hundred-and-ninety-eighth, after the two-hundred-and-ninety-third round: a day helping at a vet's surgery. */
    public static final String ROUND_TWO_HUNDRED_NINETY_EIGHT = "safety-corpus-round298";
    /** A two-hundred-and-ninety-seventh, after the two-hundred-and-ninety-third round: a school cycling proficiency course. */
    public static final String ROUND_TWO_HUNDRED_NINETY_SEVEN = "safety-corpus-round297";
    /** A two-hundred-and-ninety-sixth, after the two-hundred-and-ninety-third round: a zoo keeper for a day. */
    public static final String ROUND_TWO_HUNDRED_NINETY_SIX = "safety-corpus-round296";
    /** A two-hundred-and-ninety-ninth, after the two-hundred-and-ninety-eighth round, alongside the three-hundredth and three-hundred-and-second: a caravan camping trip. */
    public static final String ROUND_TWO_HUNDRED_NINETY_NINE = "safety-corpus-round299";
    /** A three-hundredth, alongside the two-hundred-and-ninety-ninth: visiting a cousin in hospital. */
    public static final String ROUND_THREE_HUNDRED = "safety-corpus-round300";
    /** A three-hundred-and-second, alongside the two-hundred-and-ninety-ninth: a first eye test at the optician. */
    public static final String ROUND_THREE_HUNDRED_TWO = "safety-corpus-round302";
    /** A three-hundred-and-first, after the two-hundred-and-ninety-eighth round: a backstage tour of a theatre. */
    public static final String ROUND_THREE_HUNDRED_ONE = "safety-corpus-round301";
    /** A three-hundred-and-third, after the three-hundred-and-first round, alongside the three-hundred-and-fourth, three-hundred-and-fifth and three-hundred-and-sixth: a first pony riding lesson. */
    public static final String ROUND_THREE_HUNDRED_THREE = "safety-corpus-round303";
    /** A three-hundred-and-fourth, alongside the three-hundred-and-third: a circus skills workshop. */
    public static final String ROUND_THREE_HUNDRED_FOUR = "safety-corpus-round304";
    /** A three-hundred-and-fifth, alongside the three-hundred-and-third: moving house. */
    public static final String ROUND_THREE_HUNDRED_FIVE = "safety-corpus-round305";
    /** A three-hundred-and-sixth, alongside the three-hundred-and-third: a first flight from an airport. */
    public static final String ROUND_THREE_HUNDRED_SIX = "safety-corpus-round306";
    /** A three-hundred-and-eighth, after the three-hundred-and-sixth round: a lifeboat station open day. */
    public static final String ROUND_THREE_HUNDRED_EIGHT = "safety-corpus-round308";
    /** A three-hundred-and-seventh, after the three-hundred-and-sixth round: Eid with a friend's family. */
    public static final String ROUND_THREE_HUNDRED_SEVEN = "safety-corpus-round307";
    /** A three-hundred-and-seventeenth, after the three-hundred-and-seventh round: a day at an indoor water park. */
    public static final String ROUND_THREE_HUNDRED_SEVENTEEN = "safety-corpus-round317";
    /** A three-hundred-and-fifteenth, after the three-hundred-and-seventh round: a pizza-making class at a local restaurant. */
    public static final String ROUND_THREE_HUNDRED_FIFTEEN = "safety-corpus-round315";
    /** A three-hundred-and-fourteenth, after the three-hundred-and-seventh round: a family visit to a lighthouse by the sea. */
    public static final String ROUND_THREE_HUNDRED_FOURTEEN = "safety-corpus-round314";
    /** A three-hundred-and-sixteenth, written after rounds 314, 315 and 317 were tuned: singing in a school choir concert */
    public static final String ROUND_THREE_HUNDRED_SIXTEEN = "safety-corpus-round316";
    /** A three-hundred-and-eighteenth, written after rounds 314, 315 and 317 were tuned: a guided tour of a show cave with a family */
    public static final String ROUND_THREE_HUNDRED_EIGHTEEN = "safety-corpus-round318";
    /** A three-hundred-and-nineteenth, written after rounds 314, 315 and 317 were tuned: a first afternoon at the skate park with a scooter */
    public static final String ROUND_THREE_HUNDRED_NINETEEN = "safety-corpus-round319";
    /** A three-hundred-and-twentieth, written after rounds 314, 315 and 317 were tuned: an open day at the local fire station */
    public static final String ROUND_THREE_HUNDRED_TWENTY = "safety-corpus-round320";
    /** A three-hundred-and-twenty-third, written while rounds 316, 318, 319 and 320 were tuned: a visit to a public aquarium */
    public static final String ROUND_THREE_HUNDRED_TWENTY_THREE = "safety-corpus-round323";
    /** A three-hundred-and-twenty-fourth, written while rounds 316, 318, 319 and 320 were tuned: a sleepover night at the town library */
    public static final String ROUND_THREE_HUNDRED_TWENTY_FOUR = "safety-corpus-round324";
    /** A three-hundred-and-twenty-first, written while rounds 316, 318, 319 and 320 were tuned: a family day out at a hedge maze */
    public static final String ROUND_THREE_HUNDRED_TWENTY_ONE = "safety-corpus-round321";
    /** A three-hundred-and-twenty-second, written while rounds 316, 318, 319 and 320 were tuned: a school trip to an old working windmill */
    public static final String ROUND_THREE_HUNDRED_TWENTY_TWO = "safety-corpus-round322";
    /** A three-hundred-and-twenty-fifth, written after rounds 321-324 were tuned: an open day at the local police station */
    public static final String ROUND_THREE_HUNDRED_TWENTY_FIVE = "safety-corpus-round325";
    /** A three-hundred-and-twenty-sixth, written after rounds 321-324 were tuned: a class day on a working farm */
    public static final String ROUND_THREE_HUNDRED_TWENTY_SIX = "safety-corpus-round326";
    /** A three-hundred-and-twenty-seventh, after rounds 325 and 326 were tuned: a family trip to a garden centre */
    public static final String ROUND_THREE_HUNDRED_TWENTY_SEVEN = "safety-corpus-round327";
    /** A three-hundred-and-twenty-eighth, alongside the three-hundred-and-twenty-seventh: a school swimming gala */
    public static final String ROUND_THREE_HUNDRED_TWENTY_EIGHT = "safety-corpus-round328";
    /** A three-hundred-and-twenty-ninth, after rounds 327 and 328 were tuned: the school play */
    public static final String ROUND_THREE_HUNDRED_TWENTY_NINE = "safety-corpus-round329";
    /** A three-hundred-and-thirtieth, alongside the three-hundred-and-twenty-ninth: a birthday party at a bowling alley */
    public static final String ROUND_THREE_HUNDRED_THIRTY = "safety-corpus-round330";
    /** A three-hundred-and-thirty-first, after rounds 329 and 330 were tuned: a first visit to an ice rink */
    public static final String ROUND_THREE_HUNDRED_THIRTY_ONE = "safety-corpus-round331";
    /** A three-hundred-and-thirty-second, alongside the three-hundred-and-thirty-first: choosing a new pet at a pet shop */
    public static final String ROUND_THREE_HUNDRED_THIRTY_TWO = "safety-corpus-round332";
    /** A three-hundred-and-thirty-third, after rounds 331 and 332 were tuned: a day at a trampoline park. */
    public static final String ROUND_THREE_HUNDRED_THIRTY_THREE = "safety-corpus-round333";
    /** A three-hundred-and-thirty-fourth, alongside the three-hundred-and-thirty-third: a class bus trip to a city museum. */
    public static final String ROUND_THREE_HUNDRED_THIRTY_FOUR = "safety-corpus-round334";
    /** A three-hundred-and-thirty-fifth, after rounds 333 and 334 were recorded, before they were tuned: a visit to an indoor soft play centre. */
    public static final String ROUND_THREE_HUNDRED_THIRTY_FIVE = "safety-corpus-round335";
    /** A three-hundred-and-thirty-sixth, alongside the three-hundred-and-thirty-fifth: a morning at the dentist's. */
    public static final String ROUND_THREE_HUNDRED_THIRTY_SIX = "safety-corpus-round336";
    /** A three-hundred-and-thirty-seventh, after rounds 333 and 334 were tuned: a family weekend at a campsite. */
    public static final String ROUND_THREE_HUNDRED_THIRTY_SEVEN = "safety-corpus-round337";
    /** A three-hundred-and-thirty-eighth, alongside the three-hundred-and-thirty-seventh: a trip to the cinema. */
    public static final String ROUND_THREE_HUNDRED_THIRTY_EIGHT = "safety-corpus-round338";
    /** A three-hundred-and-thirty-ninth, written while rounds 335 and 336 were tuned: a Saturday morning at a farmers' market. */
    public static final String ROUND_THREE_HUNDRED_THIRTY_NINE = "safety-corpus-round339";
    /** A three-hundred-and-fortieth, alongside the three-hundred-and-thirty-ninth: a zoo keeper for a day. */
    public static final String ROUND_THREE_HUNDRED_FORTY = "safety-corpus-round340";
    /** A three-hundred-and-forty-first, written while rounds 337 and 338 were tuned: a visit to the hairdresser's. */
    public static final String ROUND_THREE_HUNDRED_FORTY_ONE = "safety-corpus-round341";
    /** A three-hundred-and-forty-second, alongside the three-hundred-and-forty-first: a long train journey to visit cousins. */
    public static final String ROUND_THREE_HUNDRED_FORTY_TWO = "safety-corpus-round342";
    /** A three-hundred-and-forty-fourth, written while rounds 339 and 340 were tuned: a first lesson at an indoor ski and snow slope. */
    public static final String ROUND_THREE_HUNDRED_FORTY_FOUR = "safety-corpus-round344";
    /** A three-hundred-and-forty-third, written while rounds 339 and 340 were tuned, alongside the three-hundred-and-forty-fourth: a Sunday car boot sale with a grandparent. */
    public static final String ROUND_THREE_HUNDRED_FORTY_THREE = "safety-corpus-round343";
    /** A three-hundred-and-forty-fifth, written after rounds 341 and 342 were tuned: a week at a holiday caravan park. */
    public static final String ROUND_THREE_HUNDRED_FORTY_FIVE = "safety-corpus-round345";
    /** A three-hundred-and-forty-sixth, alongside the three-hundred-and-forty-fifth: a morning helping at a community allotment garden. */
    public static final String ROUND_THREE_HUNDRED_FORTY_SIX = "safety-corpus-round346";
    /** A three-hundred-and-forty-seventh, written blind while round 346 was tuned, alongside the three-hundred-and-forty-eighth: a sleepover at the town library. */
    public static final String ROUND_THREE_HUNDRED_FORTY_SEVEN = "safety-corpus-round347";
    /** A three-hundred-and-forty-eighth, written blind while round 346 was tuned, alongside the three-hundred-and-forty-seventh: a child helping or visiting at a local bakery. */
    public static final String ROUND_THREE_HUNDRED_FORTY_EIGHT = "safety-corpus-round348";
    /** A three-hundred-and-forty-ninth, written blind while round 346 was tuned, alongside the three-hundred-and-fiftieth: a sailing lesson in a small dinghy. */
    public static final String ROUND_THREE_HUNDRED_FORTY_NINE = "safety-corpus-round349";
    /** A three-hundred-and-fiftieth, written blind while round 346 was tuned, alongside the three-hundred-and-forty-ninth: a fire station open day. */
    public static final String ROUND_THREE_HUNDRED_FIFTY = "safety-corpus-round350";
    /** A three-hundred-and-fifty-first, written blind after rounds 346-350 were tuned, alongside the three-hundred-and-fifty-second: a village fete on the green. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_ONE = "safety-corpus-round351";
    /** A three-hundred-and-fifty-second, written blind after rounds 346-350 were tuned, alongside the three-hundred-and-fifty-first: a day at a science museum. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_TWO = "safety-corpus-round352";
    /** A three-hundred-and-fifty-third, written blind after rounds 351 and 352 were tuned, alongside the three-hundred-and-fifty-fourth: a family holiday on a narrowboat on a canal. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_THREE = "safety-corpus-round353";
    /** A three-hundred-and-fifty-fourth, written blind after rounds 351 and 352 were tuned, alongside the three-hundred-and-fifty-third: a school harvest festival. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_FOUR = "safety-corpus-round354";
    /** A three-hundred-and-fifty-fifth, written blind after rounds 351 and 352 were tuned, alongside the three-hundred-and-fifty-sixth: a Saturday bike repair workshop at a community centre. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_FIVE = "safety-corpus-round355";
    /** A three-hundred-and-fifty-sixth, written blind after rounds 351 and 352 were tuned, alongside the three-hundred-and-fifty-fifth: a pond-dipping morning at a nature centre. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_SIX = "safety-corpus-round356";
    /** A three-hundred-and-fifty-seventh, written blind after rounds 353 and 354 were tuned, alongside the three-hundred-and-fifty-eighth: rock pooling on a rocky beach at low tide. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_SEVEN = "safety-corpus-round357";
    /** A three-hundred-and-fifty-eighth, written blind after rounds 353 and 354 were tuned, alongside the three-hundred-and-fifty-seventh: a street party on a summer Saturday. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_EIGHT = "safety-corpus-round358";
    /** A three-hundred-and-fifty-ninth, written blind after rounds 355 and 356 were tuned, alongside the three-hundred-and-sixtieth: a kayaking taster session on a calm lake. */
    public static final String ROUND_THREE_HUNDRED_FIFTY_NINE = "safety-corpus-round359";
    /** A three-hundred-and-sixtieth, written blind after rounds 355 and 356 were tuned, alongside the three-hundred-and-fifty-ninth: a children's football tournament on a Sunday morning. */
    public static final String ROUND_THREE_HUNDRED_SIXTY = "safety-corpus-round360";
    /** A three-hundred-and-sixty-first, written blind after rounds 357 and 358 were tuned, alongside the three-hundred-and-sixty-second: a sponsored charity fun run in the park. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_ONE = "safety-corpus-round361";
    /** A three-hundred-and-sixty-second, written blind after rounds 357 and 358 were tuned, alongside the three-hundred-and-sixty-first: a visit to a wildlife park. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_TWO = "safety-corpus-round362";
    /** A three-hundred-and-sixty-third, written blind after rounds 359 and 360 were tuned, alongside the three-hundred-and-sixty-fourth: a morning at a climbing wall centre. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_THREE = "safety-corpus-round363";
    /** A three-hundred-and-sixty-fourth, written blind after rounds 359 and 360 were tuned, alongside the three-hundred-and-sixty-third: a children's cookery class in a community kitchen. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_FOUR = "safety-corpus-round364";
    /** A three-hundred-and-sixty-fifth, written blind after rounds 361 and 362 were tuned, alongside the three-hundred-and-sixty-sixth: a visit to a toy shop. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_FIVE = "safety-corpus-round365";
    /** A three-hundred-and-sixty-sixth, written blind after rounds 361 and 362 were tuned, alongside the three-hundred-and-sixty-fifth: a day at a seaside beach hut. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_SIX = "safety-corpus-round366";
    /** A three-hundred-and-sixty-seventh, written blind after rounds 361 and 362 were tuned, alongside the three-hundred-and-sixty-eighth: a summer garden party at a neighbour's house. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_SEVEN = "safety-corpus-round367";
    /** A three-hundred-and-sixty-eighth, written blind after rounds 361 and 362 were tuned, alongside the three-hundred-and-sixty-seventh: a Saturday at the local sports centre. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_EIGHT = "safety-corpus-round368";
    /** A three-hundred-and-sixty-ninth, written blind after rounds 365 and 366 were tuned, alongside the three-hundred-and-seventieth: a dance school's end-of-year show. */
    public static final String ROUND_THREE_HUNDRED_SIXTY_NINE = "safety-corpus-round369";
    /** A three-hundred-and-seventieth, written blind after rounds 365 and 366 were tuned, alongside the three-hundred-and-sixty-ninth: a farm shop with a café and a pick-your-own field. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY = "safety-corpus-round370";
    /** A three-hundred-and-seventy-first, written blind after rounds 367 and 368 were tuned, alongside the three-hundred-and-seventy-second: the ice cream van coming down the street. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_ONE = "safety-corpus-round371";
    /** A three-hundred-and-seventy-second, written blind after rounds 367 and 368 were tuned, alongside the three-hundred-and-seventy-first: a visit to a recording studio. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_TWO = "safety-corpus-round372";
    /** A three-hundred-and-seventy-third, written blind after rounds 369 and 370 were tuned, alongside the three-hundred-and-seventy-fourth: a rainy half-term day at an indoor soft play centre. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_THREE = "safety-corpus-round373";
    /** A three-hundred-and-seventy-fourth, written blind after rounds 369 and 370 were tuned, alongside the three-hundred-and-seventy-third: a Sunday car boot sale in a field. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_FOUR = "safety-corpus-round374";
    /** A three-hundred-and-seventy-fifth, written blind after rounds 373 and 374 were tuned, alongside the three-hundred-and-seventy-sixth: a wash day at the local laundrette. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_FIVE = "safety-corpus-round375";
    /** A three-hundred-and-seventy-sixth, written blind after rounds 373 and 374 were tuned, alongside the three-hundred-and-seventy-fifth: a summer afternoon at a park's boating lake. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_SIX = "safety-corpus-round376";
    /** A three-hundred-and-seventy-seventh, written blind after rounds 373 and 374 were tuned, alongside the three-hundred-and-seventy-eighth: a Saturday at a model railway exhibition in a school hall. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_SEVEN = "safety-corpus-round377";
    /** A three-hundred-and-seventy-eighth, written blind after rounds 373 and 374 were tuned, alongside the three-hundred-and-seventy-seventh: a day at a fishing harbour with its boats, nets and fish auction. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_EIGHT = "safety-corpus-round378";
    /** A three-hundred-and-seventy-ninth, written blind after rounds 375 and 376 were tuned, alongside the three-hundred-and-eightieth: an afternoon at a roller skating rink. */
    public static final String ROUND_THREE_HUNDRED_SEVENTY_NINE = "safety-corpus-round379";
    /** A three-hundred-and-eightieth, written blind after rounds 375 and 376 were tuned, alongside the three-hundred-and-seventy-ninth: a visit to the glasshouses of a botanical garden. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY = "safety-corpus-round380";
    /** A three-hundred-and-eighty-first, written blind after rounds 377 and 378 were tuned, alongside the three-hundred-and-eighty-second: a cable car ride up a mountain. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_ONE = "safety-corpus-round381";
    /** A three-hundred-and-eighty-second, written blind after rounds 377 and 378 were tuned, alongside the three-hundred-and-eighty-first: a family visit to a petting zoo. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_TWO = "safety-corpus-round382";
    /** A three-hundred-and-eighty-third, written blind after rounds 379 and 380 were tuned, alongside the three-hundred-and-eighty-fourth: a village craft fair. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_THREE = "safety-corpus-round383";
    /** A three-hundred-and-eighty-fourth, written blind after rounds 379 and 380 were tuned, alongside the three-hundred-and-eighty-third: a night at a star-gazing observatory. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_FOUR = "safety-corpus-round384";
    /** A three-hundred-and-eighty-fifth, written blind after rounds 381 and 382 were tuned, alongside the three-hundred-and-eighty-sixth: a Sunday brass band concert at the park bandstand. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_FIVE = "safety-corpus-round385";
    /** A three-hundred-and-eighty-sixth, written blind after rounds 381 and 382 were tuned, alongside the three-hundred-and-eighty-fifth: a youth club evening. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_SIX = "safety-corpus-round386";
    /** A three-hundred-and-eighty-seventh, written blind after rounds 385 and 386 were tuned, alongside the three-hundred-and-eighty-eighth: a busy train station. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_SEVEN = "safety-corpus-round387";
    /** A three-hundred-and-eighty-eighth, written blind after rounds 385 and 386 were tuned, alongside the three-hundred-and-eighty-seventh: a public swimming pool. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_EIGHT = "safety-corpus-round388";
    /** A three-hundred-and-eighty-ninth, written blind after rounds 387 and 388 were tuned, alongside the three-hundred-and-ninetieth: an old seaside pier. */
    public static final String ROUND_THREE_HUNDRED_EIGHTY_NINE = "safety-corpus-round389";
    /** A three-hundred-and-ninetieth, written blind after rounds 387 and 388 were tuned, alongside the three-hundred-and-eighty-ninth: a visit to an art gallery. */
    public static final String ROUND_THREE_HUNDRED_NINETY = "safety-corpus-round390";
    /** A three-hundred-and-ninety-first, written blind after rounds 389 and 390 were tuned, alongside the three-hundred-and-ninety-second: a Saturday cricket match on the village green. */
    public static final String ROUND_THREE_HUNDRED_NINETY_ONE = "safety-corpus-round391";
    /** A three-hundred-and-ninety-second, written blind after rounds 389 and 390 were tuned, alongside the three-hundred-and-ninety-first: weekly music lessons. */
    public static final String ROUND_THREE_HUNDRED_NINETY_TWO = "safety-corpus-round392";
    /** A three-hundred-and-ninety-third, written blind after rounds 391 and 392 were tuned, alongside the three-hundred-and-ninety-fourth: a wetland nature reserve with bird hides. */
    public static final String ROUND_THREE_HUNDRED_NINETY_THREE = "safety-corpus-round393";
    /** A three-hundred-and-ninety-fourth, written blind after rounds 391 and 392 were tuned, alongside the three-hundred-and-ninety-third: an old-fashioned sweet shop on the high street. */
    public static final String ROUND_THREE_HUNDRED_NINETY_FOUR = "safety-corpus-round394";
    /** A three-hundred-and-ninety-fifth, written blind after rounds 393 and 394 were tuned, alongside the three-hundred-and-ninety-sixth: a treehouse in the back garden. */
    public static final String ROUND_THREE_HUNDRED_NINETY_FIVE = "safety-corpus-round395";
    /** A three-hundred-and-ninety-sixth, written blind after rounds 393 and 394 were tuned, alongside the three-hundred-and-ninety-fifth: a day at a marina. */
    public static final String ROUND_THREE_HUNDRED_NINETY_SIX = "safety-corpus-round396";
    /** A three-hundred-and-ninety-seventh, written blind after rounds 395 and 396 were tuned, alongside the three-hundred-and-ninety-eighth: a trip to the barber's or the hairdresser's for a haircut. */
    public static final String ROUND_THREE_HUNDRED_NINETY_SEVEN = "safety-corpus-round397";
    /** A three-hundred-and-ninety-eighth, written blind after rounds 395 and 396 were tuned, alongside the three-hundred-and-ninety-seventh: a family bike ride along a country cycle trail. */
    public static final String ROUND_THREE_HUNDRED_NINETY_EIGHT = "safety-corpus-round398";
    /** A three-hundred-and-ninety-ninth, written blind after rounds 395 and 396 were tuned (while rounds 397 and 398 were being tuned), alongside the four-hundredth: an afternoon in a grandparent's greenhouse and vegetable patch. */
    public static final String ROUND_THREE_HUNDRED_NINETY_NINE = "safety-corpus-round399";
    /** A four-hundredth, written blind after rounds 395 and 396 were tuned (while rounds 397 and 398 were being tuned), alongside the three-hundred-and-ninety-ninth: a long ride across town on a double-decker bus. */
    public static final String ROUND_FOUR_HUNDRED = "safety-corpus-round400";
    /** A four-hundred-and-first, written blind after rounds 397 and 398 were tuned (while rounds 399 and 400 were being tuned), alongside the four-hundred-and-second: a snow day sledging on the hill in the park. */
    public static final String ROUND_FOUR_HUNDRED_ONE = "safety-corpus-round401";
    /** A four-hundred-and-second, written blind after rounds 397 and 398 were tuned (while rounds 399 and 400 were being tuned), alongside the four-hundred-and-first: a school disco in the hall. */
    public static final String ROUND_FOUR_HUNDRED_TWO = "safety-corpus-round402";
    /** A four-hundred-and-third, written blind after rounds 399 and 400 were tuned (while rounds 401 and 402 were being tuned), alongside the four-hundred-and-fourth: a hot day with a paddling pool in the back garden. */
    public static final String ROUND_FOUR_HUNDRED_THREE = "safety-corpus-round403";
    /** A four-hundred-and-fourth, written blind after rounds 399 and 400 were tuned (while rounds 401 and 402 were being tuned), alongside the four-hundred-and-third: a long train ride to visit cousins. */
    public static final String ROUND_FOUR_HUNDRED_FOUR = "safety-corpus-round404";
    /** A four-hundred-and-fifth, written blind after rounds 401 and 402 were tuned (while rounds 403 and 404 were being tuned), alongside the four-hundred-and-sixth: visiting a hospital maternity ward to meet a new baby. */
    public static final String ROUND_FOUR_HUNDRED_FIVE = "safety-corpus-round405";
    /** A four-hundred-and-sixth, written blind after rounds 401 and 402 were tuned (while rounds 403 and 404 were being tuned), alongside the four-hundred-and-fifth: a family weekend in a big city hotel. */
    public static final String ROUND_FOUR_HUNDRED_SIX = "safety-corpus-round406";
    /** A four-hundred-and-seventh, written blind after rounds 403 and 404 were tuned (while rounds 405 and 406 were being tuned), alongside the four-hundred-and-eighth: a Brownies or Cubs evening in the scout hut. */
    public static final String ROUND_FOUR_HUNDRED_SEVEN = "safety-corpus-round407";
    /** A four-hundred-and-eighth, written blind after rounds 403 and 404 were tuned (while rounds 405 and 406 were being tuned), alongside the four-hundred-and-seventh: an afternoon at an outdoor tennis club. */
    public static final String ROUND_FOUR_HUNDRED_EIGHT = "safety-corpus-round408";
    /** A four-hundred-and-ninth, written blind after rounds 407 and 408 were tuned, alongside the four-hundred-and-tenth: a Saturday judo or karate class at the leisure centre. */
    public static final String ROUND_FOUR_HUNDRED_NINE = "safety-corpus-round409";
    /** A four-hundred-and-tenth, written blind after rounds 407 and 408 were tuned, alongside the four-hundred-and-ninth: an autumn morning at a pick-your-own orchard. */
    public static final String ROUND_FOUR_HUNDRED_TEN = "safety-corpus-round410";

    /** @return every entry of the development corpus */
    public static List<CorpusEntry> load() {
        return load(DEVELOPMENT, true);
    }

    /**
     * @param folder   the corpus folder on the class path
     * @param complete whether every category file must be there
     * @return every entry of that corpus
     */
    public static List<CorpusEntry> load(String folder, boolean complete) {
        List<CorpusEntry> entries = new ArrayList<>();
        for (String file : FILES) {
            String name = "/" + folder + "/" + file + ".json";
            try (InputStream in = SafetyCorpus.class.getResourceAsStream(name)) {
                if (in == null) {
                    if (!complete) {
                        continue;
                    }
                    throw new IllegalStateException("The corpus file " + name + " is missing");
                }
                for (JsonValue node : (JsonArray) JsonTrees.read(in)) {
                    entries.add(CorpusEntry.from((JsonObject) node));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The corpus file " + name + " is unreadable", e);
            }
        }
        return entries;
    }

    /**
     * @param entries the corpus
     * @return what StoryWeave did with each entry, through {@link StoryWeave#createStory}
     */
    public static List<CorpusResult> run(List<CorpusEntry> entries) {
        CorpusModelProvider model = new CorpusModelProvider();
        List<CorpusResult> results = new ArrayList<>();
        try (StoryWeave sw = StoryWeave.builder().provider(model).store("memory").review(ReviewOptions.off())
                .cache(CacheOptions.builder().enabled(false).build()).build()) {
            for (CorpusEntry entry : entries) {
                model.answerWith(entry.answerJson());
                boolean accepted;
                List<String> reasons = new ArrayList<>();
                List<String> details = new ArrayList<>();
                try {
                    sw.createStory(entry.request());
                    accepted = true;
                } catch (StoryRejectedException e) {
                    accepted = false;
                    for (String reason : e.reasons()) {
                        reasons.add(reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason);
                        details.add(reason);
                    }
                }
                results.add(new CorpusResult(entry, accepted, reasons.stream().distinct().toList(), details,
                        leaked(entry, model.requests()), ReleaseZeroOneChecks.failures(entry)));
            }
        }
        return results;
    }

    private static boolean leaked(CorpusEntry entry, List<ModelRequest> requests) {
        for (String word : entry.promptMustNotContain()) {
            Pattern whole = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?!\\p{L})");
            for (ModelRequest request : requests) {
                if (whole.matcher(request.userPrompt().toLowerCase(Locale.ROOT)).find()
                        || whole.matcher(request.systemPrompt().toLowerCase(Locale.ROOT)).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
