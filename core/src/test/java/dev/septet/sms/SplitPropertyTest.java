/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Properties of analysis, counting, splitting and encoding against a model that decides on its own. For each
 * generated text and options, {@link Model#decide} enumerates every allowed (locking, single shift) pair and
 * UCS-2, fills parts greedily with escape pairs, surrogate pairs and (in UCS-2, and in GSM 7-bit with an Indic or
 * Urdu table) grapheme clusters kept whole, ranks the candidates by the documented rule, and the properties assert
 * that production's encoding, pair, part count, remaining units and every segment equal the model's.
 *
 * <p>The model reads the tables from the spec files on the test classpath ({@link SpecTables}), finds grapheme
 * clusters with {@code java.util.regex}'s {@code \X} plus the Indic conjunct rule GB9c, and prices parts with the
 * capacity formula of 3GPP TS 23.040 clause 9.2.3.24. It takes from production only the replacements the options
 * asked for (smart encoding, lone surrogates, a forced encoding's replacement character), which
 * {@link #partsConcatenateToTheInputWithItsReplacements} checks against the input.
 */
class SplitPropertyTest {
    private static final long SEED = 0x5E97E7L;
    private static final int EXAMPLES = 2000;

    private static final String[] POOLS = {
        "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,!?@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\r"
                + "\u00D8\u00F8\u00C5\u00E5\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u00C6\u00E6"
                + "\u00DF\u00C9\"#\u00A4%&'()*+-/:;<=>\u00A1\u00C4\u00D6\u00D1\u00DC\u00A7\u00BF\u00E4\u00F6\u00F1"
                + "\u00FC\u00E0", // default alphabet
        "^{}\\[~]|\u20AC\f", // default extension table
        "\u00E7\u00EA\u00F4\u00C1\u00E1\u00C2\u00E2\u00C3\u00E3\u00D5\u00F5\u00CD\u00ED\u00D3\u00F3\u00DA\u00FA"
                + "\u00CA\u00D4\u00AA\u00BA\u221E`", // Portuguese
        "\u011E\u011F\u0130\u0131\u015E\u015F", // Turkish
        "\u0915\u0916\u0937\u0924\u0930\u0905\u0906\u094D\u093F\u093E\u0947\u0902\u093C\u0964", // Hindi: conjuncts
        "\u0995\u09B7\u09AE\u09CD\u09BE\u09BF\u09C1\u0997\u09B0", // Bengali
        "\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD\u0B95\u0BA9\u0BB1", // Tamil
        "\u0633\u0644\u0627\u0645\u0650\u064F\u0651\u062F", // Urdu with combining marks
        "\u0436\u0416\u4E2D\u0142\u0301\u001B\u00A0\u2019\u2026\u200B\u00AD\u201C", // BMP, in no table
        "\uD83D\uDE00\uD83C\uDF89\uD834\uDD1E\uD83D\uDC4D\uD83C\uDFFD", // astral: emoji, skin tone
        "\uDFFF\uD800", // lone surrogates (low first so they never pair here), paired only by chance in the text
    };
    /** Whole clusters that the pools above would only form by chance. */
    private static final String[] CLUSTERS = {
        "\uD83D\uDC69\u200D\uD83D\uDCBB",
        "\uD83C\uDDF5\uD83C\uDDF9",
        "e\u0301",
        "\r\n",
        "\u0915\u094D\u0937",
        "\u0928\u092E\u0938\u094D\u0924\u0947",
        "\u0995\u09CD\u09B7\u09AE\u09BE",
        "\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD",
        "\u0AA8\u0AAE\u0AB8\u0ACD\u0AA4\u0AC7",
        "\u0D38\u0D4D\u0D28\u0D47\u0D39\u0D02",
    };

    private static final NationalLanguage[] LANGUAGES = NationalLanguage.values();
    private static final EncodingChoice[] CHOICES = EncodingChoice.values();

    /** One generated input: a text and the options to analyse it with. */
    record Case(String text, SmsOptions options) {
        @Override
        public String toString() {
            return options + " " + Model.escape(text);
        }
    }

    private static final Gen<Case> CASES = SplitPropertyTest::generate;

    private static int pick(RandomnessSource in, int bound) {
        return (int) in.next(Constraint.between(0, bound - 1));
    }

    /** Scripts whose national tables hold combining marks: POOLS[4 + k] is the pool of the k-th. */
    private static final NationalLanguage[] CLUSTER_SCRIPTS = {
        NationalLanguage.HINDI, NationalLanguage.BENGALI, NationalLanguage.TAMIL, NationalLanguage.URDU
    };
    /** Words of each of those scripts, with conjuncts and vowel signs. */
    private static final String[][] WORDS = {
        {"\u0928\u092E\u0938\u094D\u0924\u0947", "\u0915\u094D\u0937\u0924\u094D\u0930\u093F\u092F"},
        {"\u0995\u09CD\u09B7\u09AE\u09BE", "\u09AC\u09A8\u09CD\u09A7\u09C1"},
        {"\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD", "\u0BB5\u0BA3\u0B95\u0BCD\u0B95\u0BAE\u0BCD"},
        {"\u0645\u064F\u062D\u0645\u0651\u062F", "\u062F\u0650\u0644"},
    };

    private static Case generate(RandomnessSource in) {
        boolean defaults = pick(in, 3) == 0; // the default configuration, where countParts' fast paths run
        if (!defaults && pick(in, 4) == 0) {
            return indic(in);
        }
        StringBuilder alphabet = new StringBuilder(POOLS[0]);
        List<String> clusters = new ArrayList<>();
        for (int p = 1; p < POOLS.length; p++) {
            if (pick(in, defaults ? 6 : 3) == 0) {
                alphabet.append(POOLS[p]);
            }
        }
        if (pick(in, 3) == 0) {
            clusters.add(CLUSTERS[pick(in, CLUSTERS.length)]);
            clusters.add(CLUSTERS[pick(in, CLUSTERS.length)]);
        }
        int[] codePoints = alphabet.codePoints().toArray();
        int length = 1 + pick(in, 480);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            if (!clusters.isEmpty() && pick(in, 8) == 0) {
                text.append(clusters.get(pick(in, clusters.size())));
            } else {
                text.appendCodePoint(codePoints[pick(in, codePoints.length)]);
            }
        }
        if (defaults) {
            return new Case(text.toString(), SmsOptions.defaults());
        }
        Set<NationalLanguage> languages = EnumSet.noneOf(NationalLanguage.class);
        switch (pick(in, 4)) {
            case 0 -> {}
            case 1 -> languages.add(LANGUAGES[pick(in, LANGUAGES.length)]);
            case 2 -> {
                for (NationalLanguage language : LANGUAGES) {
                    if (pick(in, 4) == 0) {
                        languages.add(language);
                    }
                }
            }
            default -> languages.addAll(EnumSet.allOf(NationalLanguage.class));
        }
        EncodingChoice choice = pick(in, 2) == 0 ? EncodingChoice.AUTO : CHOICES[pick(in, CHOICES.length)];
        if (choice == EncodingChoice.GSM7_NATIONAL && languages.isEmpty() && pick(in, 8) != 0) {
            languages.add(NationalLanguage.PORTUGUESE); // mostly; otherwise the option error
        }
        boolean smart = pick(in, 4) == 0;
        SmsOptions options = SmsOptions.defaults()
                .withEncoding(choice)
                .withLanguages(languages)
                .withReference16(pick(in, 2) == 1)
                .withReplaceLoneSurrogates(pick(in, 4) != 0)
                .withMaxParts(pick(in, 2) == 0 ? SmsOptions.MAX_PARTS_LIMIT : 1 + pick(in, 4))
                .withSmartEncoding(smart)
                .withNormalizeNfc(pick(in, 4) == 0);
        if ((choice == EncodingChoice.GSM7 || choice == EncodingChoice.GSM7_NATIONAL) && (smart || pick(in, 4) != 0)) {
            options = options.withReplacement('?');
        }
        return new Case(text.toString(), options);
    }

    /** A multi-part text in one script whose table holds combining marks, with that language enabled. */
    private static Case indic(RandomnessSource in) {
        int script = pick(in, CLUSTER_SCRIPTS.length);
        int[] codePoints = (POOLS[4 + script] + "  ").codePoints().toArray();
        StringBuilder text = new StringBuilder();
        int length = 150 + pick(in, 330);
        while (text.length() < length) {
            if (pick(in, 6) == 0) {
                text.append(WORDS[script][pick(in, WORDS[script].length)]);
            } else {
                text.appendCodePoint(codePoints[pick(in, codePoints.length)]);
            }
        }
        return new Case(
                text.toString(),
                SmsOptions.defaults().withLanguages(CLUSTER_SCRIPTS[script]).withReference16(pick(in, 2) == 1));
    }

    private static void check(java.util.function.Consumer<Case> invariant) {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(CASES).checkAssert(invariant);
    }

    /** Production's answer: an analysis with its segments, or the exception. */
    private static Object produce(Case c) {
        try {
            Analysis a = Sms.analyze(c.text, c.options);
            return new Produced(a, Sms.split(c.text, c.options));
        } catch (SmsException e) {
            return e;
        }
    }

    record Produced(Analysis analysis, List<Segment> segments) {}

    @Test
    void analysisAndSplitEqualTheModelsDecision() {
        check(c -> {
            Model.Decision expected = Model.decide(c);
            Object actual = produce(c);
            if (expected.error() != null) {
                assertThat(actual).as("fails").isInstanceOf(SmsException.class);
                SmsException e = (SmsException) actual;
                assertThat(e.error()).isEqualTo(expected.error());
                if (e.error() == SmsError.TOO_MANY_PARTS) {
                    if (e.getMessage().contains("at least")) {
                        assertThat(e.partsNeeded())
                                .isGreaterThan(c.options.maxParts())
                                .isLessThanOrEqualTo(expected.parts());
                    } else {
                        assertThat(e.partsNeeded()).isEqualTo(expected.parts());
                    }
                }
                return;
            }
            assertThat(actual).as("succeeds").isInstanceOf(Produced.class);
            Analysis a = ((Produced) actual).analysis();
            assertThat(a.encoding()).isEqualTo(expected.encoding());
            assertThat(a.lockingShift()).isEqualTo(NationalLanguage.ofIdentifier(expected.locking()));
            assertThat(a.singleShift()).isEqualTo(NationalLanguage.ofIdentifier(expected.shift()));
            assertThat(a.parts()).isEqualTo(expected.parts());
            assertThat(a.unitsPerPart()).isEqualTo(expected.capacity());
            assertThat(a.remaining()).isEqualTo(expected.remaining());
            assertThat(a.units()).isEqualTo(expected.units());
            assertThat(((Produced) actual).segments()).isEqualTo(expected.segments());
        });
    }

    @Test
    void countPartsEqualsTheModelsPartCount() {
        check(c -> {
            Model.Decision expected = Model.decide(c);
            if (expected.error() == null) {
                assertThat(Sms.countParts(c.text, c.options)).isEqualTo(expected.parts());
            } else {
                assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                () -> Sms.countParts(c.text, c.options), SmsException.class))
                        .isNotNull()
                        .extracting(SmsException::error)
                        .isEqualTo(expected.error());
            }
        });
    }

    @Test
    void encodedPartsCarryTheModelsSegments() {
        check(c -> {
            Model.Decision expected = Model.decide(c);
            if (expected.error() == null) {
                List<Segment> encoded = new ArrayList<>();
                Sms.encode(c.text, c.options, 7).forEach(p -> encoded.add(new Segment(p.text(), p.units())));
                assertThat(encoded).isEqualTo(expected.segments());
            }
        });
    }

    @Test
    void partsConcatenateToTheInputWithItsReplacements() {
        check(c -> {
            if (produce(c) instanceof Produced p) {
                assertThat(String.join(
                                "", p.segments().stream().map(Segment::text).toList()))
                        .isEqualTo(Model.applyReplacements(
                                Model.normalized(c), p.analysis().replacements()));
            }
        });
    }

    @Test
    void ucs2TextCarriesNoLookAlikes() {
        check(c -> {
            if (produce(c) instanceof Produced p && p.analysis().encoding() == Encoding.UCS2) {
                assertThat(p.analysis().replacements())
                        .allSatisfy(r -> assertThat(r.replacement()).isEqualTo("\uFFFD"));
            }
        });
    }

    /** The independent model: it decides the encoding, the pair, the parts and every segment. */
    static final class Model {
        /** IN_LOCKING[nli][c]: the locking table nli holds char c, per the spec files; likewise IN_SHIFT. */
        private static final boolean[][] IN_LOCKING = new boolean[14][];

        private static final boolean[][] IN_SHIFT = new boolean[14][];
        private static final Pattern CLUSTER = Pattern.compile("\\X");

        static {
            for (SpecTables.Table table : SpecTables.tables(SpecTables.ALL_LANGUAGES)) {
                boolean[] in = new boolean[Character.MAX_VALUE + 1];
                for (SpecTables.Row row : table.rows()) {
                    if (row.codePoint() != SpecTables.ESC) {
                        in[row.codePoint()] = true;
                    }
                }
                (table.locking() ? IN_LOCKING : IN_SHIFT)[table.nli()] = in;
            }
        }

        private Model() {}

        /** What the model expects: a plan, or (with {@code error} set) a failure needing {@code parts}. */
        record Decision(
                SmsError error,
                Encoding encoding,
                int locking,
                int shift,
                int parts,
                int capacity,
                int remaining,
                int units,
                List<Segment> segments) {
            static Decision failure(SmsError error, int parts) {
                return new Decision(error, null, 0, 0, parts, 0, 0, 0, List.of());
            }
        }

        /** One candidate encoding: the pair (both 0 for UCS-2) and its greedy fill. */
        record Candidate(
                Encoding encoding,
                int locking,
                int shift,
                int ies,
                int parts,
                int capacity,
                int free,
                int units,
                List<Segment> segments) {}

        static String normalized(Case c) {
            return c.options.normalizeNfc() ? Normalizer.normalize(c.text, Normalizer.Form.NFC) : c.text;
        }

        /** Decisions by case: the properties share one seed, so each case is decided once. */
        private static final java.util.Map<Case, Decision> DECIDED = new java.util.concurrent.ConcurrentHashMap<>();

        static Decision decide(Case c) {
            Decision d = DECIDED.get(c);
            if (d == null) {
                d = decideNow(c);
                DECIDED.put(c, d);
            }
            return d;
        }

        private static Decision decideNow(Case c) {
            SmsOptions o = c.options;
            if (o.encoding() == EncodingChoice.GSM7_NATIONAL && o.languages().isEmpty()) {
                return Decision.failure(SmsError.INVALID_OPTION, 0);
            }
            String text = normalized(c);
            int lone = firstLoneSurrogate(text);
            if (lone >= 0 && !o.replaceLoneSurrogates()) {
                return Decision.failure(SmsError.LONE_SURROGATE, 0);
            }
            // the replacements the options asked for come from production, checked against the input elsewhere;
            // with the part limit lifted, so that a text over the limit still shows what would be sent
            Analysis lifted;
            try {
                lifted = Sms.analyze(c.text, o.withMaxParts(SmsOptions.MAX_PARTS_LIMIT));
            } catch (SmsException e) {
                if (e.error() == SmsError.UNENCODABLE) {
                    // a regex class of code points matches only unpaired surrogates
                    assertThat(best(text.replaceAll("[\\uD800-\\uDFFF]", "\uFFFD"), o))
                            .as("no pair encodes the text")
                            .isEmpty();
                    // before listing offenders, a text whose characters alone cannot fit is too long
                    int characters = text.codePointCount(0, text.length());
                    int perPart = capacity(Encoding.GSM7, 0, true, o.reference16());
                    int least = characters <= 160 ? 1 : (characters + perPart - 1) / perPart;
                    if (least > o.maxParts()) {
                        return Decision.failure(SmsError.TOO_MANY_PARTS, least);
                    }
                }
                assertThat(e.error()).as("generated texts fit 255 parts").isNotEqualTo(SmsError.TOO_MANY_PARTS);
                return Decision.failure(e.error(), 0);
            }
            String encoded = applyReplacements(text, lifted.replacements());
            if (encoded.isEmpty()) {
                return Decision.failure(SmsError.TEXT_MISSING, 0);
            }
            Optional<Candidate> best = best(encoded, o);
            assertThat(best).as("some candidate encodes %s", escape(encoded)).isPresent();
            Candidate b = best.get();
            if (b.parts > o.maxParts()) {
                return Decision.failure(SmsError.TOO_MANY_PARTS, b.parts);
            }
            return new Decision(null, b.encoding, b.locking, b.shift, b.parts, b.capacity, b.free, b.units, b.segments);
        }

        /** Enumerates every allowed candidate and returns the best by the documented rule. */
        static Optional<Candidate> best(String text, SmsOptions o) {
            List<Integer> tables = new ArrayList<>(List.of(0));
            o.languages().forEach(l -> tables.add(l.identifier()));
            List<Candidate> candidates = new ArrayList<>();
            int[] ends = new int[text.length()]; // cluster ends by start, found once per text
            if (o.encoding() != EncodingChoice.UCS2) {
                for (int l : tables) {
                    for (int s : tables) {
                        boolean national = o.encoding() == EncodingChoice.GSM7_NATIONAL;
                        if (IN_LOCKING[l] != null && !(national && l == 0 && s == 0) && fits(text, l, s)) {
                            candidates.add(fill(text, Encoding.GSM7, l, s, o.reference16(), ends));
                        }
                    }
                }
            }
            if (o.encoding() == EncodingChoice.UCS2 || o.encoding() == EncodingChoice.AUTO) {
                candidates.add(fill(text, Encoding.UCS2, 0, 0, o.reference16(), ends));
            }
            candidates.sort(java.util.Comparator.comparingInt(Candidate::parts)
                    .thenComparing(x -> x.encoding() == Encoding.UCS2)
                    .thenComparing(
                            java.util.Comparator.comparingInt(Candidate::free).reversed())
                    .thenComparingInt(Candidate::ies)
                    .thenComparingInt(x -> order(x.locking()))
                    .thenComparingInt(x -> order(x.shift())));
            return candidates.stream().findFirst();
        }

        private static int order(int nli) {
            return nli == 0
                    ? -1
                    : NationalLanguage.ofIdentifier(nli).orElseThrow().ordinal();
        }

        static boolean fits(String text, int locking, int shift) {
            for (char c : text.toCharArray()) {
                if (!IN_LOCKING[locking][c] && !IN_SHIFT[shift][c]) {
                    return false; // surrogates are in no table
                }
            }
            return true;
        }

        /** 3GPP TS 23.040 9.2.3.24: 140 octets less UDHL and the information elements. */
        static int capacity(Encoding encoding, int nationalIes, boolean concatenated, boolean reference16) {
            int ies = 3 * nationalIes + (concatenated ? (reference16 ? 6 : 5) : 0);
            int octets = 140 - (ies == 0 ? 0 : 1 + ies);
            return encoding == Encoding.GSM7 ? octets * 8 / 7 : octets / 2;
        }

        private static int cost(char c, Encoding encoding, int locking) {
            return encoding == Encoding.UCS2 || IN_LOCKING[locking][c] ? 1 : 2;
        }

        private static int cost(String s, Encoding encoding, int locking) {
            int units = 0;
            for (char c : s.toCharArray()) {
                units += cost(c, encoding, locking);
            }
            return units;
        }

        /** Greedy fill: whole units (escape pairs, surrogate pairs, clusters where the rules apply) per part. */
        static Candidate fill(String text, Encoding encoding, int locking, int shift, boolean reference16, int[] ends) {
            int ies = (locking != 0 ? 1 : 0) + (shift != 0 ? 1 : 0);
            int total = cost(text, encoding, locking);
            int single = capacity(encoding, ies, false, reference16);
            if (total <= single) {
                return new Candidate(
                        encoding,
                        locking,
                        shift,
                        ies,
                        1,
                        single,
                        single - total,
                        total,
                        List.of(new Segment(text, total)));
            }
            int capacity = capacity(encoding, ies, true, reference16);
            boolean clusters = encoding == Encoding.UCS2 || locking >= 4 || shift >= 4;
            List<Segment> parts = new ArrayList<>();
            int start = 0;
            int used = 0;
            for (int i = 0; i < text.length(); ) {
                if (clusters && ends[i] == 0) {
                    ends[i] = clusterEnd(text, i);
                }
                int end = clusters ? ends[i] : i + Character.charCount(text.codePointAt(i));
                String unit = text.substring(i, end);
                int units = cost(unit, encoding, locking);
                if (units > capacity) { // a cluster longer than a part: the longest code point prefix that fits
                    int cut = i;
                    units = 0;
                    while (cut < end) {
                        int next = cut + Character.charCount(text.codePointAt(cut));
                        int more = cost(text.substring(cut, next), encoding, locking);
                        if (cut > i && units + more > capacity) {
                            break;
                        }
                        units += more;
                        cut = next;
                    }
                    end = cut;
                }
                if (used + units > capacity) {
                    parts.add(new Segment(text.substring(start, i), used));
                    start = i;
                    used = 0;
                }
                used += units;
                i = end;
            }
            parts.add(new Segment(text.substring(start), used));
            return new Candidate(encoding, locking, shift, ies, parts.size(), capacity, capacity - used, total, parts);
        }

        /** The end of the extended grapheme cluster that starts at {@code i}: regex {@code \X}, then GB9c of 15.1. */
        static int clusterEnd(String text, int i) {
            Matcher m = CLUSTER.matcher(text);
            m.region(i, text.length());
            if (!m.lookingAt()) {
                throw new AssertionError("no cluster at " + i);
            }
            int end = m.end();
            for (int j = i + 1; j < end; j++) {
                // only GB9c puts a consonant inside a cluster; from Java 24 on, \X joins by Unicode 16's wider
                // InCB=Extend, so a join that Unicode 15.1 leaves apart is cut here
                if (consonant(text.charAt(j)) && !endsWithLinkedConsonant(text, i, j)) {
                    end = j;
                    break;
                }
            }
            while (end < text.length() && consonant(text.charAt(end)) && endsWithLinkedConsonant(text, i, end)) {
                m.region(end, text.length());
                m.lookingAt();
                end = m.end();
            }
            return end;
        }

        /** GB9c: the cluster ends in Consonant [Extend Linker]* Linker [Extend Linker]*. */
        private static boolean endsWithLinkedConsonant(String text, int from, int end) {
            boolean linker = false;
            for (int k = end - 1; k >= from; k--) {
                char c = text.charAt(k);
                if (consonant(c)) {
                    return linker;
                }
                if ("\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D".indexOf(c) >= 0) {
                    linker = true;
                } else if (!(c == '\u200D' || incbExtend(c))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * InCB=Extend besides ZWJ as Unicode 15.1 derives it: an Extend mark of nonzero combining class that is no
         * virama (a nukta, a Vedic sign, a Telugu length mark, an Arabic vowel mark). Vowel signs are Extend of
         * combining class 0, so they end a conjunct. (From Java 24 on, {@code \X} itself applies GB9c with
         * Unicode 16's wider InCB=Extend, which this model does not follow.)
         */
        private static boolean incbExtend(char c) {
            int type = Character.getType(c);
            return (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)
                    && UCharacter.getCombiningClass(c) != 0
                    && UCharacter.getIntPropertyValue(c, UProperty.INDIC_SYLLABIC_CATEGORY)
                            != UCharacter.getPropertyValueEnum(UProperty.INDIC_SYLLABIC_CATEGORY, "Virama");
        }

        /** InCB=Consonant: a letter of the Devanagari, Bengali, Gujarati, Oriya, Telugu or Malayalam consonants. */
        private static boolean consonant(char c) {
            return c >= 0x0915 && c <= 0x0939
                    || c >= 0x0958 && c <= 0x095F
                    || c >= 0x0978 && c <= 0x097F
                    || Character.isLetter(c) && inConsonantRows(c);
        }

        private static boolean inConsonantRows(char c) {
            // ka..ha of each of the other five scripts; their vowels precede ka and their signs follow ha
            int[][] rows = {
                {0x0995, 0x09B9},
                {0x09DC, 0x09DF},
                {0x09F0, 0x09F1},
                {0x0A95, 0x0AB9},
                {0x0AF9, 0x0AF9},
                {0x0B15, 0x0B39},
                {0x0B5C, 0x0B5F},
                {0x0B71, 0x0B71},
                {0x0C15, 0x0C39},
                {0x0C58, 0x0C5A},
                {0x0D15, 0x0D3A}
            };
            for (int[] row : rows) {
                if (c >= row[0] && c <= row[1]) {
                    return true;
                }
            }
            return false;
        }

        private static int firstLoneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return i;
                }
            }
            return -1;
        }

        /** Applies replacements, which must come in text order and name what they replace. */
        static String applyReplacements(String text, List<Replacement> replacements) {
            StringBuilder out = new StringBuilder();
            int from = 0;
            for (Replacement r : replacements) {
                assertThat(r.index())
                        .as("replacements in text order: %s", replacements)
                        .isGreaterThanOrEqualTo(from);
                assertThat(text.startsWith(r.original(), r.index()))
                        .as("%s matches the input", r)
                        .isTrue();
                out.append(text, from, r.index()).append(r.replacement());
                from = r.index() + r.original().length();
            }
            return out.append(text, from, text.length()).toString();
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder("\"");
            text.chars()
                    .forEach(c ->
                            out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
            return out.append('"').toString();
        }
    }
}
