/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Known answers for {@link CodeHasher}: HMAC-SHA256 (RFC 2104, FIPS 180-4) over "septet-otp-v1" followed by appId,
 * recipient and code, each as a 4-byte big-endian length and its UTF-8 bytes. The expected values were computed
 * independently of this code, with Python's {@code hmac.new(key, message, hashlib.sha256)} over the message bytes
 * written out below, so a change of the encoding (which would orphan every stored code) fails here.
 */
class CodeHasherVectorsTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static String hash(String recipient, String appId, String code) {
        return HexFormat.of().formatHex(new CodeHasher(KEY).hash(recipient, appId, code));
    }

    @Test
    void rfc4231TestCase2ChecksTheJdkPrimitive() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        assertThat(HexFormat.of()
                        .formatHex(mac.doFinal("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void knownAnswers() {
        assertThat(hash("34666555444", "", "1234")).isEqualTo(KNOWN_PHONE);
        assertThat(hash("john@example.com", "shop", "AB12CD")).isEqualTo(KNOWN_EMAIL);
    }

    @Test
    void theHashBindsRecipientAppIdAndCode() {
        String base = hash("34666555444", "shop", "1234");
        assertThat(hash("34666555445", "shop", "1234")).isNotEqualTo(base);
        assertThat(hash("34666555444", "shop2", "1234")).isNotEqualTo(base);
        assertThat(hash("34666555444", "", "1234")).isNotEqualTo(base);
        assertThat(hash("34666555444", "shop", "1235")).isNotEqualTo(base);
        // the length prefixes keep the fields apart where concatenation would not
        assertThat(hash("4666555444", "shop3", "1234")).isNotEqualTo(base);
        assertThat(hash("34666555444", "sho", "p1234")).isNotEqualTo(base);
        assertThat(new CodeHasher("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII))
                        .hash("34666555444", "shop", "1234"))
                .isNotEqualTo(HexFormat.of().parseHex(base));
        assertThat(hash("34666555444", "shop", "1234")).as("deterministic").isEqualTo(base);
    }

    @Test
    void anyFieldsHashAsTheirStreamedMessage() throws Exception {
        // One hasher for every case, so a long field's use of the thread's buffer must not leak into the next hash.
        CodeHasher hasher = new CodeHasher(KEY);
        java.util.Random random = new java.util.Random(20261203L);
        int[] lengths = {0, 1, 13, 254, 255, 1000, 1003, 1007, 1024, 3000};
        for (int i = 0; i < 2000; i++) {
            String appId = field(random, lengths[random.nextInt(lengths.length)]);
            String recipient = field(random, lengths[random.nextInt(lengths.length)]);
            String code = field(random, lengths[random.nextInt(lengths.length)]);
            assertThat(HexFormat.of().formatHex(hasher.hash(recipient, appId, code)))
                    .as("case %d: lengths %d, %d, %d", i, appId.length(), recipient.length(), code.length())
                    .isEqualTo(streamed(recipient, appId, code));
        }
    }

    /** A field of ASCII, or of ASCII with Latin-1, other BMP characters, pairs and lone surrogates mixed in. */
    private static String field(java.util.Random random, int length) {
        boolean ascii = random.nextBoolean();
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = ascii ? 0 : random.nextInt(6);
            b.append(
                    switch (kind) {
                        case 1 -> (char) (0x80 + random.nextInt(0x80));
                        case 2 -> (char) (0x100 + random.nextInt(0xD000));
                        case 3 -> (char) (0xD800 + random.nextInt(0x800));
                        default -> (char) random.nextInt(0x80);
                    });
        }
        return b.toString();
    }

    /** The message written out field by field into a fresh Mac. */
    private static String streamed(String recipient, String appId, String code) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
        mac.update("septet-otp-v1".getBytes(StandardCharsets.US_ASCII));
        for (String field : new String[] {appId, recipient, code}) {
            byte[] octets = field.getBytes(StandardCharsets.UTF_8);
            mac.update(java.nio.ByteBuffer.allocate(4).putInt(octets.length).array());
            mac.update(octets);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    @Test
    void matchesComparesWholeHashes() {
        byte[] a = new CodeHasher(KEY).hash("34666555444", "", "1234");
        byte[] b = a.clone();
        assertThat(CodeHasher.matches(a, b)).isTrue();
        b[31] ^= 1;
        assertThat(CodeHasher.matches(a, b)).isFalse();
        assertThat(CodeHasher.matches(a, new byte[0])).isFalse();
    }

    static final String KNOWN_PHONE = "acb6838b1f010a5101fe42b9f418ff868286926e6039111c48f9e58376c77b06";
    static final String KNOWN_EMAIL = "92fa3c37efa008191d42a28aec147af23276c2016afc99fa5957cae9e58d2561";
}
