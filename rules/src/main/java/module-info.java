/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Septet rules: destination-country sending rules as a pre-send check (quiet hours with the next allowed time,
 * France's STOP line priced in parts, public link shorteners, consent and content declarations).
 */
@SuppressWarnings("requires-automatic")
module dev.septet.rules {
    // transitive: CheckRequest takes core's SmsOptions
    requires transitive dev.septet.sms;
    // libphonenumber ships an Automatic-Module-Name, not a module-info
    requires com.google.i18n.phonenumbers.libphonenumber;

    exports dev.septet.rules;
}
