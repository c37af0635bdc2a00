/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link OtpStore} must meet; each implementation's test extends this class and runs exactly
 * these assertions.
 */
abstract class OtpStoreContractTest {
    static final Instant T0 = Instant.parse("2020-01-01T12:00:00Z");
    static final Instant EXPIRES = T0.plusSeconds(60);
    static final String PHONE = "34666555444";

    OtpStore store;
    private int ids;

    /** Returns a store with no entries. */
    abstract OtpStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    StoredOtp entry(String recipient, String appId, int maxAttempts) {
        byte[] hash = new byte[32];
        hash[0] = (byte) ++ids;
        hash[31] = (byte) 0xFF;
        return new StoredOtp(recipient, appId, "id-" + ids, hash, 0, maxAttempts, 60, T0, T0, EXPIRES);
    }

    @Test
    void countAttemptOnMissingKeyIsAbsent() {
        assertThat(store.countAttempt(PHONE, "", T0)).isEqualTo(AttemptResult.absent());
    }

    @Test
    void replaceThenCountAttemptReturnsTheStoredEntryWithOneAttempt() {
        StoredOtp otp = entry(PHONE, "", 3);
        store.replace(otp);
        Instant later = T0.plusMillis(1500);
        AttemptResult result = store.countAttempt(PHONE, "", later);
        assertThat(result.status()).isEqualTo(AttemptResult.Status.COUNTED);
        assertThat(result.otp()).contains(otp.withAttemptAt(later));
        assertThat(result.otp().get().codeHash()).isEqualTo(otp.codeHash());
    }

    @Test
    void attemptsStopAtMaxAttempts() {
        store.replace(entry(PHONE, "", 2));
        assertThat(store.countAttempt(PHONE, "", T0).status()).isEqualTo(AttemptResult.Status.COUNTED);
        assertThat(store.countAttempt(PHONE, "", T0).status()).isEqualTo(AttemptResult.Status.COUNTED);
        AttemptResult third = store.countAttempt(PHONE, "", T0);
        assertThat(third.status()).isEqualTo(AttemptResult.Status.MAX_ATTEMPTS);
        assertThat(third.otp().get().attempts()).isEqualTo(2);
    }

    @Test
    void expiredEntryCountsNoAttemptFromExpiresAtOn() {
        store.replace(entry(PHONE, "", 3));
        assertThat(store.countAttempt(PHONE, "", EXPIRES.minusMillis(1)).status())
                .isEqualTo(AttemptResult.Status.COUNTED);
        AttemptResult atExpiry = store.countAttempt(PHONE, "", EXPIRES);
        assertThat(atExpiry.status()).isEqualTo(AttemptResult.Status.EXPIRED);
        assertThat(atExpiry.otp().get().attempts()).isEqualTo(1);
    }

    @Test
    void expiryTakesPrecedenceOverMaxAttempts() {
        store.replace(entry(PHONE, "", 1));
        store.countAttempt(PHONE, "", T0);
        assertThat(store.countAttempt(PHONE, "", EXPIRES).status()).isEqualTo(AttemptResult.Status.EXPIRED);
    }

    @Test
    void replaceSwapsTheEntryAndResetsAttempts() {
        StoredOtp first = entry(PHONE, "", 3);
        store.replace(first);
        store.countAttempt(PHONE, "", T0);
        StoredOtp second = entry(PHONE, "", 3);
        store.replace(second);
        assertThat(store.markUsed(PHONE, "", first.id())).isFalse();
        AttemptResult result = store.countAttempt(PHONE, "", T0);
        assertThat(result.otp().get().id()).isEqualTo(second.id());
        assertThat(result.otp().get().attempts()).isEqualTo(1);
    }

    @Test
    void keysAreRecipientAndAppId() {
        store.replace(entry(PHONE, "", 3));
        store.replace(entry(PHONE, "shop", 3));
        store.replace(entry("john@example.com", "", 3));
        store.countAttempt(PHONE, "shop", T0);
        assertThat(store.countAttempt(PHONE, "", T0).otp().get().attempts()).isEqualTo(1);
        assertThat(store.countAttempt(PHONE, "shop", T0).otp().get().attempts()).isEqualTo(2);
        assertThat(store.countAttempt("john@example.com", "", T0).otp().get().attempts()).isEqualTo(1);
        assertThat(store.countAttempt(PHONE, "other", T0)).isEqualTo(AttemptResult.absent());
    }

