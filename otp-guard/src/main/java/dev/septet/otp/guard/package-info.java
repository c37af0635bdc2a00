/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * An SMS-pumping guard for {@link dev.septet.otp.OtpService}: {@link dev.septet.otp.guard.Guard} refuses codes for
 * destinations outside a country allow-list, for premium-rate and similar number types, beyond velocity limits per
 * prefix block, country, client and overall, and for countries and prefix blocks whose codes are not being verified.
 * Every counter lives in the service's {@link dev.septet.otp.OtpStore}, so the limits hold across nodes.
 */
package dev.septet.otp.guard;
