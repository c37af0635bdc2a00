/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The default-option entry points, the typed decode input and the plan-once call. */
class EntryPointsTest {
    private static final String LONG = "x".repeat(200);

    @Test
    void countPartsWithDefaultsEqualsTheExplicitCall() {
        for (String text : List.of("a", "x".repeat(160), "x".repeat(161), "é€", "中".repeat(71), "[".repeat(77))) {
            assertThat(Sms.countParts(text)).as(text).isEqualTo(Sms.countParts(text, SmsOptions.defaults()));
        }
    }

    @Test
    void encodeWithDefaultsDrawsDistinctReferencesForMultiPartMessages() {
        List<EncodedPart> first = Sms.encode(LONG);
        List<EncodedPart> second = Sms.encode(LONG);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).reference()).isEqualTo(first.get(1).reference());
        assertThat(second.get(0).reference()).isNotEqualTo(first.get(0).reference());
        assertThat(first.get(0).userData()).isNotEqualTo(second.get(0).userData());
        assertThat(Sms.encode("hi"))
                .singleElement()
                .satisfies(p -> assertThat(p.udhi()).isFalse());
    }

    @Test
    void encodeMessageAgreesWithAnalyzeAndEncode() {
        SmsOptions options = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE);
        for (String text : List.of("a", LONG, "Olá, são ç", "中".repeat(71), "[".repeat(77))) {
            EncodedMessage m = Sms.encodeMessage(text, options, 7);
            assertThat(m.analysis()).as(text).isEqualTo(Sms.analyze(text, options));
            assertThat(m.parts()).as(text).isEqualTo(Sms.encode(text, options, 7));
        }
    }

    @Test
    void encodeMessageRejectsWhatAnalyzeRejects() {
        for (String text : List.of("", "\u200B\u00AD")) {
            SmsOptions options = SmsOptions.defaults().withSmartEncoding(true);
            assertThatThrownBy(() -> Sms.encodeMessage(text, options, 7))
                    .isInstanceOfSatisfying(
                            SmsException.class, e -> assertThat(e.error()).isEqualTo(SmsError.TEXT_MISSING));
            assertThatThrownBy(() -> Sms.encodeMessage(text, options, ReferenceSource.counter(0)))
                    .isInstanceOfSatisfying(
                            SmsException.class, e -> assertThat(e.error()).isEqualTo(SmsError.TEXT_MISSING));
        }
        assertThatThrownBy(
                        () -> Sms.encodeMessage("\u4E2D", SmsOptions.defaults().withEncoding(EncodingChoice.GSM7), 7))
                .isInstanceOfSatisfying(
                        SmsException.class, e -> assertThat(e.error()).isEqualTo(SmsError.UNENCODABLE));
    }

    @Test
    void encodeMessageCallsTheReferenceSourceOnlyForMultiPartMessages() {
        int[] calls = new int[1];
        ReferenceSource source = () -> 40 + ++calls[0];
        assertThat(Sms.encodeMessage("short", SmsOptions.defaults(), source)
                        .parts()
                        .get(0)
                        .reference())
                .isZero();
        assertThat(calls[0]).isZero();
        EncodedMessage m = Sms.encodeMessage(LONG, SmsOptions.defaults(), source);
        assertThat(calls[0]).isOne();
        assertThat(m.parts()).extracting(EncodedPart::reference).containsOnly(41);
    }

    @Test
    void encodedMessageRejectsPartsThatDisagreeWithTheAnalysis() {
        EncodedMessage m = Sms.encodeMessage(LONG, SmsOptions.defaults(), 1);
        assertThatThrownBy(() -> new EncodedMessage(m.analysis(), m.parts().subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2");
        assertThatThrownBy(() -> m.parts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void userDataValidatesItsFieldsByName() {
        assertThatThrownBy(() -> UserData.of(256, false, new byte[0]))
                .isInstanceOf(SmsException.class)
                .hasMessage("dataCodingScheme must be 0 to 255, was 256")
                .extracting(e -> ((SmsException) e).field())
                .isEqualTo("dataCodingScheme");
        assertThatThrownBy(() -> UserData.of(-1, false, new byte[0])).isInstanceOf(SmsException.class);
        assertThatThrownBy(() -> UserData.of(0, false, new byte[0], -5))
                .isInstanceOf(SmsException.class)
                .hasMessage("udl must not be negative, was -5")
                .extracting(e -> ((SmsException) e).error())
                .isEqualTo(SmsError.INVALID_OPTION);
        assertThatThrownBy(() -> UserData.of(0, false, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("octets");
        assertThatThrownBy(() -> new UserData(0, false, new byte[0], null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("udl");
        assertThat(UserData.of(255, true, new byte[0], 0).udl()).hasValue(0);
    }

    @Test
    void userDataIsImmutableAndComparesByValue() {
        byte[] octets = HexFormat.of().parseHex("e8329bfd4697d9ec37");
        UserData a = UserData.of(0, false, octets, 10);
        octets[0] = 0;
        a.octets()[1] = 0;
        UserData b = UserData.of(0, false, HexFormat.of().parseHex("e8329bfd4697d9ec37"), 10);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a)
                .isNotEqualTo(UserData.of(0, false, b.octets()))
                .isNotEqualTo(UserData.of(0, true, b.octets(), 10));
        assertThat(a.toString())
                .isEqualTo("UserData[dataCodingScheme=0, udhi=false, octets=e8329bfd4697d9ec37, udl=10]");
        assertThat(UserData.of(8, false, new byte[0]).udl()).isEqualTo(OptionalInt.empty());
        assertThat(Sms.decode(a).text()).isEqualTo("hellohello");
    }

    @Test
    void userDataOfAPartDecodesToThePartText() {
        for (EncodedPart part : Sms.encode(LONG + "€", SmsOptions.defaults(), 3)) {
            assertThat(Sms.decode(UserData.of(part)).text()).isEqualTo(part.text());
        }
    }
}
