/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.otp.OtpStore;
import dev.septet.otp.StoredOtp;
import dev.septet.otp.WindowedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The semantics of each {@link OtpStore} primitive, one thread at a time: entries by key and version, windowed
 * counters, expiry, and the store clock. Extend it and implement {@link #newStore()}.
 */
public abstract class OtpStoreContractTest extends StoreTestSupport {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Creates the test; subclasses call it implicitly. */
    protected OtpStoreContractTest() {}

    private Instant retain() {
        return t0.plus(Duration.ofMinutes(11));
    }

    @Test
    void getOnAnEmptyStoreIsEmpty() {
        assertThat(store.get(PHONE, "")).isEmpty();
    }

    @Test
    void putThenGetReturnsAnEqualEntry() {
        StoredOtp otp = entry(PHONE, "", 3).withAttemptAt(t0.plusMillis(1500));
        store.put(otp, retain());
        assertThat(store.get(PHONE, "")).contains(otp);
        assertThat(store.get(PHONE, "").orElseThrow().codeHash()).isEqualTo(otp.codeHash());
    }

    @Test
    void putReplacesAnyEntry() {
        store.put(entry(PHONE, "", 3), retain());
        StoredOtp second = entry(PHONE, "", 5);
        store.put(second, retain());
        assertThat(store.get(PHONE, "")).contains(second);
    }

    @Test
    void putIfAbsentStoresOnlyWhenTheKeyIsEmpty() {
        StoredOtp first = entry(PHONE, "", 3);
        assertThat(store.putIfAbsent(first, retain())).isTrue();
        assertThat(store.putIfAbsent(entry(PHONE, "", 3), retain())).isFalse();
        assertThat(store.get(PHONE, "")).contains(first);
    }

    @Test
    void compareAndSetReplacesTheExpectedVersionOnly() {
        StoredOtp otp = entry(PHONE, "", 3);
        store.put(otp, retain());
        StoredOtp counted = otp.withAttemptAt(t0.plusSeconds(1));
        assertThat(store.compareAndSet(otp, counted, retain())).isTrue();
        assertThat(store.get(PHONE, "")).contains(counted);
        assertThat(store.compareAndSet(otp, otp.withAttemptAt(t0.plusSeconds(2)), retain()))
                .as("a stale version (same id, fewer attempts)")
                .isFalse();
        assertThat(store.get(PHONE, "")).contains(counted);
        StoredOtp other = entry(PHONE, "", 3);
        assertThat(store.compareAndSet(other, other.withAttemptAt(t0), retain()))
                .as("another id")
                .isFalse();
        assertThat(store.get(PHONE, "")).contains(counted);
    }

    @Test
    void compareAndSetOnAnEmptyKeyCreatesNothing() {
        StoredOtp otp = entry(PHONE, "", 3);
        assertThat(store.compareAndSet(otp, otp.withAttemptAt(t0), retain())).isFalse();
        assertThat(store.get(PHONE, "")).isEmpty();
    }

    @Test
    void compareAndSetCanReplaceTheEntryWithANewCode() {
        StoredOtp otp = entry(PHONE, "", 3);
        store.put(otp, retain());
        StoredOtp next = entry(PHONE, "", 3);
        assertThat(store.compareAndSet(otp, next, retain())).isTrue();
        assertThat(store.get(PHONE, "")).contains(next);
    }

    @Test
    void aReusedVersionOfADeletedEntryDoesNotMatchItsSuccessor() {
        StoredOtp old = entry(PHONE, "", 3);
        store.put(old, retain());
        assertThat(store.compareAndDelete(old)).isTrue();
        StoredOtp successor = entry(PHONE, "", 3);
        store.put(successor, retain());
        assertThat(store.compareAndSet(old, old.withAttemptAt(t0), retain())).isFalse();
        assertThat(store.get(PHONE, "")).contains(successor);
    }

    @Test
    void compareAndSetRejectsEntriesOfTwoKeys() {
        StoredOtp otp = entry(PHONE, "", 3);
        assertThatThrownBy(() -> store.compareAndSet(otp, entry(PHONE, "other", 3), retain()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.compareAndSet(otp, entry("34666555445", "", 3), retain()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compareAndDeleteRemovesTheEntryOnce() {
        StoredOtp otp = entry(PHONE, "", 3).withAttemptAt(t0);
        store.put(otp, retain());
        assertThat(store.compareAndDelete(otp)).isTrue();
        assertThat(store.compareAndDelete(otp)).isFalse();
        assertThat(store.get(PHONE, "")).isEmpty();
    }

    @Test
    void compareAndDeleteComparesOnlyIdAndAttempts() {
        StoredOtp otp = entry(PHONE, "", 3);
        store.put(otp, retain());
        StoredOtp sameVersion = new StoredOtp(
                PHONE,
                "",
                otp.id(),
                new byte[32],
                otp.attempts(),
                5,
                300,
                t0.plusSeconds(1),
                t0.plusSeconds(2),
                t0.plusSeconds(3));
        assertThat(store.compareAndDelete(sameVersion)).isTrue();
        assertThat(store.get(PHONE, "")).isEmpty();
    }

    @Test
    void compareAndDeleteOfAnotherVersionOrKeyLeavesTheEntry() {
        StoredOtp otp = entry(PHONE, "", 3);
        StoredOtp counted = otp.withAttemptAt(t0);
        store.put(counted, retain());
        assertThat(store.compareAndDelete(otp)).as("an older attempts count").isFalse();
        assertThat(store.compareAndDelete(counted.withAttemptAt(t0)))
                .as("a newer attempts count")
                .isFalse();
        assertThat(store.compareAndDelete(entry(PHONE, "", 3))).as("another id").isFalse();
        StoredOtp otherKey = new StoredOtp(
                PHONE,
                "other",
                counted.id(),
                counted.codeHash(),
                counted.attempts(),
                counted.maxAttempts(),
                counted.maxSecondsValidity(),
                counted.createdAt(),
                counted.updatedAt(),
                counted.expiresAt());
        assertThat(store.compareAndDelete(otherKey)).as("another key").isFalse();
        assertThat(store.get(PHONE, "")).contains(counted);
    }

    @Test
    void keysAreRecipientAndAppIdExactly() {
        List<String[]> keys = List.of(
                new String[] {PHONE, ""},
                new String[] {PHONE, "shop"},
                new String[] {"john@example.com", ""},
                new String[] {PHONE, "4:shop"},
                new String[] {PHONE, "{x}"},
                new String[] {PHONE, "%7Bx%7D"},
                new String[] {"{a}b@example.com", "a:b"},
                new String[] {PHONE, "caf\u00e9 \uD83D\uDD10"},
                new String[] {PHONE, "a".repeat(255)},
                new String[] {"r".repeat(254), "a".repeat(255)},
                new String[] {"*?[a]_%\\'\":x@example.com", "*"});
        for (String[] key : keys) {
            store.put(entry(key[0], key[1], 3), retain());
        }
        for (String[] key : keys) {
            assertThat(store.get(key[0], key[1]))
                    .as("%s / %s", key[0], key[1])
                    .get()
                    .satisfies(o -> assertThat(o.recipient() + "/" + o.appId()).isEqualTo(key[0] + "/" + key[1]));
        }
        assertThat(store.get(PHONE, "other")).isEmpty();
        assertThat(store.get(PHONE, "SHOP")).isEmpty();
    }

    // ---- windowed counters ----------------------------------------------------------------------------------

    @Test
    void incrementStartsAWindowAndAddsWithinIt() {
        assertThat(store.increment("k", 1, MINUTE, t0)).isEqualTo(new WindowedCount(1, t0.plus(MINUTE)));
        assertThat(store.increment("k", 5, MINUTE, t0.plusSeconds(30)))
                .isEqualTo(new WindowedCount(6, t0.plus(MINUTE)));
        assertThat(store.increment("k", 1, Duration.ofHours(1), t0.plus(MINUTE).minusMillis(1)))
                .as("the window end stays")
                .isEqualTo(new WindowedCount(7, t0.plus(MINUTE)));
        assertThat(store.read("k", t0.plus(MINUTE).minusMillis(1))).contains(new WindowedCount(7, t0.plus(MINUTE)));
    }

    @Test
    void aWindowEndsAtItsEndAndTheNextIncrementStartsANewOne() {
        store.increment("k", 3, MINUTE, t0);
        Instant end = t0.plus(MINUTE);
        assertThat(store.read("k", end)).isEmpty();
        assertThat(store.increment("k", 2, Duration.ofSeconds(10), end))
                .isEqualTo(new WindowedCount(2, end.plusSeconds(10)));
        assertThat(store.read("k", end)).contains(new WindowedCount(2, end.plusSeconds(10)));
    }

    @Test
    void aNegativeDeltaNeverGoesBelowZeroNorStartsAWindow() {
        assertThat(store.increment("k", -1, MINUTE, t0)).isEqualTo(new WindowedCount(0, t0));
        assertThat(store.read("k", t0)).isEmpty();
        store.increment("k", 2, MINUTE, t0);
        assertThat(store.increment("k", -1, MINUTE, t0.plusSeconds(1)))
                .isEqualTo(new WindowedCount(1, t0.plus(MINUTE)));
        assertThat(store.increment("k", -5, MINUTE, t0.plusSeconds(2)))
                .isEqualTo(new WindowedCount(0, t0.plus(MINUTE)));
        assertThat(store.increment("k", -1, MINUTE, t0.plus(MINUTE)))
                .as("after the window ended")
                .isEqualTo(new WindowedCount(0, t0.plus(MINUTE)));
        assertThat(store.increment("k", 0, MINUTE, t0.plus(MINUTE))).isEqualTo(new WindowedCount(0, t0.plus(MINUTE)));
    }

    @Test
    void countersAreIndependentOfEachOtherAndOfEntries() {
        store.put(entry(PHONE, "", 3), retain());
        store.increment("a", 1, MINUTE, t0);
        store.increment("A", 10, MINUTE, t0);
        store.increment("otp:failures:{0:" + PHONE + "}", 100, MINUTE, t0);
        assertThat(store.read("a", t0)).map(WindowedCount::value).contains(1L);
        assertThat(store.read("A", t0)).map(WindowedCount::value).contains(10L);
        assertThat(store.read("b", t0)).isEmpty();
        assertThat(store.get(PHONE, "")).isPresent();
        store.compareAndDelete(store.get(PHONE, "").orElseThrow());
        assertThat(store.read("otp:failures:{0:" + PHONE + "}", t0))
                .map(WindowedCount::value)
                .contains(100L);
    }

    @Test
    void counterKeysWithPatternCharactersAreExactKeys() {
        List<String> keys = List.of("*", "k*", "k?", "[k]", "k%", "k_", "k\\", "{k}", "k:", "k".repeat(2048));
        for (int i = 0; i < keys.size(); i++) {
            store.increment(keys.get(i), i + 1, MINUTE, t0);
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(store.read(keys.get(i), t0))
                    .as(keys.get(i))
                    .map(WindowedCount::value)
                    .contains(i + 1L);
        }
        assertThat(store.read("k", t0)).isEmpty();
        assertThat(store.read("kk", t0)).isEmpty();
    }

    @Test
    void countersHoldLargeValuesAndLongWindows() {
        Duration year = Duration.ofDays(366);
        assertThat(store.increment("big", Integer.MAX_VALUE, year, t0).value()).isEqualTo(Integer.MAX_VALUE);
        assertThat(store.increment("big", Integer.MAX_VALUE, year, t0))
                .isEqualTo(new WindowedCount(2L * Integer.MAX_VALUE, t0.plus(year)));
        assertThat(store.increment("ms", 1, Duration.ofMillis(1), t0))
                .isEqualTo(new WindowedCount(1, t0.plusMillis(1)));
        assertThat(store.read("ms", t0.plusMillis(1))).isEmpty();
    }

    @Test
    void incrementRefusesDeltasAndWindowsOutsideItsRangesAndChangesNothing() {
        store.increment("k", 1, MINUTE, t0);
        for (long delta : new long[] {Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThatThrownBy(() -> store.increment("k", delta, MINUTE, t0))
                    .as("delta %d", delta)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("delta");
        }
        List<Duration> windows = List.of(
                Duration.ZERO,
                Duration.ofMillis(-1),
                Duration.ofNanos(1),
                Duration.ofMillis(1).plusNanos(1),
                Duration.ofDays(366).plusMillis(1));
        for (Duration window : windows) {
            assertThatThrownBy(() -> store.increment("k", 1, window, t0))
                    .as("window %s", window)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("window");
            assertThatThrownBy(() -> store.increment("fresh", 1, window, t0))
                    .as("window %s on a new counter", window)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.read("k", t0)).contains(new WindowedCount(1, t0.plus(MINUTE)));
        assertThat(store.read("fresh", t0)).isEmpty();
        assertThat(store.increment("k", Integer.MIN_VALUE, MINUTE, t0))
                .isEqualTo(new WindowedCount(0, t0.plus(MINUTE)));
    }

    @Test
    void nullArgumentsAreRefused() {
        StoredOtp otp = entry(PHONE, "", 3);
        store.put(otp, retain());
        List<Runnable> calls = List.of(
                () -> store.get(null, ""),
                () -> store.get(PHONE, null),
                () -> store.put(null, retain()),
                () -> store.put(otp, null),
                () -> store.putIfAbsent(null, retain()),
                () -> store.putIfAbsent(entry("34666555445", "", 3), null),
                () -> store.compareAndSet(null, otp, retain()),
                () -> store.compareAndSet(otp, null, retain()),
                () -> store.compareAndSet(otp, otp.withAttemptAt(t0), null),
                () -> store.compareAndDelete(null),
                () -> store.increment(null, 1, MINUTE, t0),
                () -> store.increment("k", 1, null, t0),
                () -> store.increment("k", 1, MINUTE, null),
                () -> store.read(null, t0),
                () -> store.read("k", null),
                () -> store.purgeExpired(null));
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)::run).as("call %d", i).isInstanceOf(NullPointerException.class);
        }
        assertThat(store.get(PHONE, "")).contains(otp);
        assertThat(store.get("34666555445", "")).isEmpty();
        assertThat(store.read("k", t0)).isEmpty();
    }

    // ---- expiry and clock -----------------------------------------------------------------------------------

    @Test
    void dataPastItsRetentionIsPurgedOrExpiresNatively() throws InterruptedException {
        StoredOtp short1 = entry(PHONE, "", 3);
        StoredOtp long1 = entry("john@example.com", "", 3);
        if (expiresNatively()) {
            Instant soon = Instant.now().plusMillis(300);
            store.put(short1, soon);
            store.put(long1, retain());
            store.increment("k", 1, Duration.ofMillis(300), Instant.now());
            Thread.sleep(700);
            assertThat(store.get(PHONE, "")).isEmpty();
            assertThat(store.get("john@example.com", "")).contains(long1);
            assertThat(store.purgeExpired(Instant.now())).isZero();
            return;
        }
        Instant cutoff = t0.plusSeconds(61);
        store.put(short1, cutoff);
        store.put(long1, retain());
        store.increment("ends", 1, Duration.ofSeconds(61), t0);
        store.increment("stays", 1, Duration.ofHours(1), t0);
        assertThat(store.purgeExpired(cutoff.minusMillis(1))).isZero();
        assertThat(store.get(PHONE, "")).contains(short1);
        assertThat(store.purgeExpired(cutoff)).isEqualTo(2);
        assertThat(store.get(PHONE, "")).isEmpty();
        assertThat(store.get("john@example.com", "")).contains(long1);
        assertThat(store.read("stays", cutoff)).isPresent();
        assertThat(store.purgeExpired(cutoff)).isZero();
    }

    @Test
    void theStoreClockIfAnyIsCloseToThisMachines() {
        Optional<Instant> time = store.time();
        time.ifPresent(t -> assertThat(Duration.between(Instant.now(), t).abs()).isLessThan(Duration.ofSeconds(5)));
    }
}