    @Test
    void markUsedSucceedsOnceAndRemovesTheEntry() {
        StoredOtp otp = entry(PHONE, "", 3);
        store.replace(otp);
        assertThat(store.markUsed(PHONE, "", otp.id())).isTrue();
        assertThat(store.markUsed(PHONE, "", otp.id())).isFalse();
        assertThat(store.countAttempt(PHONE, "", T0)).isEqualTo(AttemptResult.absent());
    }

    @Test
    void markUsedWithAnotherIdLeavesTheEntry() {
        StoredOtp otp = entry(PHONE, "", 3);
        store.replace(otp);
        assertThat(store.markUsed(PHONE, "", "not-" + otp.id())).isFalse();
        assertThat(store.markUsed(PHONE, "other", otp.id())).isFalse();
        assertThat(store.countAttempt(PHONE, "", T0).status()).isEqualTo(AttemptResult.Status.COUNTED);
    }

    @Test
    void insertIfNoPendingInsertsWhenEmpty() {
        StoredOtp otp = entry(PHONE, "", 3);
        assertThat(store.insertIfNoPending(otp, T0)).isEmpty();
        assertThat(store.countAttempt(PHONE, "", T0).otp().get().id()).isEqualTo(otp.id());
    }

    @Test
    void insertIfNoPendingReturnsThePendingEntryAndKeepsIt() {
        StoredOtp first = entry(PHONE, "", 3);
        store.replace(first);
        Optional<StoredOtp> blocked = store.insertIfNoPending(entry(PHONE, "", 3), T0.plusSeconds(59));
        assertThat(blocked).contains(first);
        assertThat(store.markUsed(PHONE, "", first.id())).isTrue();
    }

    @Test
    void insertIfNoPendingReplacesAnExpiredEntry() {
        store.replace(entry(PHONE, "", 3));
        StoredOtp second = entry(PHONE, "", 3);
        assertThat(store.insertIfNoPending(second, EXPIRES)).isEmpty();
        assertThat(store.markUsed(PHONE, "", second.id())).isTrue();
    }

    @Test
    void insertIfNoPendingReplacesAnEntryWithNoAttemptsLeft() {
        store.replace(entry(PHONE, "", 1));
        store.countAttempt(PHONE, "", T0);
        StoredOtp second = entry(PHONE, "", 3);
        assertThat(store.insertIfNoPending(second, T0)).isEmpty();
        assertThat(store.markUsed(PHONE, "", second.id())).isTrue();
    }

    @Test
    void insertIfNoPendingInsertsAfterTheCodeWasUsed() {
        StoredOtp first = entry(PHONE, "", 3);
        store.replace(first);
        store.markUsed(PHONE, "", first.id());
        assertThat(store.insertIfNoPending(entry(PHONE, "", 3), T0)).isEmpty();
    }

    @Test
    void purgeRemovesEntriesExpiredAtOrBeforeTheCutoff() {
        store.replace(entry(PHONE, "", 3));
        store.replace(entry("john@example.com", "", 3));
        assertThat(store.purgeExpired(EXPIRES.minusMillis(1))).isZero();
        assertThat(store.countAttempt(PHONE, "", T0).status()).isEqualTo(AttemptResult.Status.COUNTED);
        assertThat(store.purgeExpired(EXPIRES)).isEqualTo(2);
        assertThat(store.countAttempt(PHONE, "", T0)).isEqualTo(AttemptResult.absent());
        assertThat(store.purgeExpired(EXPIRES)).isZero();
    }

    // ---- throttle counters ------------------------------------------------------------------------------------

    static final Duration MINUTE = Duration.ofMinutes(1);
    static final Duration HOUR = Duration.ofHours(1);

