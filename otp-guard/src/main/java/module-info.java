/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Septet OTP guard: an SMS-pumping guard that {@code OtpService} consults before it sends a code.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.septet.otp.guard {
    // transitive: Guard implements otp's SendGuard and takes its OtpStore
    requires transitive dev.septet.otp;
    // transitive: Guard.withBlockedTypes takes libphonenumber's PhoneNumberType; it ships an Automatic-Module-Name
    requires transitive com.google.i18n.phonenumbers.libphonenumber;

    exports dev.septet.otp.guard;
}
