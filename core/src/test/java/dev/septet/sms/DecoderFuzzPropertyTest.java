/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random user data, UDHI flags, data coding schemes and lengths fed to the decoder raise only the documented
 * {@link SmsException}: never an index exception, never an endless loop.
 */
class DecoderFuzzPropertyTest {
    /** A decode outcome is fine when it returns, or throws the documented exception type. */
    private static boolean decodesOrThrowsSmsException(int seed, int dcs, int udl) {
        Random random = new Random(seed);
        byte[] data = new byte[random.nextInt(141)];
        random.nextBytes(data);
        if (data.length > 0 && random.nextBoolean()) {
            data[0] = (byte) random.nextInt(Math.max(1, data.length)); // plausible UDHL more often
        }
        boolean udhi = random.nextBoolean();
        DecodeOptions options = DecodeOptions.defaults()
                .withSeptetFormat(random.nextBoolean() ? SeptetFormat.PACKED : SeptetFormat.UNPACKED)
                .withStrict(random.nextBoolean());
        try {
            Sms.decode(new UserData(dcs, udhi, data, udl < 0 ? OptionalInt.empty() : OptionalInt.of(udl)), options);
            return true;
        } catch (SmsException expected) {
            return expected.getMessage() != null && !expected.getMessage().isEmpty();
        }
    }

    @Test
    void randomInputRaisesOnlyTheDocumentedException() {
        qt().withFixedSeed(0xF022L).withExamples(100_000)
                .forAll(integers().all(), arbitrary().pick(0x00, 0x08, 0x10, 0x18, 0xF0, 0xC0, 0xE0)
                        .mix(integers().between(0, 255), 30), integers().between(-1, 200))
                .check(DecoderFuzzPropertyTest::decodesOrThrowsSmsException);
    }
}
