/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReassemblerTest {
    /** A clock the test moves by hand; expiry tests never sleep. */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();

    private static List<DecodedMessage> parts(String text, int reference) {
        List<DecodedMessage> parts = new ArrayList<>();
        for (EncodedPart p : Sms.encode(text, SmsOptions.defaults(), reference)) {
            parts.add(Sms.decode(UserData.of(p), DecodeOptions.defaults()));
        }
        return parts;
    }

    @Test
    void outOfOrderPartsCompleteOnceWithDuplicatesIgnored() {
        String text = "0123456789".repeat(50);
        List<DecodedMessage> parts = parts(text, 42);
        assertThat(parts).hasSize(4);
        Reassembler r = Reassembler.create(clock, Duration.ofMinutes(5), 100);
        assertThat(r.offer("+351", parts.get(3))).isEmpty();
        assertThat(r.offer("+351", parts.get(0))).isEmpty();
        assertThat(r.offer("+351", parts.get(0))).isEmpty();
        assertThat(r.offer("+351", parts.get(2))).isEmpty();
        assertThat(r.offer("+351", parts.get(1))).contains(text);
        // a late duplicate after completion does not deliver again
        assertThat(r.offer("+351", parts.get(1))).isEmpty();
        assertThat(r.offer("+351", parts.get(2))).isEmpty();
    }

    @Test
    void anyOrderReassemblesTheOriginal() {
        String text = "Ol\u00E1 [mundo] ".repeat(40);
        List<DecodedMessage> parts = parts(text, 7);
        Random random = new Random(1234);
        for (int round = 0; round < 50; round++) {
            List<DecodedMessage> shuffled = new ArrayList<>(parts);
            Collections.shuffle(shuffled, random);
            Reassembler r = Reassembler.create(clock, Duration.ofMinutes(5), 10);
            Optional<String> result = Optional.empty();
            for (DecodedMessage part : shuffled) {
                result = r.offer("a", part);
            }
            assertThat(result).contains(text);
        }
    }

    @Test
    void aReusedReferenceAfterCompletionStartsANewMessage() {
        List<DecodedMessage> first = parts("a".repeat(200), 9);
        List<DecodedMessage> second = parts("b".repeat(200), 9);
        Reassembler r = Reassembler.create(clock, Duration.ofMinutes(5), 10);
        r.offer("s", first.get(0));
        assertThat(r.offer("s", first.get(1))).contains("a".repeat(200));
        assertThat(r.offer("s", first.get(1))).isEmpty();
        assertThat(r.offer("s", second.get(1))).isEmpty();
        assertThat(r.offer("s", second.get(0))).contains("b".repeat(200));
    }

    @Test
    void sendersAndReferencesAreSeparateMessages() {
        List<DecodedMessage> a = parts("a".repeat(200), 1);
        List<DecodedMessage> b = parts("b".repeat(200), 1);
        Reassembler r = Reassembler.create(clock, Duration.ofMinutes(5), 10);
        assertThat(r.offer("alice", a.get(0))).isEmpty();
        assertThat(r.offer("bob", b.get(0))).isEmpty();
        assertThat(r.offer("bob", b.get(1))).contains("b".repeat(200));
        assertThat(r.offer("alice", a.get(1))).contains("a".repeat(200));
    }

    @Test
    void singlePartMessagesAreDeliveredAtOnce() {
        Reassembler r = Reassembler.create(clock, Duration.ofMinutes(5), 10);
        assertThat(r.offer("x", parts("hello", 0).get(0))).contains("hello");
        assertThat(r.held()).isZero();
    }

    @Test
    void incompleteMessagesExpireByTheClock() {
        List<DecodedMessage> parts = parts("z".repeat(300), 5);
        Reassembler r = Reassembler.create(clock, Duration.ofSeconds(30), 10);
        r.offer("s", parts.get(0));
        clock.now = clock.now.plusSeconds(29);
        assertThat(r.purgeExpired()).isZero();
        clock.now = clock.now.plusSeconds(2);
        assertThat(r.purgeExpired()).isEqualTo(1);
        assertThat(r.expired()).isEqualTo(1);
        // the late second part alone does not complete anything
        assertThat(r.offer("s", parts.get(1))).isEmpty();
    }

    @Test
    void aFloodOfFirstPartsIsBoundedAndCounted() {
        Reassembler r = Reassembler.create(clock, Duration.ofHours(1), 1000);
        DecodedMessage first = parts("q".repeat(200), 0).get(0);
        for (int i = 0; i < 100_000; i++) {
            r.offer("sender" + i, first);
        }
        assertThat(r.held()).isEqualTo(1000);
        assertThat(r.evicted()).isEqualTo(99_000);
    }

    @Test
    void invalidSettingsNameTheirField() {
        assertThatThrownBy(() -> Reassembler.create(clock, Duration.ZERO, 1)).isInstanceOf(SmsException.class)
                .extracting(e -> ((SmsException) e).field()).isEqualTo("timeout");
        assertThatThrownBy(() -> Reassembler.create(clock, Duration.ofSeconds(1), 0))
                .isInstanceOf(SmsException.class).extracting(e -> ((SmsException) e).field())
                .isEqualTo("maxMessages");
        assertThatThrownBy(() -> Reassembler.create(null, Duration.ofSeconds(1), 1))
                .isInstanceOf(NullPointerException.class).hasMessage("clock");
    }
}
