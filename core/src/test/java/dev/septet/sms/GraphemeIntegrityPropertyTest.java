/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * UCS-2 parts never cut a user-perceived character (Unicode UAX #29 extended grapheme clusters), at any part
 * boundary, not only the first. Texts are built from a palette of clusters, each starting with a character that
 * cannot join the cluster before it, so the generator knows every cluster boundary without asking the code under
 * test; a part may end only on one of them.
 */
class GraphemeIntegrityPropertyTest {
    private static final String[] CLUSTERS = {
        "a",
        " ",
        "\u0416", // plain letters, one unit
        "e\u0301",
        "e\u0301\u0302\u0323", // combining marks (GB9)
        "\uD83D\uDE00", // a surrogate pair
        "\uD83D\uDC4D\uD83C\uDFFD", // emoji with a skin tone modifier (GB9)
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66", // ZWJ family, 11 units (GB11)
        "\uD83C\uDDF5\uD83C\uDDF9",
        "\uD83C\uDDE7\uD83C\uDDF7", // flags: regional indicator pairs (GB12, GB13)
        "\u2764\uFE0F", // a variation selector (GB9)
        "\u0915\u093F", // Devanagari consonant with a spacing vowel sign (GB9a)
        "\uD55C",
        "\u1100\u1161\u11A8", // a Hangul syllable, and one written as L V T jamo (GB6-GB8)
        "\r\n", // CR LF (GB3)
        "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", // tag sequence flag
    };

    /** Every part of the UCS-2 split ends on a cluster boundary of the generated text. */
    private static boolean partsEndOnClusterBoundaries(List<Integer> picks, boolean reference16) {
        StringBuilder text = new StringBuilder("\u0416"); // not GSM: forces UCS-2 in auto mode
        Set<Integer> boundaries = new HashSet<>();
        boundaries.add(text.length());
        for (int pick : picks) {
            text.append(CLUSTERS[pick]);
            boundaries.add(text.length());
        }
        List<Segment> parts = Sms.split(text, SmsOptions.defaults().withReference16(reference16));
        int end = 0;
        StringBuilder joined = new StringBuilder();
        for (Segment part : parts) {
            end += part.text().length();
            joined.append(part.text());
            if (!boundaries.contains(end)) {
                return false;
            }
        }
        return joined.toString().contentEquals(text);
    }

    @Test
    void ucs2PartsEndOnClusterBoundaries() {
        qt().withFixedSeed(0x6EA7L)
                .withExamples(2_000)
                .forAll(
                        lists().of(integers().between(0, CLUSTERS.length - 1)).ofSizeBetween(1, 600),
                        booleans().all())
                .check(GraphemeIntegrityPropertyTest::partsEndOnClusterBoundaries);
    }
}
