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
