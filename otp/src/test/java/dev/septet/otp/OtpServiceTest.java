/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generate and check semantics of the 360nrs REST API (see the package documentation), on the in-memory store
 * with a hand-moved clock. Throttling is off here unless a test turns it on; its default has tests of its own.
 */
class OtpServiceTest {
    static final String PHONE = "34666555444";

    private final MutableClock clock = new MutableClock();
    private final InMemoryOtpStore store = InMemoryOtpStore.create();
    private OtpService otp;
    private Locale savedLocale;

    @BeforeEach
    void setUp() {
        otp = OtpService.builder(store).clock(clock).throttle(Throttle.none()).build();
        savedLocale = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    private OtpService scripted(String alphabet, String code) {
        return OtpService.builder(store)
                .clock(clock)
                .throttle(Throttle.none())
                .random(new ScriptedRandom(alphabet, code))
                .build();
    }

    private CheckResult check(String code) {
        return otp.check(CheckRequest.of(PHONE, code));
    }

    private static String wrong(String code) {
        return code.charAt(0) == '9' ? "0" + code.substring(1) : "9" + code.substring(1);
    }

    // ---- generate: defaults and result -------------------------------------------------------------------

    @Test
    void generateWithDefaultsReturnsTheDocumentedRecord() {
        GeneratedCode generated = otp.generate(GenerateRequest.of(PHONE));
        assertThat(generated.code()).matches("[0-9]{4}");
        Instant t0 = MutableClock.START;
        assertThat(generated.otp()).isEqualTo(new OtpRecord(PHONE, 0, 3, 60, "", t0, t0, t0.plusSeconds(60)));
    }

    @Test
    void requestDefaultsAreTheDocumentedOnes() {
        assertThat(GenerateRequest.of(PHONE)).isEqualTo(new GenerateRequest(PHONE, false, 0, 3, 60, "", false, false));
        assertThat(GenerateRequest.of(PHONE).length()).isEqualTo(GenerateRequest.POLICY_LENGTH);
        assertThat(CheckRequest.of(PHONE, "1234")).isEqualTo(new CheckRequest(PHONE, "1234", false, ""));
        assertThat(new GenerateRequest(PHONE, false, 4, 3, 60, null, false, false).appId())
                .isEmpty();
        assertThat(new CheckRequest(PHONE, "1", false, null).appId()).isEmpty();
    }

    @Test
    void generateHonoursEveryOption() {
        GeneratedCode generated = otp.generate(GenerateRequest.of(PHONE)
                .withAlpha(true)
                .withLength(10)
                .withMaxAttempts(10)
                .withMaxSecondsValidity(600)
                .withAppId("shop"));
        assertThat(generated.code()).matches("[0-9A-Z]{10}");
        Instant t0 = MutableClock.START;
        assertThat(generated.otp()).isEqualTo(new OtpRecord(PHONE, 0, 10, 600, "shop", t0, t0, t0.plusSeconds(600)));
    }

    @Test
    void leadingZerosAreKept() {
        assertThat(scripted(CodeGenerator.DIGITS, "007")
                        .generate(GenerateRequest.of(PHONE).withLength(3))
                        .code())
                .isEqualTo("007");
    }

    @Test
    void lookAlikesCanBeExcludedFromAlphanumericCodes() {
        GenerateRequest request =
                GenerateRequest.of(PHONE).withAlpha(true).withLength(10).withExcludeLookAlikes(true);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            all.append(otp.generate(request).code());
        }
        assertThat(all.toString()).doesNotContain("0", "O", "1", "I").contains("2", "Z");
        assertThat(otp.generate(GenerateRequest.of(PHONE).withLength(10).withExcludeLookAlikes(true))
                        .code())
                .matches("[0-9]{10}");
    }

    @Test
    void generatedTimesAreTruncatedToMilliseconds() {
        clock.advance(java.time.Duration.ofNanos(1_234_567));
        assertThat(otp.generate(GenerateRequest.of(PHONE)).otp().createdAt())
                .isEqualTo(MutableClock.START.plusMillis(1));
    }

    // ---- validation ---------------------------------------------------------------------------------------

    private static void assertInvalid(Supplier<?> call, String field, String message) {
        assertThatThrownBy(call::get).isInstanceOfSatisfying(OtpValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void missingRecipientIsRequired() {
        for (String missing : new String[] {null, "", "   "}) {
            assertInvalid(() -> GenerateRequest.of(missing), "recipient", "The recipient field is required.");
            assertInvalid(() -> CheckRequest.of(missing, "1234"), "recipient", "The recipient field is required.");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "invalidUrl",
                "12",
                "+",
                "john@",
                "@example.com",
                "john@example",
                "john@@example.com",
                "john@exa mple.com",
                "34 666 +555",
                "123456789012345678",
                "12345",
                "john..doe@example.com",
                "john@-example.com",
                "j\u00f6hn@example.com",
                "\u0663\u0664\u0666\u0666\u0666\u0665\u0665\u0665"
            })
    void malformedRecipientIsRejected(String recipient) {
        String message = "The recipient field must be a valid phone or email.";
        assertInvalid(() -> GenerateRequest.of(recipient), "recipient", message);
        assertInvalid(() -> CheckRequest.of(recipient, "1234"), "recipient", message);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "34666555444",
                "+34 666 555 444",
                "+123 123 123",
                "+1234567890",
                "john@example.com",
                "0034666555444",
                "123456",
                "123456789012345",
                "+61 412 345 678",
                "John.Smith+otp@Mail.Example.COM"
            })
    void documentedRecipientFormatsAreAccepted(String recipient) {
        assertThat(otp.generate(GenerateRequest.of(recipient)).otp().recipient())
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+34 666 555 444",
                "0034 666 555 444",
                "34666555444",
                "(+34) 666-555-444",
                "+0034666555444",
                " +34.666.555.444 ",
                "00 34 (666) 555-444",
                "+34 (0) 666 555 444",
                "+34(0)666555444",
                "0034 (0)666 555 444"
            })
    void everySpellingOfANumberIsOneKeyForCodesAndThrottles(String spelling) {
        OtpService throttled = OtpService.builder(store)
                .clock(clock)
                .throttle(Throttle.none().withMaxCodes(1, Duration.ofHours(1)))
                .build();
        String code = throttled
                .generate(GenerateRequest.of("+34 666 555 444").withLength(6))
                .code();
        assertThatThrownBy(() -> throttled.generate(GenerateRequest.of(spelling)))
                .as("the throttle counts %s as the same recipient", spelling)
                .isInstanceOf(ThrottledException.class);
        CheckResult result = throttled.check(CheckRequest.of(spelling, code));
        assertThat(result.reason()).isEqualTo(Reason.VALID);
        assertThat(result.otp().orElseThrow().recipient()).isEqualTo(PHONE);
        assertThat(RecipientNormalizer.e164().normalize(spelling.strip())).isEqualTo(PHONE);
    }

