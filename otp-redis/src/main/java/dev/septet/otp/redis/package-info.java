/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * An {@link dev.septet.otp.OtpStore} on Redis: start with {@link dev.septet.otp.redis.RedisOtpStore#create}.
 */
package dev.septet.otp.redis;