    private Optional<ThrottleRefusal> generation(Instant now, Throttle throttle) {
        return store.recordGeneration(PHONE, "", now, throttle);
    }

    private Optional<ThrottleRefusal> failure(Instant now, Throttle throttle) {
        return store.reserveFailedCheck(PHONE, "", now, throttle);
    }

    private static Optional<ThrottleRefusal> refusal(Throttle.Limit limit, Instant retryAt) {
        return Optional.of(new ThrottleRefusal(limit, retryAt));
    }

    @Test
    void minIntervalRefusesUntilItHasPassedAndARefusalChangesNothing() {
        Throttle throttle = Throttle.none().withMinInterval(MINUTE);
        assertThat(generation(T0, throttle)).isEmpty();
        assertThat(generation(T0.plusSeconds(59), throttle)).isEqualTo(refusal(Throttle.Limit.MIN_INTERVAL,
                T0.plus(MINUTE)));
        assertThat(generation(T0.plus(MINUTE), throttle)).as("the refusal did not move the last code").isEmpty();
        assertThat(generation(T0.plus(MINUTE).plusMillis(1), throttle))
                .isEqualTo(refusal(Throttle.Limit.MIN_INTERVAL, T0.plus(MINUTE).plus(MINUTE)));
    }

    @Test
    void maxCodesAllowsThatManyPerWindowThenStartsANewWindow() {
        Throttle throttle = Throttle.none().withMaxCodes(3, HOUR);
        for (int i = 0; i < 3; i++) {
            assertThat(generation(T0.plusSeconds(i), throttle)).as("code %d", i + 1).isEmpty();
        }
        assertThat(generation(T0.plus(HOUR).minusMillis(1), throttle))
                .isEqualTo(refusal(Throttle.Limit.MAX_CODES, T0.plus(HOUR)));
        Instant second = T0.plus(HOUR);
        for (int i = 0; i < 3; i++) {
            assertThat(generation(second.plusSeconds(i), throttle)).as("new window, code %d", i + 1).isEmpty();
        }
        assertThat(generation(second.plusSeconds(3), throttle))
                .isEqualTo(refusal(Throttle.Limit.MAX_CODES, second.plus(HOUR)));
    }

    @Test
    void failedChecksAllowTheBudgetPerWindowThenStartANewWindow() {
        Throttle throttle = Throttle.none().withMaxFailedChecks(2, HOUR);
        Instant first = T0.plusSeconds(10);
        assertThat(failure(first, throttle)).isEmpty();
        assertThat(failure(first.plusSeconds(1), throttle)).isEmpty();
        assertThat(failure(first.plusSeconds(2), throttle))
                .isEqualTo(refusal(Throttle.Limit.FAILED_CHECKS, first.plus(HOUR)));
        assertThat(failure(first.plus(HOUR), throttle)).isEmpty();
        assertThat(failure(first.plus(HOUR), throttle)).isEmpty();
        assertThat(failure(first.plus(HOUR), throttle))
                .isEqualTo(refusal(Throttle.Limit.FAILED_CHECKS, first.plus(HOUR).plus(HOUR)));
    }

    @Test
    void aSpentFailureBudgetRefusesGenerationUntilItsWindowEnds() {
        Throttle throttle = Throttle.none().withMaxFailedChecks(1, HOUR);
        assertThat(generation(T0, throttle)).isEmpty();
        assertThat(failure(T0, throttle)).isEmpty();
        assertThat(generation(T0.plusSeconds(1), throttle))
                .isEqualTo(refusal(Throttle.Limit.FAILED_CHECKS, T0.plus(HOUR)));
        assertThat(generation(T0.plus(HOUR), throttle)).isEmpty();
    }

    @Test
    void generationsLeaveTheFailureBudgetAlone() {
        Throttle throttle = Throttle.none().withMaxFailedChecks(2, HOUR);
        assertThat(failure(T0, throttle)).isEmpty();
        assertThat(generation(T0.plusSeconds(1), throttle)).isEmpty();
        assertThat(failure(T0.plusSeconds(2), throttle)).isEmpty();
        assertThat(failure(T0.plusSeconds(3), throttle)).isPresent();
    }