    @Test
    void aZeroInParenthesesIsDroppedOnlyRightAfterTheCountryCode() {
        RecipientNormalizer e164 = RecipientNormalizer.e164();
        assertThat(e164.normalize("+351 (0) 21 234 5678")).isEqualTo("351212345678");
        assertThat(e164.normalize("+0034 (0) 666 555 444")).isEqualTo(PHONE);
        assertThat(e164.normalize("+34 666 (0)55 544"))
                .as("a zero further on is a digit of the number")
                .isEqualTo("34666055544");
        assertThat(e164.normalize("0034 666 (0)55 544")).isEqualTo("34666055544");
        assertThat(e164.normalize("+4420 (0)7946 0000")).isEqualTo("4420079460000");
        assertThat(otp.generate(GenerateRequest.of("+34 666 (0)55 544")).otp().recipient())
                .isEqualTo("34666055544");
    }

    @Test
    void nationalNumbersNeedADefaultCountryCallingCode() {
        for (String national : new String[] {"0412345678", "(0412) 345 678", "0666 555 444", "(0)412 345 678"}) {
            assertInvalid(
                    () -> otp.generate(GenerateRequest.of(national)),
                    "recipient",
                    "The recipient field is a national number; write it in international format, such as "
                            + "+34 666 555 444.");
            assertInvalid(
                    () -> otp.check(CheckRequest.of(national, "1234")),
                    "recipient",
                    "The recipient field is a national number; write it in international format, such as "
                            + "+34 666 555 444.");
        }
        OtpService australian = OtpService.builder(store)
                .clock(clock)
                .throttle(Throttle.none())
                .recipientNormalizer(RecipientNormalizer.e164(61))
                .build();
        String code = australian.generate(GenerateRequest.of("0412 345 678")).code();
        CheckResult result = australian.check(CheckRequest.of("+61 412 345 678", code));
        assertThat(result.valid()).isTrue();
        assertThat(result.otp().orElseThrow().recipient()).isEqualTo("61412345678");
        assertThat(RecipientNormalizer.e164(61).normalize("0034 666 555 444"))
                .as("a 00 number keeps its code")
                .isEqualTo(PHONE);
        assertThat(RecipientNormalizer.e164(999).normalize("0123456")).isEqualTo("999123456");
        assertThat(RecipientNormalizer.e164(61).normalize("(0)412 345 678"))
                .as("a national number's (0) is its trunk prefix")
                .isEqualTo("61412345678");
        assertThat(RecipientNormalizer.e164().normalize("+39 (06) 1234 5678"))
                .as("only (0) alone is dropped")
                .isEqualTo("390612345678");
        assertThatThrownBy(() -> RecipientNormalizer.e164(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("defaultCountryCallingCode must be between 1 and 999 inclusive, was 0");
        assertThatThrownBy(() -> RecipientNormalizer.e164(1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void e164RulesOutCountryCodesStartingWithZeroAndOverlongNumbers() {
        for (String bad : new String[] {
            "+034 666 555 444",
            "+0 123456",
            "+34 666 555 444 555 66",
            "0012345",
            "1234567890123456",
            "+00034 666 555 444"
        }) {
            assertInvalid(
                    () -> otp.generate(GenerateRequest.of(bad)),
                    "recipient",
                    "The recipient field must be a valid phone or email.");
        }
        assertThat(RecipientNormalizer.e164().normalize("John@Example.COM")).isEqualTo("john@example.com");
    }

    @Test
    void aReplacementNormaliserIsUsedAndHeldToItsContract() {
        OtpService lastDigits = OtpService.builder(store)
                .clock(clock)
                .throttle(Throttle.none())
                .recipientNormalizer(r -> "x" + r.substring(r.length() - 3))
                .build();
        String code = lastDigits.generate(GenerateRequest.of("+34 666 555 444")).code();
        assertThat(lastDigits
                        .check(CheckRequest.of("+1 555 000 444", code))
                        .otp()
                        .orElseThrow()
                        .recipient())
                .isEqualTo("x444");
        OtpService failing = OtpService.builder(store)
                .clock(clock)
                .throttle(Throttle.none())
                .recipientNormalizer(r -> {
                    throw new IllegalArgumentException("cannot parse " + r);
                })
                .build();
        Throwable thrown = catchThrowable(() -> failing.generate(GenerateRequest.of("+34 666 555 444")));
        assertThat(thrown)
                .isInstanceOf(OtpValidationException.class)
                .hasMessage("The recipient field must be a valid phone or email.");
        OtpService empty = OtpService.builder(store)
                .clock(clock)
                .recipientNormalizer(r -> "")
                .build();
        assertThatThrownBy(() -> empty.generate(GenerateRequest.of(PHONE))).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u007f", "\u0085", "a\n", "a\uD800", "\uDFFFa", "a\uDBFF\uDBFF"})
    void aNormaliserThatReturnsAnUnstorableKeyIsRefusedBeforeTheStore(String key) {
        OtpService broken = OtpService.builder(store)
                .clock(clock)
                .throttle(Throttle.none())
                .recipientNormalizer(r -> key)
                .build();
        assertThatThrownBy(() -> broken.generate(GenerateRequest.of(PHONE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("recipient normaliser")
                .hasMessageContaining("at index");
        assertThatThrownBy(() -> broken.check(CheckRequest.of(PHONE, "1234")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("recipient normaliser");
        assertThat(store.size()).isZero();
    }

    @Test
    void aNormaliserMayReturnKeysWithPairedSurrogates() {
        OtpService emoji = OtpService.builder(store)
                .clock(clock)
                .throttle(Throttle.none())
                .recipientNormalizer(r -> "key \uD83D\uDD10")
                .build();
        String code = emoji.generate(GenerateRequest.of(PHONE)).code();
        assertThat(emoji.check(CheckRequest.of(PHONE, code)).valid()).isTrue();
    }

    @Test
    void lengthOutOfRangeIsRejected() {
        for (int length : new int[] {Integer.MIN_VALUE, -1, 1, 2, 11}) {
            assertInvalid(
                    () -> GenerateRequest.of(PHONE).withLength(length),
                    "length",
                    "The length field must be between 3 and 10.");
        }
    }

    @Test
    void maxAttemptsOutOfRangeIsRejected() {
        for (int attempts : new int[] {-1, 0, 11}) {
            assertInvalid(
                    () -> GenerateRequest.of(PHONE).withMaxAttempts(attempts),
                    "maxAttempts",
                    "The maxAttempts field must be between 1 and 10.");
        }
    }

    @Test
    void maxSecondsValidityOutOfRangeIsRejected() {
        for (int seconds : new int[] {0, 29, 601, Integer.MAX_VALUE}) {
            assertInvalid(
                    () -> GenerateRequest.of(PHONE).withMaxSecondsValidity(seconds),
                    "maxSecondsValidity",
                    "The maxSecondsValidity field must be between 30 and 600.");
        }
    }

    @Test
    void overlongAppIdIsRejected() {
        String appId = "a".repeat(256);
        String message = "The appId field must not be longer than 255 characters.";
        assertInvalid(() -> GenerateRequest.of(PHONE).withAppId(appId), "appId", message);
        assertInvalid(() -> CheckRequest.of(PHONE, "1234").withAppId(appId), "appId", message);
        assertThat(GenerateRequest.of(PHONE).withAppId("a".repeat(255)).appId()).hasSize(255);
    }

    @Test
    void appIdsWithControlCharactersOrUnpairedSurrogatesAreRejected() {
        String[][] cases = {
            {"app\u0000", "control characters; found one at index 3"},
            {"\tapp", "control characters; found one at index 0"},
            {"a\u007Fb", "control characters; found one at index 1"},
            {"a\u0085", "control characters; found one at index 1"},
            {"app\uDC00", "an unpaired surrogate; found one at index 3"},
            {"\uD83Dapp", "an unpaired surrogate; found one at index 0"},
            {"app\uD83D", "an unpaired surrogate; found one at index 3"}
        };
        for (String[] c : cases) {
            String message = "The appId field must not contain " + c[1] + ".";
            assertInvalid(() -> GenerateRequest.of(PHONE).withAppId(c[0]), "appId", message);
            assertInvalid(() -> CheckRequest.of(PHONE, "1234").withAppId(c[0]), "appId", message);
        }
        assertThat(otp.generate(GenerateRequest.of(PHONE).withAppId("app \uD83D\uDD10 caf\u00e9"))
                        .otp()
                        .appId())
                .isEqualTo("app \uD83D\uDD10 caf\u00e9");
    }

    @Test
    void missingCodeIsRequired() {
        for (String code : new String[] {null, "", " \t"}) {
            assertInvalid(() -> CheckRequest.of(PHONE, code), "code", "The code field is required.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {" 4821", "4821 ", "\t4821\n", "  4821\r\n"})
    void whiteSpaceAroundATypedCodeIsIgnored(String typed) {
        scripted(CodeGenerator.DIGITS, "4821").generate(GenerateRequest.of(PHONE));
        assertThat(CheckRequest.of(PHONE, typed).code()).isEqualTo("4821");
        CheckResult result = check(typed);
        assertThat(result.reason()).isEqualTo(Reason.VALID);
        assertThat(result.otp().get().attempts()).isEqualTo(1);
    }

    @Test
    void whiteSpaceInsideATypedCodeIsAWrongCode() {
        scripted(CodeGenerator.DIGITS, "4821").generate(GenerateRequest.of(PHONE));
        assertThat(check("48 21").reason()).isEqualTo(Reason.INVALID_CODE);
        assertThat(check("4821").reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void boundaryValuesAreAccepted() {
        GenerateRequest low =
                GenerateRequest.of(PHONE).withLength(3).withMaxAttempts(1).withMaxSecondsValidity(30);
        assertThat(otp.generate(low).code()).hasSize(3);
    }

    // ---- strict policy ------------------------------------------------------------------------------------

    @Test
    void strictPolicyRejectsCodeSpacesBelowAMillionAndStoresNothing() {
        String first = otp.generate(GenerateRequest.of(PHONE)).code();
        OtpService strict =
                OtpService.builder(store).clock(clock).policy(OtpPolicy.STRICT).build();
        assertInvalid(
                () -> strict.generate(GenerateRequest.of(PHONE).withLength(4)),
                "length",
                "The length field must be at least 6 under the strict policy.");
        assertInvalid(
                () -> strict.generate(GenerateRequest.of(PHONE).withLength(5)),
                "length",
                "The length field must be at least 6 under the strict policy.");
        assertInvalid(
                () -> strict.generate(GenerateRequest.of(PHONE).withAlpha(true).withLength(3)),
                "length",
                "The length field must be at least 4 under the strict policy.");
        assertThat(check(first).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void strictPolicyDefaultsToItsShortestLength() {
        OtpService strict = OtpService.builder(store)
                .clock(clock)
                .throttle(Throttle.none())
                .policy(OtpPolicy.STRICT)
                .build();
        assertThat(strict.generate(GenerateRequest.of(PHONE)).code()).matches("[0-9]{6}");
        assertThat(strict.generate(GenerateRequest.of(PHONE).withAlpha(true)).code())
                .matches("[0-9A-Z]{4}");
        assertThat(strict.generate(GenerateRequest.of(PHONE).withAlpha(true).withExcludeLookAlikes(true))
                        .code())
                .hasSize(4);
        assertThat(otp.generate(GenerateRequest.of(PHONE)).code())
                .as("compatible")
                .matches("[0-9]{4}");
        assertThat(otp.generate(GenerateRequest.of(PHONE).withLength(0).withAlpha(true))
                        .code())
                .hasSize(4);
    }

    @Test
    void strictPolicyAcceptsSixDigitsAndFourAlphanumerics() {
        OtpService strict =
                OtpService.builder(store).clock(clock).policy(OtpPolicy.STRICT).build();
        assertThat(strict.generate(GenerateRequest.of(PHONE).withLength(6)).code())
                .hasSize(6);
        assertThat(strict.generate(GenerateRequest.of(PHONE).withAlpha(true).withLength(4))
                        .code())
                .hasSize(4);
        assertThat(strict.generate(GenerateRequest.of(PHONE)
                                .withAlpha(true)
                                .withLength(4)
                                .withExcludeLookAlikes(true))
                        .code())
                .hasSize(4);
    }

    // ---- check: precedence of reasons ---------------------------------------------------------------------

    @Test
    void rightCodeIsValidOnceWithAttemptsOne() {
        String code = otp.generate(GenerateRequest.of(PHONE)).code();
        clock.advanceSeconds(5);
        CheckResult result = check(code);
        assertThat(result.valid()).isTrue();
        assertThat(result.reason().text()).isEqualTo("Valid");
        Instant t0 = MutableClock.START;
        assertThat(result.otp())
                .contains(new OtpRecord(PHONE, 1, 3, 60, "", t0, t0.plusSeconds(5), t0.plusSeconds(60)));
        CheckResult again = check(code);
        assertThat(again.reason().text()).isEqualTo("Invalid code");
        assertThat(again.otp()).isEmpty();
    }

    @Test
    void noCodeIsInvalidCodeWithoutRecord() {
        assertThat(check("1234")).isEqualTo(new CheckResult(false, Reason.INVALID_CODE, Optional.empty()));
    }

    @Test
    void wrongCodesCountAttemptsThenMaximumAttemptsEvenForTheRightCode() {
        String code = otp.generate(GenerateRequest.of(PHONE)).code();
        for (int i = 1; i <= 3; i++) {
            CheckResult result = check(wrong(code));
            assertThat(result.reason().text()).isEqualTo("Invalid code");
            assertThat(result.otp().get().attempts()).isEqualTo(i);
        }
        CheckResult right = check(code);
        assertThat(right.valid()).isFalse();
        assertThat(right.reason().text()).isEqualTo("Maximum attempts reached");
        assertThat(right.otp().get().attempts()).isEqualTo(3);
    }

    @Test
    void rightCodeAfterWrongOnesIsValidWhileAttemptsRemain() {
        String code = otp.generate(GenerateRequest.of(PHONE)).code();
        check(wrong(code));
        check(wrong(code));
        CheckResult result = check(code);
        assertThat(result.reason()).isEqualTo(Reason.VALID);
        assertThat(result.otp().get().attempts()).isEqualTo(3);
    }

    @Test
    void expiredCodeIsExpiredAndCountsNoAttempt() {
        String code = otp.generate(GenerateRequest.of(PHONE)).code();
        clock.advanceSeconds(59);
        assertThat(check(wrong(code)).otp().get().attempts()).isEqualTo(1);
        clock.advanceSeconds(1);
        CheckResult expired = check(code);
        assertThat(expired.reason().text()).isEqualTo("Expired");
        assertThat(expired.valid()).isFalse();
        assertThat(expired.otp().get().attempts()).isEqualTo(1);
        assertThat(check(code).otp().get().attempts()).isEqualTo(1);
    }

    @Test
    void expiryTakesPrecedenceOverMaximumAttempts() {
        String code = otp.generate(GenerateRequest.of(PHONE).withMaxAttempts(1)).code();
        check(wrong(code));
        clock.advanceSeconds(60);
        assertThat(check(code).reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void expiredCodeIsForgottenAfterTheRetention() {
        String code = otp.generate(GenerateRequest.of(PHONE)).code();
        clock.advance(java.time.Duration.ofSeconds(60)
                .plus(OtpService.EXPIRED_RETENTION)
                .minusMillis(1));
        assertThat(check(code).reason()).isEqualTo(Reason.EXPIRED);
        clock.advance(java.time.Duration.ofMillis(1));
        assertThat(check(code)).isEqualTo(new CheckResult(false, Reason.INVALID_CODE, Optional.empty()));
        assertThat(otp.purgeExpired()).isEqualTo(1);
        assertThat(otp.purgeExpired()).isZero();
    }

    @Test
    void purgeKeepsCodesWithinTheRetention() {
        otp.generate(GenerateRequest.of(PHONE));
        clock.advanceSeconds(60);
        assertThat(otp.purgeExpired()).isZero();
        assertThat(check("1234").reason()).isEqualTo(Reason.EXPIRED);
    }

    // ---- replacement, rejectIfPendingCode, appId ----------------------------------------------------------

    @Test
    void newCodeReplacesTheOldOneAtOnce() {
        String old = scripted(CodeGenerator.DIGITS, "1111")
                .generate(GenerateRequest.of(PHONE))
                .code();
        String current = scripted(CodeGenerator.DIGITS, "2222")
                .generate(GenerateRequest.of(PHONE))
                .code();
        CheckResult oldResult = check(old);
        assertThat(oldResult.reason()).isEqualTo(Reason.INVALID_CODE);
        assertThat(oldResult.otp().get().attempts()).isEqualTo(1);
        assertThat(check(current).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void rejectIfPendingCodeFailsWithTheExpiryAndKeepsTheOldCode() {
        String code = otp.generate(GenerateRequest.of(PHONE)).code();
        clock.advanceSeconds(10);
        assertThatThrownBy(() -> otp.generate(GenerateRequest.of(PHONE).withRejectIfPendingCode(true)))
                .isInstanceOfSatisfying(
                        PendingCodeException.class,
                        e -> assertThat(e.expiresAt()).isEqualTo(MutableClock.START.plusSeconds(60)));
        assertThat(check(code).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void rejectIfPendingCodeGeneratesWhenNothingIsPending() {
        GenerateRequest request = GenerateRequest.of(PHONE).withRejectIfPendingCode(true);
        String first = scripted(CodeGenerator.DIGITS, "1111").generate(request).code();
        assertThat(check(first).valid()).isTrue();
        String afterUse =
                scripted(CodeGenerator.DIGITS, "2222").generate(request).code();
        for (int i = 0; i < 3; i++) {
            check(wrong(afterUse));
        }
        // scripted codes: two random ones would collide once in 10,000 runs and make the last check VALID
        String afterMaxAttempts =
                scripted(CodeGenerator.DIGITS, "3333").generate(request).code();
        clock.advanceSeconds(60);
        String afterExpiry =
                scripted(CodeGenerator.DIGITS, "4444").generate(request).code();
        assertThat(check(afterMaxAttempts).reason()).isEqualTo(Reason.INVALID_CODE);
        assertThat(check(afterExpiry).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void rejectIfPendingCodeIsPerAppId() {
        otp.generate(GenerateRequest.of(PHONE));
        assertThat(otp.generate(GenerateRequest.of(PHONE).withAppId("shop").withRejectIfPendingCode(true))
                        .code())
                .isNotEmpty();
    }

    @Test
    void appIdsKeepSeparateCodesForOneRecipient() {
        String plain = scripted(CodeGenerator.DIGITS, "1111")
                .generate(GenerateRequest.of(PHONE))
                .code();
        String shop = scripted(CodeGenerator.DIGITS, "2222")
                .generate(GenerateRequest.of(PHONE).withAppId("shop"))
                .code();
        assertThat(otp.check(CheckRequest.of(PHONE, plain).withAppId("shop")).reason())
                .isEqualTo(Reason.INVALID_CODE);
        assertThat(otp.check(CheckRequest.of(PHONE, shop).withAppId("other")).otp())
                .isEmpty();
        assertThat(otp.check(CheckRequest.of(PHONE, shop).withAppId("shop")).reason())
                .isEqualTo(Reason.VALID);
        assertThat(check(plain).reason()).isEqualTo(Reason.VALID);
    }

    // ---- case and locale ----------------------------------------------------------------------------------

    @Test
    void lowerCaseInputMatchesAnAlphanumericCodeUnlessCaseSensitive() {
        GenerateRequest request = GenerateRequest.of(PHONE).withAlpha(true).withLength(6);
        String code =
                scripted(CodeGenerator.ALPHANUMERIC, "AB12CD").generate(request).code();
        assertThat(otp.check(CheckRequest.of(PHONE, "ab12cd").withCaseSensitive(true))
                        .reason())
                .isEqualTo(Reason.INVALID_CODE);
        assertThat(otp.check(CheckRequest.of(PHONE, "ab12cd")).reason()).isEqualTo(Reason.VALID);
        assertThat(code).isEqualTo("AB12CD");
        scripted(CodeGenerator.ALPHANUMERIC, "AB12CD").generate(request);
        assertThat(otp.check(CheckRequest.of(PHONE, "AB12CD").withCaseSensitive(true))
                        .reason())
                .isEqualTo(Reason.VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0131KIZ", // dotless i upper-cases to I
                "IK\u0131Z",
                "I\u212AIZ", // Kelvin sign lower-cases to k
                "\u0130KIZ", // dotted capital I
                "\uFF29\uFF2B\uFF29\uFF3A" // full-width letters
            })
    void onlyAsciiLettersFoldToTheCodesLetters(String typed) {
        GenerateRequest request = GenerateRequest.of(PHONE).withAlpha(true);
        scripted(CodeGenerator.ALPHANUMERIC, "IKIZ").generate(request);
        assertThat(otp.check(CheckRequest.of(PHONE, typed)).reason()).isEqualTo(Reason.INVALID_CODE);
        assertThat(check("ikiz").reason()).isEqualTo(Reason.VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u00DF12", // sharp s upper-cases to SS
                "\u017FS12", // long s upper-cases to S
                "\uFB06" + "12" // the st ligature upper-cases to ST
            })
    void noCharacterUpperCasesIntoSeveralLettersOfTheCode(String typed) {
        GenerateRequest request = GenerateRequest.of(PHONE).withAlpha(true);
        String code = typed.startsWith("\uFB06") ? "ST12" : "SS12";
        scripted(CodeGenerator.ALPHANUMERIC, code).generate(request);
        assertThat(otp.check(CheckRequest.of(PHONE, typed)).reason()).isEqualTo(Reason.INVALID_CODE);
        assertThat(check(code.toLowerCase(Locale.ROOT)).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void turkishDefaultLocaleDoesNotBreakTheLetterI() {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertThat("i".toUpperCase(Locale.getDefault())).isEqualTo("\u0130");
        GenerateRequest request = GenerateRequest.of("TIM@EXAMPLE.COM").withAlpha(true);
        scripted(CodeGenerator.ALPHANUMERIC, "IKIZ").generate(request);
        CheckResult result = otp.check(CheckRequest.of("tim@example.com", "ikiz"));
        assertThat(result.reason()).isEqualTo(Reason.VALID);
        assertThat(result.otp().get().recipient()).isEqualTo("tim@example.com");
    }

    // ---- throttling -----------------------------------------------------------------------------------------

    private OtpService throttled(Throttle throttle) {
        return OtpService.builder(store).clock(clock).throttle(throttle).build();
    }

    private static ThrottledException throttledBy(Runnable call, Throttle.Limit limit, Instant retryAt) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(ThrottledException.class);
        ThrottledException e = (ThrottledException) thrown;
        assertThat(e.limit()).isEqualTo(limit);
        assertThat(e.retryAt()).isEqualTo(retryAt);
        assertThat(e.getMessage()).contains(retryAt.toString()).doesNotContain(PHONE);
        return e;
    }

    @Test
    void theDefaultThrottleAllowsFiveCodesAndTenWrongCodesAnHour() {
        assertThat(Throttle.defaults())
                .isEqualTo(Throttle.none()
                        .withMaxCodes(5, Duration.ofHours(1))
                        .withMaxFailedChecks(10, Duration.ofHours(1)));
        OtpService byDefault = OtpService.builder(store).clock(clock).build();
        for (int i = 0; i < 2; i++) {
            String code = byDefault
                    .generate(GenerateRequest.of(PHONE).withMaxAttempts(10))
                    .code();
            for (int j = 0; j < 5; j++) {
                assertThat(byDefault.check(CheckRequest.of(PHONE, wrong(code))).reason())
                        .isEqualTo(Reason.INVALID_CODE);
            }
        }
        Instant hour = MutableClock.START.plus(Duration.ofHours(1));
        throttledBy(() -> byDefault.generate(GenerateRequest.of(PHONE)), Throttle.Limit.FAILED_CHECKS, hour);
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            byDefault.generate(GenerateRequest.of(PHONE));
        }
        throttledBy(
                () -> byDefault.generate(GenerateRequest.of(PHONE)),
                Throttle.Limit.MAX_CODES,
                hour.plus(Duration.ofHours(1)));
    }

    @Test
    void throttlingCanBeTurnedOff() {
        assertThat(Throttle.none().isOn()).isFalse();
        for (int i = 0; i < 50; i++) {
            String code = otp.generate(GenerateRequest.of(PHONE)).code();
            for (int j = 1; j <= 3; j++) {
                assertThat(check(wrong(code)).otp().get().attempts()).isEqualTo(j);
            }
        }
        assertThat(check(otp.generate(GenerateRequest.of(PHONE)).code()).valid())
                .isTrue();
        assertThat(store.counterSize()).as("no counters kept when off").isZero();
    }

    @Test
    void minIntervalRefusesANewCodeUntilItHasPassedAndKeepsTheOldCode() {
        OtpService service = throttled(Throttle.none().withMinInterval(Duration.ofSeconds(30)));
        String code = service.generate(GenerateRequest.of(PHONE)).code();
        clock.advanceSeconds(29);
        Instant retryAt = MutableClock.START.plusSeconds(30);
        throttledBy(() -> service.generate(GenerateRequest.of(PHONE)), Throttle.Limit.MIN_INTERVAL, retryAt);
        assertThat(service.generate(GenerateRequest.of(PHONE).withAppId("shop")).code())
                .as("per appId")
                .isNotNull();
        clock.advanceSeconds(1);
        assertThat(service.check(CheckRequest.of(PHONE, code)).valid())
                .as("the refused request stored nothing")
                .isTrue();
        assertThat(service.generate(GenerateRequest.of(PHONE)).code()).isNotNull();
    }

    @Test
    void maxCodesPerWindowRefusesUntilTheWindowEnds() {
        OtpService service = throttled(Throttle.none().withMaxCodes(3, Duration.ofMinutes(10)));
        for (int i = 0; i < 3; i++) {
            service.generate(GenerateRequest.of(PHONE));
            clock.advanceSeconds(60);
        }
        Instant windowEnd = MutableClock.START.plus(Duration.ofMinutes(10));
        throttledBy(() -> service.generate(GenerateRequest.of(PHONE)), Throttle.Limit.MAX_CODES, windowEnd);
        clock.advance(Duration.between(clock.instant(), windowEnd));
        for (int i = 0; i < 3; i++) {
            service.generate(GenerateRequest.of(PHONE));
        }
        throttledBy(
                () -> service.generate(GenerateRequest.of(PHONE)),
                Throttle.Limit.MAX_CODES,
                windowEnd.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aRejectedPendingRequestStillCountsAgainstTheLimits() {
        OtpService service = throttled(Throttle.none().withMaxCodes(2, Duration.ofHours(1)));
        service.generate(GenerateRequest.of(PHONE));
        assertThatThrownBy(() -> service.generate(GenerateRequest.of(PHONE).withRejectIfPendingCode(true)))
                .isInstanceOf(PendingCodeException.class);
        throttledBy(
                () -> service.generate(GenerateRequest.of(PHONE)),
                Throttle.Limit.MAX_CODES,
                MutableClock.START.plus(Duration.ofHours(1)));
    }

    @Test
    void failedCheckBudgetSpansRegenerationsAndThenBlocksChecksAndCodes() {
        OtpService service = throttled(Throttle.none().withMaxFailedChecks(5, Duration.ofHours(1)));
        String first = service.generate(GenerateRequest.of(PHONE)).code();
        for (int i = 0; i < 3; i++) {
            assertThat(service.check(CheckRequest.of(PHONE, wrong(first))).reason())
                    .isEqualTo(Reason.INVALID_CODE);
        }
        String second = service.generate(GenerateRequest.of(PHONE)).code();
        clock.advanceSeconds(10);
        for (int i = 0; i < 2; i++) {
            assertThat(service.check(CheckRequest.of(PHONE, wrong(second))).reason())
                    .isEqualTo(Reason.INVALID_CODE);
        }
        Instant windowEnd = MutableClock.START.plus(Duration.ofHours(1));
        throttledBy(() -> service.check(CheckRequest.of(PHONE, second)), Throttle.Limit.FAILED_CHECKS, windowEnd);
        throttledBy(() -> service.generate(GenerateRequest.of(PHONE)), Throttle.Limit.FAILED_CHECKS, windowEnd);
        assertThat(service.check(CheckRequest.of(PHONE, second).withAppId("shop"))
                        .reason())
                .as("no code there: nothing compared, no budget needed")
                .isEqualTo(Reason.INVALID_CODE);
        clock.advance(Duration.between(clock.instant(), windowEnd));
        String third = service.generate(GenerateRequest.of(PHONE).withMaxSecondsValidity(600))
                .code();
        assertThat(service.check(CheckRequest.of(PHONE, third)).valid()).isTrue();
    }

    @Test
    void rightCodesDoNotSpendTheFailedCheckBudget() {
        OtpService service = throttled(Throttle.none().withMaxFailedChecks(1, Duration.ofHours(1)));
        for (int i = 0; i < 20; i++) {
            String code = service.generate(GenerateRequest.of(PHONE)).code();
            assertThat(service.check(CheckRequest.of(PHONE, code)).valid()).isTrue();
        }
        String code = service.generate(GenerateRequest.of(PHONE)).code();
        assertThat(service.check(CheckRequest.of(PHONE, wrong(code))).reason()).isEqualTo(Reason.INVALID_CODE);
        throttledBy(
                () -> service.check(CheckRequest.of(PHONE, code)),
                Throttle.Limit.FAILED_CHECKS,
                MutableClock.START.plus(Duration.ofHours(1)));
    }

    @Test
    void expiredAndExhaustedCodesDoNotSpendTheBudget() {
        OtpService service = throttled(Throttle.none().withMaxFailedChecks(3, Duration.ofHours(1)));
        String code =
                service.generate(GenerateRequest.of(PHONE).withMaxAttempts(1)).code();
        assertThat(service.check(CheckRequest.of(PHONE, wrong(code))).reason()).isEqualTo(Reason.INVALID_CODE);
        assertThat(service.check(CheckRequest.of(PHONE, code)).reason()).isEqualTo(Reason.MAX_ATTEMPTS);
        String expiring = service.generate(GenerateRequest.of(PHONE)).code();
        clock.advanceSeconds(60);
        assertThat(service.check(CheckRequest.of(PHONE, wrong(expiring))).reason())
                .isEqualTo(Reason.EXPIRED);
        String fresh = service.generate(GenerateRequest.of(PHONE)).code();
        assertThat(service.check(CheckRequest.of(PHONE, wrong(fresh))).reason()).isEqualTo(Reason.INVALID_CODE);
        assertThat(service.check(CheckRequest.of(PHONE, wrong(fresh))).reason())
                .as("third failure, in budget")
                .isEqualTo(Reason.INVALID_CODE);
        assertThatThrownBy(() -> service.check(CheckRequest.of(PHONE, fresh))).isInstanceOf(ThrottledException.class);
    }

    @Test
    void purgeForgetsThrottleCountersWhoseWindowsEnded() {
        OtpService service = throttled(Throttle.none().withMaxCodes(1, Duration.ofHours(1)));
        service.generate(GenerateRequest.of(PHONE));
        assertThat(store.counterSize()).isEqualTo(1);
        clock.advance(Duration.ofHours(1).plus(OtpService.EXPIRED_RETENTION));
        assertThat(service.purgeExpired()).isEqualTo(2);
        assertThat(store.counterSize()).isZero();
    }

    @Test
    void throttleDurationsMustBeWholeMillisecondsAsStoreWindowsAre() {
        assertThatThrownBy(() -> Throttle.none().withMinInterval(Duration.ofNanos(500_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minInterval must be whole milliseconds, was PT0.0005S");
        assertThatThrownBy(() ->
                        Throttle.none().withMaxCodes(5, Duration.ofSeconds(1).plusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("codesWindow must be whole milliseconds, was PT1.000000001S");
        assertThatThrownBy(() -> Throttle.none()
                        .withMaxFailedChecks(5, Duration.ofMillis(1500).plusNanos(999_999)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failedChecksWindow must be whole milliseconds, was PT1.500999999S");
        assertThat(Throttle.none().withMinInterval(Duration.ofMillis(1)).minInterval())
                .isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void throttleSettingsAreValidatedWithTheNameBoundAndValue() {
        assertThatThrownBy(() -> Throttle.none().withMinInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minInterval must be between PT0S and PT24H inclusive, was PT-1S");
        assertThatThrownBy(() -> Throttle.none().withMinInterval(Duration.ofDays(2)))
                .hasMessage("minInterval must be between PT0S and PT24H inclusive, was PT48H");
        assertThatThrownBy(() -> Throttle.none().withMaxCodes(1001, Duration.ofHours(1)))
                .hasMessage("maxCodes must be between 0 (no limit) and 1000 inclusive, was 1001");
        assertThatThrownBy(() -> Throttle.none().withMaxCodes(-1, Duration.ofHours(1)))
                .hasMessage("maxCodes must be between 0 (no limit) and 1000 inclusive, was -1");
        assertThatThrownBy(() -> Throttle.none().withMaxCodes(5, Duration.ZERO))
                .hasMessage("codesWindow must be between PT1S and PT720H inclusive while its limit is on, was PT0S");
        assertThatThrownBy(() -> Throttle.none().withMaxFailedChecks(5, Duration.ofDays(31)))
                .hasMessage("failedChecksWindow must be between PT1S and PT720H inclusive while its limit is on, "
                        + "was PT744H");
        assertThatThrownBy(() -> Throttle.none().withMaxFailedChecks(0, Duration.ofSeconds(-5)))
                .hasMessage("failedChecksWindow must be between PT0S and PT720H inclusive, was PT-5S");
        assertThatThrownBy(() -> Throttle.none().withMinInterval(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("minInterval");
        assertThatThrownBy(() -> OtpService.builder(store).throttle(null)).isInstanceOf(NullPointerException.class);
        Throttle full = Throttle.none()
                .withMinInterval(Duration.ofDays(1))
                .withMaxCodes(1000, Duration.ofDays(30))
                .withMaxFailedChecks(1, Duration.ofSeconds(1));
        assertThat(full)
                .isEqualTo(new Throttle(Duration.ofDays(1), 1000, Duration.ofDays(30), 1, Duration.ofSeconds(1)));
        assertThat(full.isOn()).isTrue();
        assertThat(Throttle.none().withMaxCodes(0, Duration.ZERO)).isEqualTo(Throttle.none());
    }

    // ---- builder ------------------------------------------------------------------------------------------

    @Test
    void sharedStoresNeedACallerSuppliedSecret() {
        OtpStore shared = new DelegatingStore(store);
        assertThatThrownBy(() -> OtpService.builder(shared).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secret is required");
        assertThat(OtpService.builder(shared).secret(new byte[16]).build()).isNotNull();
        assertThatThrownBy(() -> OtpService.builder(store).secret(new byte[15]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret must be at least 16 bytes, was 15");
    }

    @Test
    void servicesWithTheSameSecretShareCodesAndOthersDoNot() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        OtpService a = OtpService.builder(store).clock(clock).secret(secret).build();
        OtpService b =
                OtpService.builder(store).clock(clock).secret(secret.clone()).build();
        assertThat(b.check(CheckRequest.of(
                                PHONE, a.generate(GenerateRequest.of(PHONE)).code()))
                        .valid())
                .isTrue();
        secret[0] ^= 1;
        OtpService c = OtpService.builder(store).clock(clock).secret(secret).build();
        assertThat(c.check(CheckRequest.of(
                                PHONE, a.generate(GenerateRequest.of(PHONE)).code()))
                        .valid())
                .isFalse();
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> otp.generate(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> otp.check(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> OtpService.builder(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void reasonsHaveTheApiDisplayText() {
        assertThat(Reason.values())
                .extracting(Reason::text)
                .containsExactly("Valid", "Invalid code", "Maximum attempts reached", "Expired");
        assertThat(Reason.MAX_ATTEMPTS).hasToString("Maximum attempts reached");
    }

    @Test
    void theStoresClockIsTheDefaultAuthority() {
        Instant storeNow = Instant.parse("2030-06-01T00:00:00Z");
        int[] reads = new int[1];
        OtpStore withClock = new DelegatingStore(store) {
            @Override
            public Optional<Instant> time() {
                reads[0]++;
                return Optional.of(storeNow);
            }
        };
        OtpService service = OtpService.builder(withClock)
                .secret(new byte[16])
                .throttle(Throttle.none())
                .build();
        for (int i = 0; i < 100; i++) {
            Instant created = service.generate(GenerateRequest.of(PHONE)).otp().createdAt();
            assertThat(Duration.between(storeNow, created)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        }
        assertThat(reads[0])
                .as("read once when built, then at most once a second")
                .isLessThan(10);
        OtpService explicit =
                OtpService.builder(withClock).secret(new byte[16]).clock(clock).build();
        assertThat(explicit.generate(GenerateRequest.of(PHONE)).otp().createdAt())
                .isEqualTo(MutableClock.START);
        OtpService local = OtpService.builder(new DelegatingStore(store))
                .secret(new byte[16])
                .build();
        assertThat(Duration.between(
                                Instant.now(),
                                local.generate(GenerateRequest.of(PHONE)).otp().createdAt())
                        .abs())
                .isLessThan(Duration.ofSeconds(5));
    }

    /** A store the builder cannot recognise as in-memory, as a shared store would be. */
    static class DelegatingStore implements OtpStore {
        private final OtpStore delegate;

        DelegatingStore(OtpStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<StoredOtp> get(String recipient, String appId) {
            return delegate.get(recipient, appId);
        }

        @Override
        public void put(StoredOtp otp, Instant retainUntil) {
            delegate.put(otp, retainUntil);
        }

        @Override
        public boolean putIfAbsent(StoredOtp otp, Instant retainUntil) {
            return delegate.putIfAbsent(otp, retainUntil);
        }

        @Override
        public boolean compareAndSet(StoredOtp expected, StoredOtp replacement, Instant retainUntil) {
            return delegate.compareAndSet(expected, replacement, retainUntil);
        }

        @Override
        public boolean compareAndDelete(StoredOtp expected) {
            return delegate.compareAndDelete(expected);
        }

        @Override
        public WindowedCount increment(String key, long delta, Duration window, Instant now) {
            return delegate.increment(key, delta, window, now);
        }

        @Override
        public Optional<WindowedCount> read(String key, Instant now) {
            return delegate.read(key, now);
        }
    }
}
