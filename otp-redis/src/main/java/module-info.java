/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Septet OTP Redis store: an {@code OtpStore} on Redis through Jedis.
 */
module dev.septet.otp.redis {
    requires transitive dev.septet.otp;
    // transitive: RedisOtpStore.create takes a Jedis UnifiedJedis
    requires transitive redis.clients.jedis;

    exports dev.septet.otp.redis;
}
