/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Sms#countParts} allocates nothing on its fast paths, measured by the JVM's per-thread allocation counter
 * over many calls after warm-up (a per-call allocation of even 16 bytes would show as hundreds of kilobytes).
 *
 * <p>The counter ({@code com.sun.management.ThreadMXBean}) is reached by reflection, which needs no module
 * readability, so core's module descriptor stays {@code java.base} only.
 */
class AllocationTest {
    private static final int CALLS = 20_000;
    /** Slack for the counter's own bookkeeping; far below one array per call. */
    private static final long SLACK_BYTES = 4096;

    private static final String GSM_160 = "Your Septet code is 482913. It expires in 10 minutes; never share it"
            + " with anyone, not even our staff. Didn't ask for it? Reply STOP or call +44 20 7946 0000 now";
    private static final String EXTENSION =
            "Order {A-17} is ready [paid]: total \u20AC12.50 ~ use code ^X|Y\\Z at" + " the desk. Thanks!";
    private static final String PORTUGUESE = "Ol\u00E1 Jo\u00E3o, a sua encomenda n\u00BA 4821 est\u00E1 a caminho."
            + " Aten\u00E7\u00E3o: o c\u00F3digo \u00E9 v\u00E1lido at\u00E9 \u00E0s 18h. Obrigado pela"
            + " prefer\u00EAncia!";

    private static long allocatedBy(Runnable calls) {
        calls.run(); // warm-up: class initialisation, the per-thread buffer, compilation
        calls.run();
        return Allocations.during(calls);
    }

    private static Runnable count(String text, SmsOptions options, int parts) {
        return () -> {
            int sum = 0;
            for (int i = 0; i < CALLS; i++) {
                sum += Sms.countParts(text, options);
            }
            assertThat(sum).isEqualTo(CALLS * parts);
        };
    }

    @Test
    void defaultAlphabetAllocatesNothing() {
        assertThat(allocatedBy(count(GSM_160, SmsOptions.defaults(), 1))).isLessThan(SLACK_BYTES);
    }

    @Test
    void longDefaultAlphabetAllocatesNothing() {
        assertThat(allocatedBy(count(GSM_160.repeat(100), SmsOptions.defaults(), 105)))
                .isLessThan(SLACK_BYTES);
    }

    @Test
    void extensionCharactersWithAllLanguagesAllocateNothing() {
        SmsOptions all = SmsOptions.defaults().withLanguages(EnumSet.allOf(NationalLanguage.class));
        assertThat(allocatedBy(count(EXTENSION, all, 1))).isLessThan(SLACK_BYTES);
        assertThat(allocatedBy(count(GSM_160, all, 1))).isLessThan(SLACK_BYTES);
    }

    @Test
    void ucs2AllocatesNothing() {
        String emoji =
                "Ol\u00E1 \u0418\u0432\u0430\u043D! Your code is 4821 \uD83D\uDE00 \u2014 valid 10 min \uD83D\uDC4D";
        assertThat(allocatedBy(count(emoji, SmsOptions.defaults(), 1))).isLessThan(SLACK_BYTES);
        assertThat(allocatedBy(count(emoji.repeat(4), SmsOptions.defaults(), 3)))
                .isLessThan(SLACK_BYTES);
    }

    @Test
    void nationalTablesAllocateNothing() {
        SmsOptions portuguese = SmsOptions.defaults().withLanguages(EnumSet.of(NationalLanguage.PORTUGUESE));
        assertThat(allocatedBy(count(PORTUGUESE, portuguese, 1))).isLessThan(SLACK_BYTES);
    }
}
