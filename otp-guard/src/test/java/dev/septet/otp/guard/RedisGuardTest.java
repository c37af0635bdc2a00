/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import dev.septet.otp.CheckRequest;
import dev.septet.otp.CheckResult;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.GeneratedCode;
import dev.septet.otp.OtpService;
import dev.septet.otp.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/** The guard on a real Redis server, where a store call can fail. */
class RedisGuardTest {
    private static final byte[] SECRET = "a secret shared by every node, 32".getBytes(StandardCharsets.US_ASCII);

    /**
     * A right code is used up before the guard counts it as verified, so a store failure while counting must not
     * turn the check into an error: the code would be gone and the user told nothing.
     */
    @Test
    void aStoreFailureWhileCountingAVerifiedCodeStillAnswersValid() {
        OtpService otp = OtpService.builder(Redis.emptyStores(1)[0])
                .secret(SECRET)
                .sendGuard(Guard.none()
                        .withCountryConversion(ConversionLimit.of(30, 20, Duration.ofHours(1), Duration.ofHours(1))))
                .build();
        String number = Numbers.example("ES", PhoneNumberType.MOBILE);
        GeneratedCode generated = otp.generate(GenerateRequest.of("+" + number));
        long bucket = Math.floorDiv(
                generated.otp().createdAt().toEpochMilli(), Duration.ofHours(1).toMillis());
        try (UnifiedJedis jedis = Redis.client()) {
            // a value of another type at the verified count's key: every write to that counter fails
            jedis.set("septet:otp:count:septet-guard:verified:country:ES:" + bucket, "not a counter");
        }

        CheckResult result = otp.check(CheckRequest.of("+" + number, generated.code()));

        assertThat(result.reason()).isEqualTo(Reason.VALID);
    }
}
