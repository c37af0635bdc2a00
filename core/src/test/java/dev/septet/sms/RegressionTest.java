/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One method per bug found, named for it, with the input that exposed it. */
class RegressionTest {
    /**
     * The default-alphabet fast path in {@code Planner.plan} returned its plan without the part-limit check, so
     * 161 plain letters passed with maxParts 1, and 39,016 letters produced 256 parts (beyond the protocol limit).
     */
    @Test
    void defaultAlphabetFastPathEnforcesMaxParts() {
        assertThatThrownBy(() -> Sms.analyze("a".repeat(161), SmsOptions.defaults().withMaxParts(1)))
                .isInstanceOfSatisfying(SmsException.class, e -> {
                    assertThat(e.error()).isEqualTo(SmsError.TOO_MANY_PARTS);
                    assertThat(e.partsNeeded()).isEqualTo(2);
                });
        assertThatThrownBy(() -> Sms.split("a".repeat(153 * 255 + 1)))
                .isInstanceOfSatisfying(SmsException.class, e -> assertThat(e.partsNeeded()).isEqualTo(256));
    }
}
