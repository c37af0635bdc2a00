/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Septet OTP: self-hosted one-time passcodes with the generate and check semantics the package documentation names,
 * stored in memory or in PostgreSQL through plain JDBC, or in any store implementing the SPI.
 */
module dev.septet.otp {
    // transitive: OtpMessage returns core's Analysis and takes its SmsOptions
    requires transitive dev.septet.sms;
    // transitive: PostgresOtpStore.create takes a javax.sql.DataSource
    requires transitive java.sql;

    exports dev.septet.otp;
}
