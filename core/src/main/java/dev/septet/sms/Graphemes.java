/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

/**
 * Finds the UTF-16 units that must stay together in one part: extended grapheme clusters.
 */
final class Graphemes {
    /*
     * Java 17's BreakIterator predates extended grapheme clusters, and the JDK's character data changes with its
     * Unicode version, so the rules of Unicode 15.1 UAX #29 are implemented here on a table of their own:
     *   GB3        CR x LF
     *   GB4, GB5   break after and before controls (other than the CR LF pair)
     *   GB6-GB8    Hangul syllable sequences (L x L|V|LV|LVT, LV|V x V|T, LVT|T x T)
     *   GB9, GB9a  x (Extend | ZWJ), x SpacingMark: combining marks, variation selectors, emoji modifiers, tags
     *   GB9b       Prepend x: Arabic number signs, the Malayalam dot reph
     *   GB9c       Consonant [Extend Linker]* Linker [Extend Linker]* x Consonant: Indic conjuncts, for the six
     *              scripts that define Indic_Conjunct_Break (Devanagari, Bengali, Gujarati, Oriya, Telugu,
     *              Malayalam)
     *   GB11       ExtPict Extend* ZWJ x ExtPict: emoji ZWJ sequences
     *   GB12, GB13 regional indicators pair up: flags
     * A cluster longer than the part capacity is cut at a code point boundary, never inside a surrogate pair, so
     * splitting always makes progress.
     */

    /** Classes of code points: Grapheme_Cluster_Break, refined by Extended_Pictographic and Indic_Conjunct_Break. */
    static final int OTHER = 0;

    static final int CR = 1;
    static final int LF = 2;
    static final int CONTROL = 3;
    /**
     * Extend that is not InCB=Extend: ZWNJ, the marks of combining class 0 (such as the vowel sign U+0941) and the
     * viramas of other scripts (such as the Tamil one); it ends a conjunct, not a cluster.
     */
    static final int EXTEND = 4;
    /**
     * Extend that is InCB=Extend: a mark of nonzero combining class that is no virama, such as a nukta or U+0301.
     * Unicode 15.1 derives InCB=Extend so; Unicode 16 widened it to every Extend but ZWNJ and the linkers.
     */
    static final int CONJUNCT_EXTEND = 5;
    /** Extend that is InCB=Linker: the virama of one of the six scripts of GB9c. */
    static final int LINKER = 6;

    static final int ZWJ = 7;
    static final int SPACING_MARK = 8;
    static final int PREPEND = 9;
    static final int REGIONAL_INDICATOR = 10;
    static final int EXT_PICT = 11;
    static final int L = 12;
    static final int V = 13;
    static final int T = 14;
    /** A precomposed Hangul syllable, LV or LVT by its position (the table keeps the block as one range). */
    private static final int SYLLABLE = 15;
    /** InCB=Consonant (Grapheme_Cluster_Break Other): a consonant letter of one of the six scripts of GB9c. */
    static final int CONSONANT = 16;

    static final int LV = 17;
    static final int LVT = 18;

    /** GB9c progress in the cluster so far: none, after a consonant, after a consonant and a linker. */
    private static final int NO_CONJUNCT = 0;

    private static final int AFTER_CONSONANT = 1;
    private static final int AFTER_LINKER = 2;

    /** Class letters of {@link #RANGES}, in class order, up to {@link #CONSONANT}. */
    private static final String LETTERS = "orlcxekzspimLVTHn";

