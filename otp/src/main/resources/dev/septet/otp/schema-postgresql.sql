-- Copyright 2026 the Septet authors.
-- SPDX-License-Identifier: Apache-2.0
--
-- Schema for dev.septet.otp.JdbcOtpStore on PostgreSQL (9.5 or later, for INSERT ... ON CONFLICT).
-- One row per (app_id, recipient): the code that is current for that key. Codes are stored only as an
-- HMAC-SHA256 (code_hash); a used code's row is deleted; expired rows are deleted by OtpService.purgeExpired().
-- Apply it with JdbcOtpStore.createSchema() or with your migration tool; the statements are idempotent.
CREATE TABLE IF NOT EXISTS septet_otp (
    app_id               TEXT        NOT NULL,
    recipient            TEXT        NOT NULL,
    id                   TEXT        NOT NULL,
    code_hash            BYTEA       NOT NULL,
    attempts             INTEGER     NOT NULL CHECK (attempts >= 0),
    max_attempts         INTEGER     NOT NULL CHECK (max_attempts BETWEEN 1 AND 10),
    max_seconds_validity INTEGER     NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    expires_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (app_id, recipient),
    CHECK (attempts <= max_attempts)
);
CREATE INDEX IF NOT EXISTS septet_otp_expires_at ON septet_otp (expires_at);
--
-- Throttle counters, used only when the OtpService has a Throttle that is on: one row per (app_id, recipient),
-- kept apart from septet_otp so that new or used codes do not reset them. 'epoch' stands for "never" (every window
-- that started then has ended). expires_at is when every interval and window of the row has ended; purgeExpired()
-- deletes the row after that. Rows are changed only by single conditional INSERT ... ON CONFLICT DO UPDATE ... WHERE
-- and UPDATE statements, so limits hold across nodes.
CREATE TABLE IF NOT EXISTS septet_otp_throttle (
    app_id                TEXT        NOT NULL,
    recipient             TEXT        NOT NULL,
    last_code_at          TIMESTAMPTZ NOT NULL,
    codes_window_start    TIMESTAMPTZ NOT NULL,
    codes                 INTEGER     NOT NULL CHECK (codes >= 0),
    failures_window_start TIMESTAMPTZ NOT NULL,
    failures              INTEGER     NOT NULL CHECK (failures >= 0),
    expires_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (app_id, recipient)
);
CREATE INDEX IF NOT EXISTS septet_otp_throttle_expires_at ON septet_otp_throttle (expires_at);
