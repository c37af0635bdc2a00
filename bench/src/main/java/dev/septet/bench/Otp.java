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
