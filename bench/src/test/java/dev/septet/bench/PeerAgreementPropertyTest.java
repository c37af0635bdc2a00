/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import static dev.septet.bench.BenchmarkSanityTest.EXTENSION;
import static dev.septet.bench.BenchmarkSanityTest.extensions;
import static dev.septet.bench.BenchmarkSanityTest.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.cloudhopper.commons.charset.CharsetUtil;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.EncodedPart;
import dev.septet.sms.Encoding;
import dev.septet.sms.Sms;
import dev.septet.sms.UserData;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Septet, cloudhopper and jcharset write the same bytes for random texts of the GSM 7-bit default alphabet and its
 * extension table, packed and unpacked, Septet and cloudhopper the same UCS-2 bytes, and Septet reads the peers'
 * bytes back to the text.
 *
 * <p>Where a peer departs from 3GPP TS 23.038 the comparison leaves that peer out, and the test says why:
 * <ul>
 *   <li>jcharset maps code 0x09 to U+00E7 (small c with cedilla); the default alphabet has U+00C7 there, so texts
 *       with U+00C7 are not compared with jcharset.
 *   <li>The peers decode packed octets without the user data length, so they cannot tell a final '@' (septet 0)
 *       from padding, and they drop the form feed (escape, 0x0A): their reading of packed text is not checked.
 * </ul>
 */
class PeerAgreementPropertyTest {
    private static final long SEED = 0x5E97E7L;

    /** The 127 characters of the default alphabet (code 0x1B is the escape, not a character), in code order. */
    static final String DEFAULT_ALPHABET =
            "@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
                    + "\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u00C6\u00E6\u00DF\u00C9"
                    + " !\"#\u00A4%&'()*+,-./0123456789:;<=>?"
                    + "\u00A1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
                    + "\u00BFabcdefghijklmnopqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0";

    private static final Charset SEPTET_GSM7 = Charset.forName("GSM-7");
    private static final Charset JCHARSET_UNPACKED = Charset.forName("SCGSM");
    private static final Charset JCHARSET_PACKED = Charset.forName("SCPGSM");

    /** Mostly letters, as messages are, with every table character likely somewhere in a few hundred texts. */
    static Gen<String> gsmTexts(int maxChars) {
        Gen<Character> letters = integers().between('a', 'z').map(i -> (char) (int) i);
        Gen<Character> table =
                integers().between(0, DEFAULT_ALPHABET.length() - 1).map(DEFAULT_ALPHABET::charAt);
        Gen<Character> escaped = integers().between(0, EXTENSION.length() - 1).map(EXTENSION::charAt);
        Gen<Character> any = letters.mix(table, 40).mix(escaped, 15);
        return lists().of(any).ofSizeBetween(1, maxChars).map(chars -> {
            StringBuilder text = new StringBuilder(chars.size());
            chars.forEach(text::append);
            return text.toString();
        });
    }

    @Test
    void theGsm7CharsetWritesThePeersUnpackedBytesAndReadsThemBack() {
        qt().withFixedSeed(SEED).withExamples(3000).forAll(gsmTexts(400)).checkAssert(text -> {
            byte[] septet = text.getBytes(SEPTET_GSM7);
            assertThat(hex(CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM)))
                    .as("cloudhopper: %s", text)
                    .isEqualTo(hex(septet));
            assertThat(CharsetUtil.decode(septet, CharsetUtil.CHARSET_GSM)).isEqualTo(text);
            if (text.indexOf('\u00C7') < 0) {
                assertThat(hex(text.getBytes(JCHARSET_UNPACKED)))
                        .as("jcharset: %s", text)
                        .isEqualTo(hex(septet));
                assertThat(new String(septet, JCHARSET_UNPACKED)).isEqualTo(text);
            }
            assertThat(new String(septet, SEPTET_GSM7)).isEqualTo(text);
        });
    }

    @Test
    void onePartPacksToThePeersBytesAndSeptetReadsThePeersBack() {
        qt().withFixedSeed(SEED).withExamples(3000).forAll(gsmTexts(150)).checkAssert(text -> {
            List<EncodedPart> parts = Sms.encode(text);
            if (parts.size() != 1) {
                return; // escapes took it past 160 septets: the peers have no concatenation header
            }
            EncodedPart part = parts.get(0);
            assertThat(part.dcs()).isEqualTo(Encoding.GSM7.dataCodingScheme());
            int septets = part.udl();
            assertThat(septets).isEqualTo(text.length() + extensions(text));
            byte[] septet = part.userData();
            byte[] cloudhopper = CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM7);
            assertThat(hex(cloudhopper)).as("cloudhopper: %s", text).isEqualTo(hex(septet));
            assertThat(read(cloudhopper, septets)).isEqualTo(text);
            if (text.indexOf('\u00C7') < 0) {
                byte[] jcharset = text.getBytes(JCHARSET_PACKED);
                assertThat(hex(jcharset)).as("jcharset: %s", text).isEqualTo(hex(septet));
                assertThat(read(jcharset, septets)).isEqualTo(text);
            }
        });
    }

    @Test
    void aUcs2PartHoldsTheUtf16BytesCloudhopperWrites() {
        // Cyrillic, CJK, a dash and emoji (surrogate pairs) among GSM characters
        Gen<String> others = lists().of(integers()
                        .between(0, 5)
                        .map(i -> new String[] {"\u0416", "\u4E2D", "\uD83D\uDE00", "\u2014", "e", " "}[i]))
                .ofSizeBetween(1, 24)
                .map(l -> String.join("", l));
        qt().withFixedSeed(SEED).withExamples(2000).forAll(gsmTexts(20), others).checkAssert((gsm, other) -> {
            String text = other + gsm + "\u0416"; // the last character keeps it out of GSM 7-bit
            List<EncodedPart> parts = Sms.encode(text); // at most 24 x 2 + 20 + 1 code units: one part
            assertThat(parts).hasSize(1);
            EncodedPart part = parts.get(0);
            assertThat(part.dcs()).isEqualTo(Encoding.UCS2.dataCodingScheme());
            byte[] cloudhopper = CharsetUtil.encode(text, CharsetUtil.CHARSET_UCS_2);
            assertThat(hex(part.userData())).as(text).isEqualTo(hex(cloudhopper));
            UserData userData = UserData.of(Encoding.UCS2.dataCodingScheme(), false, cloudhopper, cloudhopper.length);
            assertThat(Sms.decode(userData).text()).isEqualTo(text);
        });
    }

    private static String read(byte[] packed, int septets) {
        UserData userData = UserData.of(Encoding.GSM7.dataCodingScheme(), false, packed, septets);
        return Sms.decode(userData, DecodeOptions.defaults()).text();
    }
}
