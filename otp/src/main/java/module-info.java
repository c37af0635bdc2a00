/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Septet OTP: self-hosted one-time passcodes with the provider API's generate and check semantics, stored in memory
 * or in PostgreSQL through plain JDBC.
 */
module dev.septet.otp {
    // transitive: OtpMessage returns core's Analysis and takes its SmsOptions
    requires transitive dev.septet.sms;
    // transitive: PostgresOtpStore.create takes a javax.sql.DataSource
    requires transitive java.sql;

    exports dev.septet.otp;
}
