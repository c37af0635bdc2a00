/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Septet OTP test kit: the {@code OtpStore} contract as abstract JUnit 5 test classes that a store's tests extend.
 */
module dev.septet.otp.testkit {
    // transitive: subclasses implement methods that return OtpStore and are JUnit test classes
    requires transitive dev.septet.otp;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports dev.septet.otp.testkit;
    // JUnit calls the test methods reflectively
    opens dev.septet.otp.testkit to
            org.junit.platform.commons;
}
