/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.otp.CheckRequest;
import dev.septet.otp.CheckResult;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.OtpRecord;
import dev.septet.otp.OtpService;
import dev.septet.otp.PendingCodeException;
import dev.septet.otp.Reason;
import dev.septet.otp.Throttle;
import dev.septet.otp.ThrottledException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generate and check rules of {@link OtpService} (those of the 360nrs REST API's {@code otp/generate} and
 * {@code otp/check}, plus throttling) hold on the store under test, with a service on each of two store objects
 * sharing its backend. Extend it and implement {@link #newStore()}.
 */
public abstract class OtpServiceContractTest extends StoreTestSupport {
    private static final Duration HOUR = Duration.ofHours(1);

    private KitClock clock;
    private OtpService one;
    private OtpService two;

    /** Creates the test; subclasses call it implicitly. */
    protected OtpServiceContractTest() {}

    /** Builds two services without throttling on the store and a second node of it; runs before each test. */
    @BeforeEach
    final void setUpServices() {
        clock = new KitClock(t0);
        one = service(store, clock, Throttle.none());
        two = service(secondNode(store), clock, Throttle.none());
    }

    private OtpService[] throttled(Throttle throttle) {
        return new OtpService[] {service(store, clock, throttle), service(secondNode(store), clock, throttle)};
    }

    private String generate(OtpService otp) {
        return otp.generate(GenerateRequest.of(PHONE).withLength(6)).code();
    }

    private static CheckResult check(OtpService otp, String code) {
        return otp.check(CheckRequest.of(PHONE, code));
    }

    @Test
    void theRightCodeIsValidOnceOnEitherNode() {
        String code = generate(one);
        clock.advance(Duration.ofSeconds(5));
        CheckResult result = check(two, code);
        assertThat(result.reason()).isEqualTo(Reason.VALID);
        assertThat(result.otp())
                .contains(new OtpRecord(PHONE, 1, 3, 60, "", t0, t0.plusSeconds(5), t0.plusSeconds(60)));
        assertThat(check(one, code)).isEqualTo(new CheckResult(false, Reason.INVALID_CODE, Optional.empty()));
    }

    @Test
    void wrongCodesCountAttemptsThenMaximumAttemptsEvenForTheRightCode() {
        String code = generate(one);
        for (int i = 1; i <= 3; i++) {
            CheckResult result = check(i % 2 == 0 ? one : two, wrong(code));
            assertThat(result.reason()).isEqualTo(Reason.INVALID_CODE);
            assertThat(result.otp().orElseThrow().attempts()).isEqualTo(i);
        }
        CheckResult right = check(one, code);
        assertThat(right.reason()).isEqualTo(Reason.MAX_ATTEMPTS);
        assertThat(right.otp().orElseThrow().attempts()).isEqualTo(3);
    }

    @Test
    void anExpiredCodeIsExpiredCountsNoAttemptAndIsForgottenAfterTheRetention() {
        String code = generate(one);
        clock.advance(Duration.ofSeconds(59));
        assertThat(check(two, wrong(code)).otp().orElseThrow().attempts()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        CheckResult expired = check(two, code);
        assertThat(expired.reason()).isEqualTo(Reason.EXPIRED);
        assertThat(expired.otp().orElseThrow().attempts()).isEqualTo(1);
        clock.advance(OtpService.EXPIRED_RETENTION.minusMillis(1));
        assertThat(check(one, code).reason()).isEqualTo(Reason.EXPIRED);
        clock.advance(Duration.ofMillis(1));
        assertThat(check(one, code)).isEqualTo(new CheckResult(false, Reason.INVALID_CODE, Optional.empty()));
    }

    @Test
    void expiryTakesPrecedenceOverMaximumAttempts() {
        String code = one.generate(GenerateRequest.of(PHONE).withLength(6).withMaxAttempts(1))
                .code();
        check(two, wrong(code));
        clock.advance(Duration.ofSeconds(60));
        assertThat(check(one, code).reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void aNewCodeFromEitherNodeReplacesTheOldOneAtOnce() {
        String old = generate(one);
        String current = generate(two);
        if (!old.equals(current)) {
            assertThat(check(one, old).reason()).isEqualTo(Reason.INVALID_CODE);
        }
        assertThat(check(two, current).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void rejectIfPendingCodeRefusesWhilePendingAndGeneratesOtherwise() {
        GenerateRequest request = GenerateRequest.of(PHONE).withLength(6).withRejectIfPendingCode(true);
        String code = one.generate(request).code();
        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> two.generate(request))
                .isInstanceOfSatisfying(
                        PendingCodeException.class,
                        e -> assertThat(e.expiresAt()).isEqualTo(t0.plusSeconds(60)));
        assertThat(check(two, code).reason()).isEqualTo(Reason.VALID);
        String afterUse = two.generate(request).code();
        for (int i = 0; i < 3; i++) {
            check(one, wrong(afterUse));
        }
        String afterExhaustion = one.generate(request).code();
        clock.advance(Duration.ofSeconds(60));
        String afterExpiry = two.generate(request).code();
        assertThat(check(one, afterExpiry).reason()).isEqualTo(Reason.VALID);
        assertThat(afterExhaustion).hasSize(6);
    }

    @Test
    void appIdsKeepSeparateCodes() {
        String plain = generate(one);
        String shop = one.generate(GenerateRequest.of(PHONE).withLength(6).withAppId("shop"))
                .code();
        assertThat(two.check(CheckRequest.of(PHONE, shop).withAppId("shop")).reason())
                .isEqualTo(Reason.VALID);
        assertThat(check(two, plain).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void maxCodesHoldsAcrossNodesUntilTheWindowEnds() {
        OtpService[] nodes = throttled(Throttle.none().withMaxCodes(3, HOUR));
        for (int i = 0; i < 3; i++) {
            generate(nodes[i % 2]);
        }
        assertThatThrownBy(() -> generate(nodes[1])).isInstanceOfSatisfying(ThrottledException.class, e -> {
            assertThat(e.limit()).isEqualTo(Throttle.Limit.MAX_CODES);
            assertThat(e.retryAt()).isEqualTo(t0.plus(HOUR));
        });
        clock.advance(HOUR);
        assertThat(generate(nodes[0])).hasSize(6);
    }

    @Test
    void minIntervalRefusesWithoutSpendingTheCodeLimit() {
        OtpService[] nodes = throttled(
                Throttle.none().withMinInterval(Duration.ofSeconds(30)).withMaxCodes(2, HOUR));
        generate(nodes[0]);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> generate(nodes[1]))
                    .isInstanceOfSatisfying(
                            ThrottledException.class,
                            e -> assertThat(e.limit()).isEqualTo(Throttle.Limit.MIN_INTERVAL));
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(generate(nodes[1]))
                .as("refusals did not spend the code limit")
                .hasSize(6);
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> generate(nodes[0]))
                .isInstanceOfSatisfying(
                        ThrottledException.class, e -> assertThat(e.limit()).isEqualTo(Throttle.Limit.MAX_CODES));
    }

    @Test
    void theFailedCheckBudgetSpansRegenerationsAndThenBlocksChecksAndCodes() {
        OtpService[] nodes = throttled(Throttle.none().withMaxFailedChecks(4, HOUR));
        String first = generate(nodes[0]);
        check(nodes[0], wrong(first));
        check(nodes[1], wrong(first));
        String second = generate(nodes[1]);
        assertThat(check(nodes[0], wrong(second)).reason()).isEqualTo(Reason.INVALID_CODE);
        assertThat(check(nodes[1], wrong(second)).reason())
                .as("the fourth failure, in budget")
                .isEqualTo(Reason.INVALID_CODE);
        assertThatThrownBy(() -> check(nodes[0], second)).isInstanceOfSatisfying(ThrottledException.class, e -> {
            assertThat(e.limit()).isEqualTo(Throttle.Limit.FAILED_CHECKS);
            assertThat(e.retryAt()).isEqualTo(t0.plus(HOUR));
        });
        assertThatThrownBy(() -> generate(nodes[1]))
                .isInstanceOfSatisfying(
                        ThrottledException.class, e -> assertThat(e.limit()).isEqualTo(Throttle.Limit.FAILED_CHECKS));
        clock.advance(HOUR);
        String fresh = generate(nodes[1]);
        assertThat(check(nodes[0], fresh).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void rightCodesGiveTheirReservationBack() {
        OtpService[] nodes = throttled(Throttle.none().withMaxFailedChecks(1, HOUR));
        for (int i = 0; i < 5; i++) {
            assertThat(check(nodes[i % 2], generate(nodes[(i + 1) % 2])).reason())
                    .isEqualTo(Reason.VALID);
        }
        String code = generate(nodes[0]);
        assertThat(check(nodes[1], wrong(code)).reason()).isEqualTo(Reason.INVALID_CODE);
        assertThatThrownBy(() -> check(nodes[0], code)).isInstanceOf(ThrottledException.class);
    }

    @Test
    void whenSeveralLimitsRefuseTheOneEndingLastIsReported() {
        assertLatestRefusal(
                Throttle.none()
                        .withMinInterval(Duration.ofMinutes(1))
                        .withMaxCodes(1, HOUR)
                        .withMaxFailedChecks(1, Duration.ofMinutes(30)),
                "a",
                Throttle.Limit.MAX_CODES,
                HOUR);
        assertLatestRefusal(
                Throttle.none()
                        .withMinInterval(Duration.ofMinutes(1))
                        .withMaxCodes(1, Duration.ofSeconds(30))
                        .withMaxFailedChecks(1, Duration.ofMinutes(30)),
                "b",
                Throttle.Limit.FAILED_CHECKS,
                Duration.ofMinutes(30));
        assertLatestRefusal(
                Throttle.none()
                        .withMinInterval(Duration.ofMinutes(40))
                        .withMaxCodes(1, Duration.ofSeconds(30))
                        .withMaxFailedChecks(1, Duration.ofMinutes(30)),
                "c",
                Throttle.Limit.FAILED_CHECKS,
                Duration.ofMinutes(30));
    }

    /** Generates at t0 and fails a check in appId, then expects the next generate to report limit at t0 + after. */
    private void assertLatestRefusal(Throttle throttle, String appId, Throttle.Limit limit, Duration after) {
        OtpService[] nodes = throttled(throttle);
        String code = nodes[0].generate(
                        GenerateRequest.of(PHONE).withAppId(appId).withLength(6))
                .code();
        nodes[1].check(CheckRequest.of(PHONE, wrong(code)).withAppId(appId));
        assertThatThrownBy(() -> nodes[1].generate(GenerateRequest.of(PHONE).withAppId(appId)))
                .isInstanceOfSatisfying(ThrottledException.class, e -> {
                    assertThat(e.limit()).as(appId).isEqualTo(limit);
                    assertThat(e.retryAt()).as(appId).isEqualTo(t0.plus(after));
                });
    }

    @Test
    void throttleCountersAreKeyedByRecipientAndAppId() {
        OtpService[] nodes = throttled(Throttle.none().withMaxCodes(1, HOUR));
        generate(nodes[0]);
        assertThatThrownBy(() -> generate(nodes[1])).isInstanceOf(ThrottledException.class);
        assertThat(nodes[1].generate(GenerateRequest.of(PHONE).withAppId("shop"))
                        .code())
                .isNotEmpty();
        assertThat(nodes[1].generate(GenerateRequest.of("+34 666 555 445")).code())
                .isNotEmpty();
    }

    @Test
    void purgeLeavesLiveCodesAlone() {
        String code = generate(one);
        clock.advance(Duration.ofSeconds(60));
        assertThat(one.purgeExpired()).isZero();
        assertThat(check(two, code).reason()).isEqualTo(Reason.EXPIRED);
    }
}
