/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The eight-at-a-time packer writes exactly the bytes of the one-character-at-a-time packer (which a
 * {@link StringBuilder} still takes), for default-table texts with escapes, '$', '@', accents, Greek letters and
 * the euro sign anywhere, at every fill-bit offset, across bulk-chunk boundaries, with and without CR padding; and
 * both write the bit stream the spec tables give, also when a text is written in consecutive ranges (the parts of a
 * message) that start and end anywhere, a character beyond Latin-1 included.
 */
class PackedWriterPropertyTest {
    private static final long SEED = 0x7AC4EDL;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?;:'\"#%&"
            + "()*+-/<=>$@_\n\r\u00A3\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\u00D8\u00F8\u00C5\u00E5\u00C6\u00E6"
            + "\u00DF\u00C9\u00A4\u00A1\u00C4\u00D6\u00D1\u00DC\u00A7\u00BF\u00E4\u00F6\u00F1\u00FC\u00E0"
            + "\u0394\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E^{}\\[~]|\u20AC\f";
    private static final int[] LENGTHS = {24, 31, 32, 33, 160, 161, 2047, 2048, 2049, 2056, 4100};

    /** A text, the bit the text starts at, and the padding choice. */
    record Case(String text, int bit, boolean crPadding) {
        @Override
        public String toString() {
            return "bit " + bit + " cr " + crPadding + " length " + text.length() + " " + printable(text);
        }
    }

    /** Shows a text in ASCII, other characters as Java escapes, for counterexamples. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars()
                .forEach(
                        c -> out.append(c >= ' ' && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    private static final Gen<Case> CASES = PackedWriterPropertyTest::generate;

    private static Case generate(RandomnessSource in) {
        int length = in.next(Constraint.between(0, 1)) == 0
                ? (int) in.next(Constraint.between(24, 400))
                : LENGTHS[(int) in.next(Constraint.between(0, LENGTHS.length - 1))];
        // mostly plain text, so the eight-at-a-time path runs, with rarer characters at a random density
        int rare = (int) in.next(Constraint.between(0, 40));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            boolean plain = in.next(Constraint.between(0, 99)) >= rare;
            int from = plain ? 0 : 62;
            text.append(ALPHABET.charAt((int) in.next(Constraint.between(from, plain ? 62 : ALPHABET.length() - 1))));
        }
        int headerOctets = (int) in.next(Constraint.between(0, 12));
        int bit = SeptetPacker.headerSeptets(headerOctets) * 7;
        return new Case(text.toString(), bit, in.next(Constraint.between(0, 1)) == 0);
    }

    private static byte[] packed(CharSequence text, int bit, boolean crPadding) {
        byte[] out = new byte[SeptetPacker.packedOctets(bit / 7 + Splitter.cost(text, Encoding.GSM7, 0), false)];
        SeptetPacker.pack(text, 0, 0, out, bit, crPadding, false);
        return out;
    }

    @Test
    void bulkPackingWritesTheSameBytesAsOneByOne() {
        qt().withFixedSeed(SEED)
                .withExamples(1500)
                .forAll(CASES)
                .checkAssert(c -> assertThat(packed(c.text(), c.bit(), c.crPadding()))
                        .isEqualTo(packed(new StringBuilder(c.text()), c.bit(), c.crPadding())));
    }

    /**
     * Packs septet by septet and bit by bit from the spec tables, sharing no code with the packers: the first
     * default-table position of each character, else the escape and its extension-table position.
     */
    static byte[] reference(CharSequence text, int bit, boolean crPadding, boolean secondCr) {
        java.util.List<Integer> septets = new java.util.ArrayList<>();
        String locking = new String(Gsm7Tables.LOCKING[0]);
        String shift = new String(Gsm7Tables.SINGLE_SHIFT[0]);
        for (int i = 0; i < text.length(); i++) {
            int code = locking.indexOf(text.charAt(i));
            if (code >= 0) {
                septets.add(code);
            } else {
                septets.add(Gsm7Tables.ESCAPE);
                septets.add(shift.indexOf(text.charAt(i)));
            }
        }
        int end = bit + 7 * septets.size();
        if ((crPadding && end % 8 == 1) || secondCr) {
            septets.add(SeptetPacker.CR);
        }
        byte[] out = new byte[(end + 7) / 8 + (secondCr ? 1 : 0)];
        for (int k = 0; k < septets.size(); k++) {
            for (int b = 0; b < 7; b++) {
                int at = bit + 7 * k + b;
                if ((septets.get(k) >> b & 1) != 0 && at / 8 < out.length) {
                    out[at / 8] |= (byte) (1 << (at % 8));
                }
            }
        }
        return out;
    }

