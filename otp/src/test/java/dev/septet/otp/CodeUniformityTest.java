/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every position of a generated code is uniform over its alphabet: Pearson's chi-square per position, over hundreds of
 * thousands of codes, stays below the critical value for p = 1e-9, and a generator with the classic modulo bias
 * ({@code randomByte % alphabetSize}) is caught at every position.
 *
 * <p>The critical value uses the Wilson-Hilferty approximation, which for these degrees of freedom is a little above
 * the exact value (63.5 against 60.7 for 9 degrees), so a correct generator fails with probability below 1e-9 per
 * position. The random source is SHA1PRNG with a fixed seed, so the run is reproducible. Sizes are chosen so the
 * biased generator's expected statistic is about twice the threshold or more: for digits a byte modulo 10 makes six
 * digits 26/256 likely instead of 25.6/256, which 400,000 codes show with a statistic near 155.
 */
class CodeUniformityTest {
    /** The standard normal quantile for an upper tail of 1e-9. */
    private static final double Z_1E9 = 5.9978;

    static double criticalValue(int degreesOfFreedom) {
        double k = degreesOfFreedom;
        double t = 1 - 2 / (9 * k) + Z_1E9 * Math.sqrt(2 / (9 * k));
        return k * t * t * t;
    }

    static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Returns the chi-square statistic of each position over {@code count} codes. */
    static double[] chiSquarePerPosition(Supplier<String> codes, String alphabet, int length, int count) {
        long[][] observed = new long[length][alphabet.length()];
        for (int i = 0; i < count; i++) {
            String code = codes.get();
            assertThat(code).hasSize(length);
            for (int p = 0; p < length; p++) {
                int symbol = alphabet.indexOf(code.charAt(p));
                assertThat(symbol).as("symbol %s", code.charAt(p)).isNotNegative();
                observed[p][symbol]++;
            }
        }
        double expected = (double) count / alphabet.length();
        double[] chi = new double[length];
        for (int p = 0; p < length; p++) {
            for (long o : observed[p]) {
                chi[p] += (o - expected) * (o - expected) / expected;
            }
        }
        return chi;
    }

    private static void assertUniform(GenerateRequest request, String alphabet, int count) {
        OtpService otp = OtpService.builder(InMemoryOtpStore.create())
                .random(seeded("uniform " + alphabet))
                .throttle(Throttle.none())
                .build();
        double[] chi = chiSquarePerPosition(() -> otp.generate(request).code(), alphabet, request.length(), count);
        assertThat(Arrays.stream(chi).max().getAsDouble()).isLessThan(criticalValue(alphabet.length() - 1));
    }

    private static void assertBiasCaught(String alphabet, int length, int count) {
        SecureRandom random = seeded("biased " + alphabet);
        Supplier<String> biased = () -> {
            char[] code = new char[length];
            for (int i = 0; i < length; i++) {
                code[i] = alphabet.charAt((random.nextInt() & 0xFF) % alphabet.length());
            }
            return new String(code);
        };
        double[] chi = chiSquarePerPosition(biased, alphabet, length, count);
        assertThat(Arrays.stream(chi).min().getAsDouble()).isGreaterThan(criticalValue(alphabet.length() - 1));
    }

    @Test
    void numericCodesAreUniformAtEveryPosition() {
        assertUniform(GenerateRequest.of("34666555444").withLength(6), CodeGenerator.DIGITS, 400_000);
    }

    @Test
    void alphanumericCodesAreUniformAtEveryPosition() {
        assertUniform(
                GenerateRequest.of("34666555444").withAlpha(true).withLength(8), CodeGenerator.ALPHANUMERIC, 200_000);
    }

    @Test
    void codesWithoutLookAlikesAreUniformAtEveryPosition() {
        assertUniform(
                GenerateRequest.of("34666555444").withAlpha(true).withLength(5).withExcludeLookAlikes(true),
                CodeGenerator.ALPHANUMERIC_DISTINCT,
                200_000);
    }

    @Test
    void moduloBiasIsCaughtForDigits() {
        assertBiasCaught(CodeGenerator.DIGITS, 6, 400_000);
    }

    @Test
    void moduloBiasIsCaughtForAlphanumerics() {
        assertBiasCaught(CodeGenerator.ALPHANUMERIC, 8, 200_000);
    }

    @Test
    void criticalValueIsAtOrAboveTheExactOne() {
        assertThat(criticalValue(9)).isBetween(60.66, 64.0);
        assertThat(criticalValue(35)).isBetween(110.3, 113.0);
    }
}
