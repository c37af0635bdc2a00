/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Arithmetic part boundaries are the greedy fill's boundaries wherever they are used, and only there. */
class UniformPartsTest {
    private static final String PLAIN = "Your code is 482913; it expires in 10 minutes. ";

    private static String plain(int length) {
        return PLAIN.repeat(length / PLAIN.length() + 1).substring(0, length);
    }

    @ParameterizedTest
    @ValueSource(ints = {161, 306, 307, 459, 460, 2048, 16_000})
    void startsAndUnitsAreTheFillsFor8And16BitReferences(int length) {
        for (boolean reference16 : new boolean[] {false, true}) {
            Plan plan = Planner.plan(plain(length), SmsOptions.defaults().withReference16(reference16));
            assertThat(UniformParts.applies(plan)).isTrue();
            int[] filled = new int[plan.parts];
            Splitter.fill(plan.text, plan.encoding, 0, false, plan.capacity, filled);
            assertThat(plan.partStarts()).isEqualTo(filled);
            for (int p = 0; p < plan.parts; p++) {
                String part = plan.partText(filled, p);
                assertThat(plan.partUnits(p, part)).isEqualTo(Splitter.cost(part, Encoding.GSM7, 0));
            }
        }
    }

    @Test
    void escapesNationalTablesAndUcs2UseTheFill() {
        assertThat(UniformParts.applies(Planner.plan(plain(300) + "{", SmsOptions.defaults())))
                .isFalse();
        assertThat(UniformParts.applies(Planner.plan("\u0416".repeat(100), SmsOptions.defaults())))
                .isFalse();
        Plan portuguese = Planner.plan(
                "\u00E7\u00E3o ".repeat(80),
                SmsOptions.defaults().withLanguages(java.util.Set.of(NationalLanguage.PORTUGUESE)));
        assertThat(portuguese.lockingNli).isNotZero();
        assertThat(UniformParts.applies(portuguese)).isFalse();
        assertThat(Arrays.stream(Planner.plan(plain(160), SmsOptions.defaults()).partStarts()))
                .containsExactly(0);
    }
}