    @Test
    void bulkPackingWritesTheSpecBitStream() {
        qt().withFixedSeed(SEED + 1)
                .withExamples(1500)
                .forAll(CASES)
                .checkAssert(c -> assertThat(packed(c.text(), c.bit(), c.crPadding()))
                        .isEqualTo(reference(c.text(), c.bit(), c.crPadding(), false)));
    }

    /**
     * Texts of own septets and ASCII escapes only, so that whole longs hold both, with up to eight escapes each:
     * the runs between escapes and the escapes themselves must land where the spec puts them.
     */
    private static Case generateEscaped(RandomnessSource in) {
        int length = (int) in.next(Constraint.between(24, 600));
        int density = (int) in.next(Constraint.between(1, 100)); // percent of escapes
        String own = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?";
        String escapes = "[\\]^{|}~";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String from = in.next(Constraint.between(0, 99)) < density ? escapes : own;
            text.append(from.charAt((int) in.next(Constraint.between(0, from.length() - 1))));
        }
        int headerOctets = (int) in.next(Constraint.between(0, 12));
        return new Case(
                text.toString(), SeptetPacker.headerSeptets(headerOctets) * 7, in.next(Constraint.between(0, 1)) == 0);
    }

    @Test
    void escapesAmongOwnSeptetsAreWrittenAsTheSpecSays() {
        qt().withFixedSeed(SEED + 7)
                .withExamples(1000)
                .forAll(PackedWriterPropertyTest::generateEscaped)
                .checkAssert(c -> assertThat(packed(c.text(), c.bit(), c.crPadding()))
                        .isEqualTo(reference(c.text(), c.bit(), c.crPadding(), false)));
    }

    /** A text cut into consecutive ranges, each written on its own as the parts of a message are. */
    record Cuts(String text, int[] ends, int bit, boolean crPadding) {
        @Override
        public String toString() {
            return "ends " + java.util.Arrays.toString(ends) + " " + new Case(text, bit, crPadding);
        }
    }

    private static Cuts generateCuts(RandomnessSource in) {
        Case c = generate(in);
        int cuts = (int) in.next(Constraint.between(1, 6));
        int[] ends = new int[cuts];
        for (int k = 0; k < cuts - 1; k++) {
            ends[k] = (int) in.next(Constraint.between(0, c.text().length()));
        }
        ends[cuts - 1] = c.text().length();
        java.util.Arrays.sort(ends);
        return new Cuts(c.text(), ends, c.bit(), c.crPadding());
    }

    @Test
    void rangesWrittenInTurnMatchTheirTexts() {
        qt().withFixedSeed(SEED + 2)
                .withExamples(1000)
                .forAll(PackedWriterPropertyTest::generateCuts)
                .checkAssert(c -> {
                    int chunk = 0;
                    for (int k = 0, from = 0; k < c.ends().length; from = c.ends()[k++]) {
                        String part = c.text().substring(from, c.ends()[k]);
                        byte[] expected = reference(part, c.bit(), c.crPadding(), false);
                        byte[] out = new byte[expected.length];
                        // held or looked up: the same thread's buffer either way
                        Latin1Buffer held = k % 2 == 0 ? null : Latin1Buffer.get();
                        long written = PackedWriter.write(
                                c.text(), from, c.ends()[k], chunk, k == 0, out, c.bit(), c.crPadding(), false, held);
                        assertThat((int) written).isEqualTo(c.bit() + 7 * Splitter.cost(part, Encoding.GSM7, 0));
                        chunk = (int) (written >>> 32);
                        assertThat(out).as("range %d to %d", from, c.ends()[k]).isEqualTo(expected);
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {2040, 2046, 2047, 2048, 2049, 2055, 2056})
    void aCharacterBeyondLatin1AtAChunkEdgeIsWrittenOnce(int at) {
        StringBuilder text = new StringBuilder("a".repeat(4100));
        text.setCharAt(at, '\u20AC');
        text.setCharAt(at + 1, '\u0394');
        for (int end : new int[] {at, at + 1, at + 2, 2048, 4100}) {
            long first =
                    PackedWriter.write(text.toString(), 0, end, 0, true, new byte[2048 * 2], 0, false, false, null);
            byte[] expected = reference(text.substring(end), 0, false, false);
            byte[] out = new byte[expected.length];
            PackedWriter.write(
                    text.toString(), end, text.length(), (int) (first >>> 32), false, out, 0, false, false, null);
            assertThat(out).as("from %d", end).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 31, 32, 33, 47, 48, 49, 160})
    void oneCharacterThatIsNotItsOwnSeptetAnywhereInPlainTextIsWritten(int length) {
        // it breaks a run of sixteen in its first or second half, or a run of eight, or lands in the last few
        String plain = "Your code is 482913. It expires in 10 minutes; never share it. ";
        for (char odd : new char[] {'{', '@', '\u00E9', '\r'}) {
            for (int at = 0; at < length; at++) {
                StringBuilder text = new StringBuilder();
                while (text.length() < length) {
                    text.append(plain);
                }
                text.setLength(length);
                text.setCharAt(at, odd);
                for (int bit : new int[] {0, 7, 49}) {
                    byte[] expected = reference(text, bit, true, false);
                    byte[] out = new byte[expected.length];
                    PackedWriter.write(text.toString(), 0, length, 0, true, out, bit, true, false, null);
                    assertThat(out)
                            .as("%s at %d of %d from bit %d", printable(String.valueOf(odd)), at, length, bit)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 25, 31, 32, 33, 39, 40, 41, 81, 159, 160})
    void aCharacterBeyondLatin1AnywhereIsWrittenWithTheCharactersAfterIt(int length) {
        // the copy stops at the euro sign; what follows it (escapes, a split run of eight, the text's end) is read
        // from the text four at a time, then one at a time
        String pattern = "Order {A-17} is [paid]: ~^|\\ ok. abcdefgh ";
        for (int at = 0; at < length; at++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(pattern);
            }
            text.setLength(length);
            text.setCharAt(at, '\u20AC');
            for (int bit : new int[] {0, 7, 49}) {
                for (boolean crPadding : new boolean[] {false, true}) {
                    byte[] expected = reference(text, bit, crPadding, false);
                    byte[] out = new byte[expected.length];
                    long written =
                            PackedWriter.write(text.toString(), 0, length, 0, true, out, bit, crPadding, false, null);
                    assertThat(out)
                            .as("euro at %d of %s from bit %d", at, printable(text.toString()), bit)
                            .isEqualTo(expected);
                    assertThat((int) written).isEqualTo(bit + 7 * Splitter.cost(text, Encoding.GSM7, 0));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc\u00E3",
                "\u00E3bc",
                "\u0416",
                "abcdefghijklmnopqrstuvwxyz\u00E3",
                "abcdefghijklmnopqrstuvw\u0416xyz",
                "abcdefghijklmnopqrstuvw\u0080xyz", // the byte a euro sign stands in as, but a character of no table
                "abcdefghijklmnopqrstuvw\u20AC\u0080xyz",
                "abcdefghijklmnopqrstuvw\u0080\u20ACxyz",
                "\u0080bcdefghijklmnopqrstuvwxyz\u20AC",
                "abcdefghijklmnopqrstuvw{\u0080}xyz", // among escapes
                "abcdefghijklmnopqrstuvw{\u20AC\u0080}xyz",
                "abcdefghijklmnopqrstuvw\u20AC{\u0080xyz"
            })
    void aCharacterOutsideTheDefaultTablesIsReported(String text) {
        assertThat(PackedWriter.write(text, 0, text.length(), 0, true, new byte[64], 0, false, false, null))
                .isEqualTo(-1L);
    }

    @Test
    void aSecondCrFollowsTextEndingInCrOnAnOctetBoundary() {
        String text = "abcdefghijklmnopqrstuvwxyzabcde\r"; // 32 septets: 28 octets exactly
        byte[] out = new byte[SeptetPacker.packedOctets(32, true)];
        SeptetPacker.pack(text, 0, 0, out, 0, true, true);
        assertThat(out).hasSize(29).isEqualTo(reference(text, 0, true, true));
        assertThat(out[28]).isEqualTo((byte) SeptetPacker.CR);
    }

    @Test
    void eightBytesAreTheirOwnSeptetsExactlyWhenEachIs() {
        for (int b = 0; b < 256; b++) {
            boolean own = ((b >= ' ' && b <= 'Z') || (b >= 'a' && b <= 'z')) && b != '$' && b != '@';
            assertThat(own)
                    .isEqualTo(PackedWriter.encoded((char) b) == (b | 7 << PackedWriter.WIDTH_SHIFT)
                            && b != '\n'
                            && b != '\r');
            for (int lane = 0; lane < 8; lane++) {
                for (long fill : new long[] {0x6161616161616161L, 0x2020202020202020L, 0x5A5A5A5A5A5A5A5AL}) {
                    long x = fill & ~(0xFFL << (8 * lane)) | (long) b << (8 * lane);
                    assertThat(PackedWriter.ownSeptets(x))
                            .as("byte %02X in lane %d", b, lane)
                            .isEqualTo(own);
                }
            }
        }
    }

    @Test
    void eachByteIsJudgedAloneWhateverItsNeighbours() {
        // sums on one byte must not carry into the next, whatever the bytes around it (0x80-0xFF included)
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261202L);
        for (int round = 0; round < 20_000; round++) {
            long x = random.nextLong();
            if (round % 4 == 0) {
                x &= 0x7F7F7F7F7F7F7F7FL; // ASCII only
            }
            for (int lane = 0; lane < 8; lane++) {
                long y = round < 256 * 8
                        ? x & ~(0xFFL << (8 * (round & 7))) | (long) (round >>> 3) << (8 * (round & 7))
                        : x;
                int b = (int) (y >>> (8 * lane)) & 0xFF;
                boolean own = ((b >= ' ' && b <= 'Z') || (b >= 'a' && b <= 'z')) && b != '$' && b != '@';
                assertThat((PackedWriter.ownBits(y) >>> (8 * lane + 7) & 1) == 1)
                        .as("byte %02X in lane %d of %016X", b, lane, y)
                        .isEqualTo(own);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Order {A-17} is ready [paid]: total \u20AC12.50 ~ use code ^X|Y\\Z at the desk. Thanks!",
                "abcdefg{\u20AC}hijklmnopqrstuvwxyz",
                "\u20AC{\u20AC}\u20AC[\u20AC]\u20ACabcdefghijklmnopqrstuvwxyz",
                "abcdefghijklmnopqrstuvw\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC\u20ACxyz{"
            })
    void euroSignsAmongEscapesPackAsTheReferenceDoes(String text) {
        byte[] out = new byte[SeptetPacker.packedOctets(2 * text.length(), false) + 8];
        long written = PackedWriter.write(text, 0, text.length(), 0, true, out, 0, false, false, null);
        assertThat(written).isNotNegative();
        int octets = SeptetPacker.packedOctets((int) written / 7, false);
        assertThat(java.util.Arrays.copyOf(out, octets)).isEqualTo(reference(text, 0, false, false));
    }

    @Test
    void eightSeptetsPackIntoFiftySixBits() {
        long x = 0;
        for (int k = 0; k < 8; k++) {
            x |= (long) (0x21 + 11 * k) << (8 * k);
        }
        long expected = 0;
        for (int k = 0; k < 8; k++) {
            expected |= (long) (0x21 + 11 * k) << (7 * k);
        }
        assertThat(PackedWriter.pack(x)).isEqualTo(expected);
    }
}
