/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.otp.CheckRequest;
import dev.septet.otp.CheckResult;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.OtpService;
import java.util.Locale;

/** The OTP operations shared by the OTP benchmarks, so each store runs the same pair. */
final class Otp {
    private Otp() {}

    /** {@code count} distinct UK-style mobile numbers for a thread, disjoint from other threads'. */
    static String[] recipients(int thread, int count) {
        String[] numbers = new String[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = String.format(Locale.ROOT, "+447%02d%07d", thread, i);
        }
        return numbers;
    }

    /** The thread number whose recipients {@link #warmUp} uses: no benchmark runs that many threads. */
    static final int WARM_UP_THREAD = 99;

    /**
     * Runs right-code and wrong-code pairs on a service for a while, before JMH's own warmup, so that a run with short
     * warmup settings (the report's {@code -wi 3 -w 1s}) measures compiled code rather than the JIT compiler's
     * progress: on a busy two-core machine the OTP path took seconds of pairs to reach its steady state, and the
     * first second was many times slower. The recipients are {@link #WARM_UP_THREAD}'s, which no benchmark thread
     * uses.
     *
     * @param otp the service
     * @param nanos how long to run, in nanoseconds
     * @return how many pairs ran
     */
    static int warmUp(OtpService otp, long nanos) {
        String[] numbers = recipients(WARM_UP_THREAD, 10_000);
        long end = System.nanoTime() + nanos;
        int pairs = 0;
        while (System.nanoTime() - end < 0) {
            String recipient = numbers[pairs % numbers.length];
            if (!(pairs % 2 == 0
                    ? right(otp, recipient).valid()
                    : !wrong(otp, recipient).valid())) {
                throw new IllegalStateException("a warm-up pair gave the wrong answer for " + recipient);
            }
            pairs++;
        }
        return pairs;
    }

    /** Generates a code for the recipient and checks it. */
    static CheckResult right(OtpService otp, String recipient) {
        String code = otp.generate(GenerateRequest.of(recipient)).code();
        return otp.check(CheckRequest.of(recipient, code));
    }

    /** Generates a code for the recipient and checks a code that differs in its first digit. */
    static CheckResult wrong(OtpService otp, String recipient) {
        String code = otp.generate(GenerateRequest.of(recipient)).code();
        String typo = (code.charAt(0) == '0' ? '1' : '0') + code.substring(1);
        return otp.check(CheckRequest.of(recipient, typo));
    }
}
