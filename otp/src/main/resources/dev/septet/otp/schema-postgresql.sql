-- Copyright 2026 the Septet authors.
-- SPDX-License-Identifier: Apache-2.0
--
-- Schema for dev.septet.otp.PostgresOtpStore on PostgreSQL 9.5 or later (INSERT ... ON CONFLICT).
-- ${codes} and ${counters} stand for the configured table names (default septet_otp and septet_otp_counter),
-- ${codes_name} and ${counters_name} for the same names without a schema; PostgresOtpStore.schemaSql() fills them in.
-- Apply it with PostgresOtpStore.createSchema() or with your migration tool; the statements are idempotent.
--
-- One row per (app_id, recipient): the code that is current for that key, stored only as an HMAC-SHA256
-- (code_hash). The CHECK constraints are the ranges dev.septet.otp.StoredOtp enforces. retain_until is when the
-- row may be deleted by OtpService.purgeExpired().
CREATE TABLE IF NOT EXISTS ${codes} (
    app_id               TEXT        NOT NULL CHECK (char_length(app_id) <= 255),
    recipient            TEXT        NOT NULL CHECK (char_length(recipient) BETWEEN 1 AND 254),
    id                   TEXT        NOT NULL CHECK (id ~ '^[0-9a-f]{32}$'),
    code_hash            BYTEA       NOT NULL CHECK (octet_length(code_hash) = 32),
    attempts             INTEGER     NOT NULL CHECK (attempts >= 0),
    max_attempts         INTEGER     NOT NULL CHECK (max_attempts BETWEEN 1 AND 10),
    max_seconds_validity INTEGER     NOT NULL CHECK (max_seconds_validity BETWEEN 30 AND 600),
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    expires_at           TIMESTAMPTZ NOT NULL,
    retain_until         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (app_id, recipient),
    CHECK (attempts <= max_attempts)
);
CREATE INDEX IF NOT EXISTS ${codes_name}_retain_until ON ${codes} (retain_until);
--
-- Windowed counters (OtpStore.increment): the service's throttle counters and any other policy's. A row whose
-- window_end has passed is dead and is replaced by the next increment or deleted by purgeExpired().
CREATE TABLE IF NOT EXISTS ${counters} (
    key        TEXT        NOT NULL PRIMARY KEY CHECK (char_length(key) BETWEEN 1 AND 2048),
    value      BIGINT      NOT NULL CHECK (value >= 0),
    window_end TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS ${counters_name}_window_end ON ${counters} (window_end);