    @Test
    void whenSeveralLimitsRefuseTheOneEndingLastIsReported() {
        Throttle throttle = Throttle.none().withMinInterval(MINUTE).withMaxCodes(1, HOUR)
                .withMaxFailedChecks(1, Duration.ofMinutes(30));
        assertThat(generation(T0, throttle)).isEmpty();
        assertThat(failure(T0, throttle)).isEmpty();
        assertThat(generation(T0.plusSeconds(1), throttle)).isEqualTo(refusal(Throttle.Limit.MAX_CODES,
                T0.plus(HOUR)));
        Throttle shortWindow = throttle.withMaxCodes(1, Duration.ofSeconds(30));
        assertThat(generation(T0.plusSeconds(1), shortWindow)).isEqualTo(refusal(Throttle.Limit.FAILED_CHECKS,
                T0.plus(Duration.ofMinutes(30))));
    }

    @Test
    void releaseGivesBackOneFailureOfTheCurrentWindowOnly() {
        Throttle throttle = Throttle.none().withMaxFailedChecks(2, HOUR);
        assertThat(failure(T0, throttle)).isEmpty();
        assertThat(failure(T0, throttle)).isEmpty();
        store.releaseFailedCheck(PHONE, "", T0);
        assertThat(failure(T0.plusSeconds(1), throttle)).as("released one").isEmpty();
        assertThat(failure(T0.plusSeconds(1), throttle)).isPresent();
        Instant next = T0.plus(HOUR);
        assertThat(failure(next, throttle)).isEmpty();
        store.releaseFailedCheck(PHONE, "", T0.plusSeconds(1));
        assertThat(failure(next, throttle)).as("a reservation from the old window released nothing").isEmpty();
        assertThat(failure(next, throttle)).isPresent();
        store.releaseFailedCheck(PHONE, "other", next);
        store.releaseFailedCheck("john@example.com", "", next);
        assertThat(failure(next, throttle)).isPresent();
    }

    @Test
    void releaseNeverGoesBelowZero() {
        Throttle throttle = Throttle.none().withMaxFailedChecks(1, HOUR);
        assertThat(failure(T0, throttle)).isEmpty();
        store.releaseFailedCheck(PHONE, "", T0);
        store.releaseFailedCheck(PHONE, "", T0);
        assertThat(failure(T0, throttle)).isEmpty();
        assertThat(failure(T0, throttle)).isPresent();
    }

    @Test
    void throttleCountersAreKeyedByRecipientAndAppIdAndSurviveCodeChanges() {
        Throttle throttle = Throttle.none().withMaxCodes(1, HOUR);
        assertThat(generation(T0, throttle)).isEmpty();
        StoredOtp otp = entry(PHONE, "", 3);
        store.replace(otp);
        store.markUsed(PHONE, "", otp.id());
        assertThat(generation(T0, throttle)).isPresent();
        assertThat(store.recordGeneration(PHONE, "shop", T0, throttle)).isEmpty();
        assertThat(store.recordGeneration("john@example.com", "", T0, throttle)).isEmpty();
    }

    @Test
    void purgeRemovesThrottleCountersOnceAllTheirWindowsEnded() {
        Throttle throttle = Throttle.none().withMinInterval(MINUTE).withMaxCodes(2, HOUR)
                .withMaxFailedChecks(5, Duration.ofHours(2));
        assertThat(generation(T0, throttle)).isEmpty();
        assertThat(failure(T0, throttle)).isEmpty();
        assertThat(store.purgeExpired(T0.plus(Duration.ofHours(2)).minusMillis(1))).isZero();
        assertThat(generation(T0.plus(MINUTE), throttle)).isEmpty();
        assertThat(generation(T0.plus(MINUTE), throttle)).as("still counted").isPresent();
        assertThat(store.purgeExpired(T0.plus(Duration.ofHours(2)))).isEqualTo(1);
        assertThat(store.purgeExpired(T0.plus(Duration.ofHours(2)))).isZero();
    }
}
