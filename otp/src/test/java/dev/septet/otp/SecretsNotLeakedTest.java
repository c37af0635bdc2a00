/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The plaintext code appears only in {@link GeneratedCode#code()}: not in the stores' raw contents (map entries,
 * table rows), not in any toString, not in exception messages. Codes are 10 characters so an accidental match
 * inside a 32-byte hash is practically impossible.
 */
class SecretsNotLeakedTest {
    static final String PHONE = "34666555444";
    static final byte[] SECRET = "a test secret of thirty-two bytes".getBytes(StandardCharsets.US_ASCII);

    private static void assertNoCode(String text, String code) {
        assertThat(text).doesNotContain(code).doesNotContainIgnoringCase(code.toLowerCase(java.util.Locale.ROOT));
    }

    private static void assertHashHoldsNoCode(byte[] bytes, String code) {
        assertNoCode(new String(bytes, StandardCharsets.ISO_8859_1), code);
        assertNoCode(HexFormat.of().formatHex(bytes), code);
    }

    @Test
    void inMemoryEntriesHoldOnlyAHash() {
        InMemoryOtpStore store = InMemoryOtpStore.create();
        OtpService otp = OtpService.builder(store).build();
        String code = otp.generate(GenerateRequest.of(PHONE).withAlpha(true).withLength(10))
                .code();
        assertThat(store.rawEntries()).hasSize(1);
        store.rawEntries().forEach((key, entry) -> {
            assertNoCode(key.toString(), code);
            assertNoCode(entry.toString(), code);
            assertNoCode(entry.id(), code);
            assertThat(entry.codeHash()).hasSize(32);
            assertHashHoldsNoCode(entry.codeHash(), code);
        });
    }

    @Test
    void tableRowsHoldOnlyAHash() throws SQLException {
        Postgres.truncate();
        OtpService otp = OtpService.builder(PostgresOtpStore.create(Postgres.dataSource()))
                .secret(SECRET)
                .build();
        String code = otp.generate(GenerateRequest.of(PHONE).withLength(10)).code();
        int rows = 0;
        try (Connection c = Postgres.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM septet_otp")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    byte[] bytes = rs.getBytes(i);
                    assertHashHoldsNoCode(bytes, code);
                    assertNoCode(rs.getString(i), code);
                }
            }
        }
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void toStringsAndMessagesNeverShowTheCode() {
        InMemoryOtpStore store = InMemoryOtpStore.create();
        OtpService otp = OtpService.builder(store).build();
        GeneratedCode generated = otp.generate(GenerateRequest.of(PHONE).withLength(10));
        String code = generated.code();
        assertNoCode(generated.toString(), code);
        assertNoCode(generated.otp().toString(), code);
        CheckRequest wrong = CheckRequest.of(PHONE, "0000000000".equals(code) ? "1111111111" : "0000000000");
        assertNoCode(wrong.toString(), wrong.code());
        CheckRequest right = CheckRequest.of(PHONE, code);
        assertNoCode(right.toString(), code);
        assertNoCode(otp.check(wrong).toString(), code);
        Throwable pending =
                catchThrowable(() -> otp.generate(GenerateRequest.of(PHONE).withRejectIfPendingCode(true)));
        assertThat(pending).isInstanceOf(PendingCodeException.class);
        assertNoCode(pending.getMessage(), code);
        assertNoCode(pending.toString(), code);
        CheckResult valid = otp.check(right);
        assertThat(valid.valid()).isTrue();
        assertNoCode(valid.toString(), code);
    }

    @Test
    void validationMessagesDoNotEchoTheInput() {
        Throwable e = catchThrowable(() -> GenerateRequest.of("secret-recipient-value"));
        assertThat(e).isInstanceOf(OtpValidationException.class);
        assertThat(e.getMessage()).doesNotContain("secret-recipient-value");
    }

    @Test
    void throttledExceptionsNeverShowTheCode() {
        OtpService otp = OtpService.builder(InMemoryOtpStore.create())
                .throttle(Throttle.none()
                        .withMinInterval(Duration.ofMinutes(1))
                        .withMaxFailedChecks(1, Duration.ofHours(1)))
                .build();
        String code = otp.generate(GenerateRequest.of(PHONE).withLength(10)).code();
        Throwable tooSoon =
                catchThrowable(() -> otp.generate(GenerateRequest.of(PHONE).withLength(10)));
        assertThat(tooSoon).isInstanceOf(ThrottledException.class);
        assertNoCode(tooSoon.getMessage(), code);
        assertNoCode(tooSoon.toString(), code);
        otp.check(CheckRequest.of(PHONE, "0000000000".equals(code) ? "1111111111" : "0000000000"));
        Throwable budgetSpent = catchThrowable(() -> otp.check(CheckRequest.of(PHONE, code)));
        assertThat(budgetSpent).isInstanceOf(ThrottledException.class);
        assertNoCode(budgetSpent.getMessage(), code);
        assertNoCode(budgetSpent.toString(), code);
        assertThat(((ThrottledException) budgetSpent).limit()).isEqualTo(Throttle.Limit.FAILED_CHECKS);
    }
}
