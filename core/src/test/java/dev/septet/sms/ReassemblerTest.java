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
        assertThatThrownBy(() -> Reassembler.create(clock, Duration.ZERO, 1))
                .isInstanceOf(SmsException.class)
                .extracting(e -> ((SmsException) e).field())
                .isEqualTo("timeout");
        assertThatThrownBy(() -> Reassembler.create(clock, Duration.ofSeconds(1), 0))
                .isInstanceOf(SmsException.class)
                .extracting(e -> ((SmsException) e).field())
                .isEqualTo("maxMessages");
        assertThatThrownBy(() -> Reassembler.create(null, Duration.ofSeconds(1), 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("clock");
    }

    private static DecodedMessage part(String text, int reference, boolean reference16, int total, int sequence) {
        return new DecodedMessage(
                text,
                Encoding.GSM7,
                Optional.of(new Concatenation(reference, total, sequence, reference16)),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    @Test
    void aReusedReferenceWithAnIdenticalFirstPartDeliversBothMessages() {
        Reassembler r = Reassembler.create(clock, Duration.ofMinutes(5), 10);
        assertThat(r.offer("s", part("same ", 3, false, 2, 1))).isEmpty();
        assertThat(r.offer("s", part("one", 3, false, 2, 2))).contains("same one");
        assertThat(r.offer("s", part("same ", 3, false, 2, 1))).isEmpty();
        assertThat(r.offer("s", part("two", 3, false, 2, 2))).contains("same two");
        // the second message may also arrive last part first
        assertThat(r.offer("s", part("three", 3, false, 2, 2))).isEmpty();
        assertThat(r.offer("s", part("same ", 3, false, 2, 1))).contains("same three");
        clock.now = clock.now.plusSeconds(600);
        assertThat(r.purgeExpired()).isZero();
        assertThat(r.expired()).isZero();
    }

    @Test
    void aLateDuplicateOfEveryPartIsNotDeliveredAgainNorReported() {
        List<IncompleteMessage> reported = new ArrayList<>();
        Reassembler r =
                Reassembler.builder().clock(clock).onIncomplete(reported::add).build();
        assertThat(r.offer("s", part("a", 1, false, 3, 1))).isEmpty();
        assertThat(r.offer("s", part("b", 1, false, 3, 2))).isEmpty();
        assertThat(r.offer("s", part("c", 1, false, 3, 3))).contains("abc");
        assertThat(r.offer("s", part("c", 1, false, 3, 3))).isEmpty();
        assertThat(r.offer("s", part("a", 1, false, 3, 1))).isEmpty();
        assertThat(r.offer("s", part("b", 1, false, 3, 2)))
                .as("a whole duplicate")
                .isEmpty();
        // a duplicate of only some parts expires without counting as a lost message
        assertThat(r.offer("s", part("a", 1, false, 3, 1))).isEmpty();
        clock.now = clock.now.plus(Reassembler.DEFAULT_TIMEOUT).plusSeconds(1);
        assertThat(r.purgeExpired()).isZero();
        assertThat(reported).isEmpty();
        assertThat(r.held()).isZero();
        assertThat(r.heldOctets()).isZero();
    }

    @Test
    void eightAndSixteenBitReferencesWithTheSameNumberAreDistinct() {
        Reassembler r = Reassembler.create(clock, Duration.ofMinutes(5), 10);
        assertThat(r.offer("s", part("8-bit ", 7, false, 2, 1))).isEmpty();
        assertThat(r.offer("s", part("16-bit ", 7, true, 2, 1))).isEmpty();
        assertThat(r.offer("s", part("one", 7, true, 2, 2))).contains("16-bit one");
        assertThat(r.offer("s", part("two", 7, false, 2, 2))).contains("8-bit two");
    }

    @Test
    void aClockSteppingBackNeitherKeepsOldMessagesNorExpiresYoungOnes() {
        List<IncompleteMessage> reported = new ArrayList<>();
        Reassembler r = Reassembler.builder()
                .clock(clock)
                .timeout(Duration.ofSeconds(30))
                .onIncomplete(reported::add)
                .build();
        r.offer("s", part("old", 1, false, 2, 1));
        clock.now = clock.now.minus(Duration.ofHours(1));
        r.offer("s", part("young", 2, false, 2, 1));
        clock.now = clock.now.plusSeconds(29);
        assertThat(r.purgeExpired()).isZero();
        clock.now = clock.now.plusSeconds(2);
        // 31 seconds have passed for both; the first arrived at a later wall-clock time, which must not shield the
        // second
        assertThat(r.purgeExpired()).isEqualTo(2);
        assertThat(reported).extracting(m -> m.parts().get(1)).containsExactly("old", "young");
    }

    @Test
    void expiryHappensOnOfferAloneWithThePartsReported() {
        List<IncompleteMessage> reported = new ArrayList<>();
        Reassembler r = Reassembler.builder()
                .clock(clock)
                .timeout(Duration.ofSeconds(30))
                .onIncomplete(reported::add)
                .build();
        r.offer("+351", part("first ", 9, false, 3, 1));
        r.offer("+351", part("third", 9, false, 3, 3));
        clock.now = clock.now.plusSeconds(30);
        assertThat(r.offer("+44", part("hello", 0, false, 1, 1))).contains("hello");
        assertThat(r.expired()).isEqualTo(1);
        assertThat(reported)
                .containsExactly(new IncompleteMessage(
                        "+351",
                        9,
                        false,
                        3,
                        new java.util.TreeMap<>(java.util.Map.of(1, "first ", 3, "third")),
                        IncompleteMessage.Reason.EXPIRED));
        assertThat(r.held()).as("the completed single part is remembered").isEqualTo(1);
    }

    @Test
    void aReusedReferenceBeforeCompletionSupersedesTheOldMessage() {
        List<IncompleteMessage> reported = new ArrayList<>();
        Reassembler r =
                Reassembler.builder().clock(clock).onIncomplete(reported::add).build();
        r.offer("s", part("lost ", 5, false, 2, 1));
        assertThat(r.offer("s", part("new ", 5, false, 2, 1))).isEmpty();
        assertThat(r.offer("s", part("message", 5, false, 2, 2))).contains("new message");
        assertThat(r.superseded()).isEqualTo(1);
        assertThat(reported).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(IncompleteMessage.Reason.SUPERSEDED);
            assertThat(m.parts()).containsExactly(java.util.Map.entry(1, "lost "));
        });
    }

    @Test
    void octetsHeldAreBoundedAsWellAsMessages() {
        List<IncompleteMessage> reported = new ArrayList<>();
        String big = "x".repeat(32 * 1024); // 64 KiB of text as held
        Reassembler r = Reassembler.builder()
                .clock(clock)
                .maxMessages(100)
                .maxOctets(1 << 20)
                .onIncomplete(reported::add)
                .build();
        for (int m = 0; m < 100; m++) {
            for (int p = 1; p < 50; p++) {
                r.offer("s", part(big, m, false, 50, p));
                assertThat(r.heldOctets()).isLessThanOrEqualTo(1 << 20);
            }
        }
        // 49 parts of 64 KiB never fit in 1 MiB: the oldest message goes whenever the held text outgrows it
        assertThat(r.evicted()).isPositive();
        assertThat(reported)
                .hasSize((int) r.evicted())
                .allMatch(m -> m.reason() == IncompleteMessage.Reason.EVICTED
                        && m.parts().size() <= 17);
        reported.clear();
        // a single part beyond the bound is given up at once, not allowed to evict everything else
        Reassembler small = Reassembler.builder()
                .clock(clock)
                .maxOctets(10)
                .onIncomplete(reported::add)
                .build();
        assertThat(small.offer("s", part("0123456789", 1, false, 2, 1))).isEmpty();
        assertThat(small.held()).isZero();
        assertThat(small.offer("s", part("0123456789", 1, false, 1, 1))).contains("0123456789");
    }

    @Test
    void theDefaultOctetBoundStopsPartsLargerThanAnSms() {
        // 100 messages of 50 parts of 64 KiB used to be held whole: 328 MB
        Reassembler r = Reassembler.create(clock, Duration.ofMinutes(5), 100);
        String big = "y".repeat(32 * 1024);
        for (int m = 0; m < 100; m++) {
            for (int p = 1; p < 50; p++) {
                r.offer("s", part(big, m, false, 50, p));
            }
        }
        assertThat(r.heldOctets()).isLessThanOrEqualTo(100 * Reassembler.OCTETS_PER_LARGEST_MESSAGE);
    }

    @Test
    void oneSendersFloodEvictsOnlyItsOwnMessages() {
        Reassembler r = Reassembler.builder()
                .clock(clock)
                .maxMessages(1000)
                .maxMessagesPerSender(10)
                .build();
        r.offer("alice", part("hello ", 1, false, 2, 1));
        for (int i = 0; i < 100_000; i++) {
            r.offer("mallory", part("spam", i & 0xFFFF, true, 2, 1));
        }
        assertThat(r.held()).isEqualTo(11);
        assertThat(r.evicted()).isEqualTo(100_000 - 10);
        assertThat(r.offer("alice", part("world", 1, false, 2, 2))).contains("hello world");
    }

    @Test
    void concurrentOffersDeliverEveryMessageExactlyOnce() throws Exception {
        int threads = 4;
        int messagesPerThread = 2_000;
        Reassembler r =
                Reassembler.builder().clock(clock).maxMessages(1_000_000).build();
        java.util.concurrent.ConcurrentLinkedQueue<String> delivered =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    // each thread delivers the parts of its messages, interleaved with the others, last part first
                    for (int m = 0; m < messagesPerThread; m++) {
                        String sender = "t" + thread;
                        for (int p = 3; p >= 1; p--) {
                            r.offer(sender, part(sender + ":" + m + ":" + p + ";", m & 0xFFFF, true, 3, p))
                                    .ifPresent(delivered::add);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> f : done) {
                f.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(delivered)
                .hasSize(threads * messagesPerThread)
                .doesNotHaveDuplicates()
                .allMatch(text -> text.matches("(t\\d+):(\\d+):1;\\1:\\2:2;\\1:\\2:3;"));
        assertThat(r.evicted() + r.expired() + r.superseded()).isZero();
    }

    @Test
    void builderSettingsNameTheirField() {
        assertThatThrownBy(() -> Reassembler.builder().maxOctets(0))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.field()).isEqualTo("maxOctets"));
        assertThatThrownBy(() -> Reassembler.builder().maxMessagesPerSender(0))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.field()).isEqualTo("maxMessagesPerSender"));
        assertThatThrownBy(() -> Reassembler.builder().timeout(Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.field()).isEqualTo("timeout"));
        assertThatThrownBy(() -> Reassembler.builder().onIncomplete(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("onIncomplete");
    }

    @Test
    void aFailingCallbackStillGetsEveryReportAndThePartIsKept() {
        List<IncompleteMessage> reported = new ArrayList<>();
        Reassembler r = Reassembler.builder()
                .clock(clock)
                .maxMessages(1)
                .onIncomplete(m -> {
                    reported.add(m);
                    throw new IllegalStateException("callback failed");
                })
                .build();
        r.offer("s", part("a", 1, false, 2, 1));
        assertThatThrownBy(() -> r.offer("s", part("b", 2, false, 2, 1))).hasMessage("callback failed");
        assertThat(reported).hasSize(1);
        assertThat(r.offer("s", part("c", 2, false, 2, 2))).contains("bc");
    }

    @Test
    void veryLongTimeoutsAndClockJumpsSaturate() {
        Reassembler forever = Reassembler.create(clock, java.time.temporal.ChronoUnit.FOREVER.getDuration(), 10);
        forever.offer("s", part("a", 1, false, 2, 1));
        clock.now = clock.now.plus(Duration.ofDays(1000 * 365));
        assertThat(forever.purgeExpired()).isZero();
        assertThat(forever.offer("s", part("b", 1, false, 2, 2))).contains("ab");
        Reassembler r = Reassembler.create(clock, Duration.ofSeconds(30), 10);
        r.offer("s", part("a", 1, false, 2, 1));
        clock.now = Instant.MAX;
        assertThat(r.purgeExpired()).isEqualTo(1);
        r.offer("s", part("c", 1, false, 2, 1));
        clock.now = Instant.MIN;
        assertThat(r.purgeExpired()).isZero();
    }
}