    /**
     * The classes of all code points of Unicode 15.1, as ranges: each entry is the first code point of a range in
     * hex and its class letter (see {@link #LETTERS}); a range ends where the next begins. From the Unicode
     * Character Database 15.1: Grapheme_Cluster_Break (whose file lists the surrogates as Control), Extended_Pictographic
     * and Indic_Conjunct_Break. A test checks every code point against the properties ICU 74 reports for Unicode
     * 15.1.
     */
    private static final String RANGES = """
            0c Al Bc Dr Ec 20o 7Fc A0o A9m AAo ADc AEm AFo 300e 34Fx 350e 370o 483e 488x 48Ao 591e 5BEo 5BFe 5C0o
            5C1e 5C3o 5C4e 5C6o 5C7e 5C8o 600p 606o 610e 61Bo 61Cc 61Do 64Be 660o 670e 671o 6D6e 6DDp 6DEo 6DFe 6E5o
            6E7e 6E9o 6EAe 6EEo 70Fp 710o 711e 712o 730e 74Bo 7A6x 7B1o 7EBe 7F4o 7FDe 7FEo 816e 81Ao 81Be 824o 825e
            828o 829e 82Eo 859e 85Co 890p 892o 898e 8A0o 8CAe 8E2p 8E3e 900x 903s 904o 915n 93Ax 93Bs 93Ce 93Do 93Es
            941x 949s 94Dk 94Es 950o 951e 955x 958n 960o 962x 964o 978n 980o 981x 982s 984o 995n 9A9o 9AAn 9B1o 9B2n
            9B3o 9B6n 9BAo 9BCe 9BDo 9BEx 9BFs 9C1x 9C5o 9C7s 9C9o 9CBs 9CDk 9CEo 9D7x 9D8o 9DCn 9DEo 9DFn 9E0o 9E2x
            9E4o 9F0n 9F2o 9FEe 9FFo A01x A03s A04o A3Ce A3Do A3Es A41x A43o A47x A49o A4Bx A4Eo A51x A52o A70x A72o
            A75x A76o A81x A83s A84o A95n AA9o AAAn AB1o AB2n AB4o AB5n ABAo ABCe ABDo ABEs AC1x AC6o AC7x AC9s ACAo
            ACBs ACDk ACEo AE2x AE4o AF9n AFAx B00o B01x B02s B04o B15n B29o B2An B31o B32n B34o B35n B3Ao B3Ce B3Do
            B3Ex B40s B41x B45o B47s B49o B4Bs B4Dk B4Eo B55x B58o B5Cn B5Eo B5Fn B60o B62x B64o B71n B72o B82x B83o
            BBEx BBFs BC0x BC1s BC3o BC6s BC9o BCAs BCDx BCEo BD7x BD8o C00x C01s C04x C05o C15n C29o C2An C3Ao C3Ce
            C3Do C3Ex C41s C45o C46x C49o C4Ax C4Dk C4Eo C55e C57o C58n C5Bo C62x C64o C81x C82s C84o CBCe CBDo CBEs
            CBFx CC0s CC2x CC3s CC5o CC6x CC7s CC9o CCAs CCCx CCEo CD5x CD7o CE2x CE4o CF3s CF4o D00x D02s D04o D15n
            D3Be D3Do D3Ex D3Fs D41x D45o D46s D49o D4As D4Dk D4Ep D4Fo D57x D58o D62x D64o D81x D82s D84o DCAx DCBo
            DCFx DD0s DD2x DD5o DD6x DD7o DD8s DDFx DE0o DF2s DF4o E31x E32o E33s E34x E38e E3Bo E47x E48e E4Cx E4Fo
            EB1x EB2o EB3s EB4x EB8e EBBx EBDo EC8e ECCx ECFo F18e F1Ao F35e F36o F37e F38o F39e F3Ao F3Es F40o F71e
            F73x F74e F75x F7Ae F7Ex F7Fs F80e F81x F82e F85o F86e F88o F8Dx F98o F99x FBDo FC6e FC7o 102Dx 1031s
            1032x 1037e 1038o 1039e 103Bs 103Dx 103Fo 1056s 1058x 105Ao 105Ex 1061o 1071x 1075o 1082x 1083o 1084s
            1085x 1087o 108De 108Eo 109Dx 109Eo 1100L 1160V 11A8T 1200o 135De 1360o 1712x 1714e 1715s 1716o 1732x
            1734s 1735o 1752x 1754o 1772x 1774o 17B4x 17B6s 17B7x 17BEs 17C6x 17C7s 17C9x 17D2e 17D3x 17D4o 17DDe
            17DEo 180Bx 180Ec 180Fx 1810o 1885x 1887o 18A9e 18AAo 1920x 1923s 1927x 1929s 192Co 1930s 1932x 1933s
            1939e 193Co 1A17e 1A19s 1A1Bx 1A1Co 1A55s 1A56x 1A57s 1A58x 1A5Fo 1A60e 1A61o 1A62x 1A63o 1A65x 1A6Ds
            1A73x 1A75e 1A7Do 1A7Fe 1A80o 1AB0e 1ABEx 1ABFe 1ACFo 1B00x 1B04s 1B05o 1B34e 1B35x 1B3Bs 1B3Cx 1B3Ds
            1B42x 1B43s 1B45o 1B6Be 1B74o 1B80x 1B82s 1B83o 1BA1s 1BA2x 1BA6s 1BA8x 1BAAs 1BABe 1BACx 1BAEo 1BE6e
            1BE7s 1BE8x 1BEAs 1BEDx 1BEEs 1BEFx 1BF2s 1BF4o 1C24s 1C2Cx 1C34s 1C36x 1C37e 1C38o 1CD0e 1CD3o 1CD4e
            1CE1s 1CE2e 1CE9o 1CEDe 1CEEo 1CF4e 1CF5o 1CF7s 1CF8e 1CFAo 1DC0e 1E00o 200Bc 200Cx 200Dz 200Ec 2010o
            2028c 202Fo 203Cm 203Do 2049m 204Ao 2060c 2070o 20D0e 20DDx 20E1e 20E2x 20E5e 20F1o 2122m 2123o 2139m
            213Ao 2194m 219Ao 21A9m 21ABo 231Am 231Co 2328m 2329o 2388m 2389o 23CFm 23D0o 23E9m 23F4o 23F8m 23FBo
            24C2m 24C3o 25AAm 25ACo 25B6m 25B7o 25C0m 25C1o 25FBm 25FFo 2600m 2606o 2607m 2613o 2614m 2686o 2690m
            2706o 2708m 2713o 2714m 2715o 2716m 2717o 271Dm 271Eo 2721m 2722o 2728m 2729o 2733m 2735o 2744m 2745o
            2747m 2748o 274Cm 274Do 274Em 274Fo 2753m 2756o 2757m 2758o 2763m 2768o 2795m 2798o 27A1m 27A2o 27B0m
            27B1o 27BFm 27C0o 2934m 2936o 2B05m 2B08o 2B1Bm 2B1Do 2B50m 2B51o 2B55m 2B56o 2CEFe 2CF2o 2D7Fe 2D80o
            2DE0e 2E00o 302Ae 3030m 3031o 303Dm 303Eo 3099e 309Bo 3297m 3298o 3299m 329Ao A66Fe A670x A673o A674e
            A67Eo A69Ee A6A0o A6F0e A6F2o A802x A803o A806x A807o A80Bx A80Co A823s A825x A827s A828o A82Ce A82Do
            A880s A882o A8B4s A8C4x A8C6o A8E0e A8F2o A8FFx A900o A926x A92Be A92Eo A947x A952s A954o A960L A97Do
            A980x A983s A984o A9B3e A9B4s A9B6x A9BAs A9BCx A9BEs A9C1o A9E5x A9E6o AA29x AA2Fs AA31x AA33s AA35x
            AA37o AA43x AA44o AA4Cx AA4Ds AA4Eo AA7Cx AA7Do AAB0e AAB1o AAB2e AAB5o AAB7e AAB9o AABEe AAC0o AAC1e
            AAC2o AAEBs AAECx AAEEs AAF0o AAF5s AAF6e AAF7o ABE3s ABE5x ABE6s ABE8x ABE9s ABEBo ABECs ABEDe ABEEo
            AC00H D7A4o D7B0V D7C7o D7CBT D7FCo D800c E000o FB1Ee FB1Fo FE00x FE10o FE20e FE30o FEFFc FF00o FF9Ex
            FFA0o FFF0c FFFCo 101FDe 101FEo 102E0e 102E1o 10376e 1037Bo 10A01x 10A04o 10A05x 10A07o 10A0Cx 10A0De
            10A0Ex 10A0Fe 10A10o 10A38e 10A3Bo 10A3Fe 10A40o 10AE5e 10AE7o 10D24e 10D28o 10EABe 10EADo 10EFDe 10F00o
            10F46e 10F51o 10F82e 10F86o 11000s 11001x 11002s 11003o 11038x 11047o 11070e 11071o 11073x 11075o 1107Fe
            11080x 11082s 11083o 110B0s 110B3x 110B7s 110B9x 110BAe 110BBo 110BDp 110BEo 110C2x 110C3o 110CDp 110CEo
            11100e 11103o 11127x 1112Cs 1112Dx 11133e 11135o 11145s 11147o 11173e 11174o 11180x 11182s 11183o 111B3s
            111B6x 111BFs 111C1o 111C2p 111C4o 111C9x 111CAe 111CBx 111CDo 111CEs 111CFx 111D0o 1122Cs 1122Fx 11232s
            11234x 11235s 11236e 11237x 11238o 1123Ex 1123Fo 11241x 11242o 112DFx 112E0s 112E3x 112E9e 112EBo 11300x
            11302s 11304o 1133Be 1133Do 1133Ex 1133Fs 11340x 11341s 11345o 11347s 11349o 1134Bs 1134Eo 11357x 11358o
            11362s 11364o 11366e 1136Do 11370e 11375o 11435s 11438x 11440s 11442x 11445s 11446e 11447o 1145Ee 1145Fo
            114B0x 114B1s 114B3x 114B9s 114BAx 114BBs 114BDx 114BEs 114BFx 114C1s 114C2x 114C3e 114C4o 115AFx 115B0s
            115B2x 115B6o 115B8s 115BCx 115BEs 115BFx 115C0e 115C1o 115DCx 115DEo 11630s 11633x 1163Bs 1163Dx 1163Es
            1163Fx 11641o 116ABx 116ACs 116ADx 116AEs 116B0x 116B6s 116B7e 116B8o 1171Dx 11720o 11722x 11726s 11727x
            1172Be 1172Co 1182Cs 1182Fx 11838s 11839x 1183Ae 1183Bo 11930x 11931s 11936o 11937s 11939o 1193Bx 1193Ds
            1193Ee 1193Fp 11940s 11941p 11942s 11943e 11944o 119D1s 119D4x 119D8o 119DAx 119DCs 119E0x 119E1o 119E4s
            119E5o 11A01x 11A0Bo 11A33x 11A34e 11A35x 11A39s 11A3Ap 11A3Bx 11A3Fo 11A47e 11A48o 11A51x 11A57s 11A59x
            11A5Co 11A84p 11A8Ax 11A97s 11A98x 11A99e 11A9Ao 11C2Fs 11C30x 11C37o 11C38x 11C3Es 11C3Fx 11C40o 11C92x
            11CA8o 11CA9s 11CAAx 11CB1s 11CB2x 11CB4s 11CB5x 11CB7o 11D31x 11D37o 11D3Ax 11D3Bo 11D3Cx 11D3Eo 11D3Fx
            11D42e 11D43x 11D44e 11D46p 11D47x 11D48o 11D8As 11D8Fo 11D90x 11D92o 11D93s 11D95x 11D96s 11D97e 11D98o
            11EF3x 11EF5s 11EF7o 11F00x 11F02p 11F03s 11F04o 11F34s 11F36x 11F3Bo 11F3Es 11F40x 11F41s 11F42e 11F43o
            13430c 13440x 13441o 13447x 13456o 16AF0e 16AF5o 16B30e 16B37o 16F4Fx 16F50o 16F51s 16F88o 16F8Fx 16F93o
            16FE4x 16FE5o 16FF0s 16FF2o 1BC9Dx 1BC9Ee 1BC9Fo 1BCA0c 1BCA4o 1CF00x 1CF2Eo 1CF30x 1CF47o 1D165e 1D166s
            1D167e 1D16Ao 1D16Ds 1D16Ee 1D173c 1D17Be 1D183o 1D185e 1D18Co 1D1AAe 1D1AEo 1D242e 1D245o 1DA00x 1DA37o
            1DA3Bx 1DA6Do 1DA75x 1DA76o 1DA84x 1DA85o 1DA9Bx 1DAA0o 1DAA1x 1DAB0o 1E000e 1E007o 1E008e 1E019o 1E01Be
            1E022o 1E023e 1E025o 1E026e 1E02Bo 1E08Fe 1E090o 1E130e 1E137o 1E2AEe 1E2AFo 1E2ECe 1E2F0o 1E4ECe 1E4F0o
            1E8D0e 1E8D7o 1E944e 1E94Bo 1F000m 1F100o 1F10Dm 1F110o 1F12Fm 1F130o 1F16Cm 1F172o 1F17Em 1F180o 1F18Em
            1F18Fo 1F191m 1F19Bo 1F1ADm 1F1E6i 1F200o 1F201m 1F210o 1F21Am 1F21Bo 1F22Fm 1F230o 1F232m 1F23Bo 1F23Cm
            1F240o 1F249m 1F3FBx 1F400m 1F53Eo 1F546m 1F650o 1F680m 1F700o 1F774m 1F780o 1F7D5m 1F800o 1F80Cm 1F810o
            1F848m 1F850o 1F85Am 1F860o 1F888m 1F890o 1F8AEm 1F900o 1F90Cm 1F93Bo 1F93Cm 1F946o 1F947m 1FB00o 1FC00m
            1FFFEo E0000c E0020x E0080c E0100x E01F0c E1000o
            """;

    /** Where each range starts, ascending, and its class. */
    private static final int[] STARTS;

    private static final byte[] CLASSES;

    /** The classes of U+0000 to U+02FF, looked up directly: most text is there. */
    private static final byte[] LOW = new byte[0x300];

    static {
        String[] entries = RANGES.strip().split("\\s+");
        STARTS = new int[entries.length];
        CLASSES = new byte[entries.length];
        for (int k = 0; k < entries.length; k++) {
            String entry = entries[k];
            char letter = entry.charAt(entry.length() - 1);
            STARTS[k] = Integer.parseInt(entry.substring(0, entry.length() - 1), 16);
            CLASSES[k] = (byte) LETTERS.indexOf(letter);
        }
        for (int cp = 0; cp < LOW.length; cp++) {
            LOW[cp] = (byte) lookUp(cp);
        }
    }

    private Graphemes() {}

    /**
     * Returns how many UTF-16 units starting at {@code i} form one cluster, at most {@code capacity} (and at
     * least the length of the code point at {@code i}).
     */
    static int clusterLength(CharSequence text, int i, int capacity) {
        int n = text.length();
        int cp = Character.codePointAt(text, i);
        int end = i + Character.charCount(cp);
        int prev = type(cp);
        if (prev == CR) {
            return end < n && text.charAt(end) == '\n' && capacity >= 2 ? 2 : 1;
        }
        if (prev == LF || prev == CONTROL) {
            return end - i;
        }
        boolean pictRun = prev == EXT_PICT; // the cluster so far ends in ExtPict Extend*
        boolean zwjAfterPict = false;
        int conjunct = prev == CONSONANT ? AFTER_CONSONANT : NO_CONJUNCT;
        int regionalIndicators = prev == REGIONAL_INDICATOR ? 1 : 0;
        while (end < n) {
            int next = Character.codePointAt(text, end);
            int t = type(next);
            boolean join;
            if (t == CONTROL || t == CR || t == LF) {
                join = false; // GB5
            } else if (prev == PREPEND || extend(t) || t == ZWJ || t == SPACING_MARK) {
                join = true; // GB9b, GB9, GB9a
            } else if (t == CONSONANT) {
                join = conjunct == AFTER_LINKER; // GB9c
            } else if (t == EXT_PICT) {
                join = prev == ZWJ && zwjAfterPict; // GB11
            } else if (t == REGIONAL_INDICATOR) {
                join = prev == REGIONAL_INDICATOR && (regionalIndicators & 1) == 1; // GB12, GB13
            } else {
                join = hangul(prev, t);
            }
            int length = Character.charCount(next);
            if (!join || end + length - i > capacity) {
                break;
            }
            if (t == CONSONANT) {
                conjunct = AFTER_CONSONANT;
            } else if (conjunct != NO_CONJUNCT && t == LINKER) {
                conjunct = AFTER_LINKER;
            } else if (t != CONJUNCT_EXTEND && t != ZWJ) {
                conjunct = NO_CONJUNCT;
            }
            zwjAfterPict = t == ZWJ && pictRun;
            pictRun = t == EXT_PICT || (pictRun && extend(t));
            if (t == REGIONAL_INDICATOR) {
                regionalIndicators++;
            }
            prev = t;
            end += length;
        }
        return end - i;
    }

    /** Grapheme_Cluster_Break=Extend, whatever its Indic_Conjunct_Break. */
    private static boolean extend(int t) {
        return t == EXTEND || t == CONJUNCT_EXTEND || t == LINKER;
    }

    private static boolean hangul(int prev, int t) {
        switch (prev) {
            case L:
                return t == L || t == V || t == LV || t == LVT;
            case LV:
            case V:
                return t == V || t == T;
            case LVT:
            case T:
                return t == T;
            default:
                return false;
        }
    }

    /** Returns the class of code point {@code cp}. */
    static int type(int cp) {
        return cp < LOW.length ? LOW[cp] : lookUp(cp);
    }

    private static int lookUp(int cp) {
        int low = 0;
        int high = STARTS.length - 1;
        while (low < high) { // the last range that starts at or before cp
            int mid = (low + high + 1) >>> 1;
            if (STARTS[mid] <= cp) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int type = CLASSES[low];
        if (type == SYLLABLE) {
            return (cp - 0xAC00) % 28 == 0 ? LV : LVT;
        }
        return type;
    }
}
