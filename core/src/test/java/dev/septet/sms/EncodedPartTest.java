/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A part keeps its header inside its user data and makes its text from the message when asked, so its accessors must
 * still give what a part built from copies would.
 */
class EncodedPartTest {
    private static final String PLAIN = "Your code is 482913; it expires in 10 minutes. ";

    private static final SmsOptions PORTUGUESE =
            SmsOptions.defaults().withLanguages(Set.of(NationalLanguage.PORTUGUESE));

    /** Texts for every way a message is encoded: one part, uniform parts, escapes, national tables, UCS-2. */
    private static String text(int kind) {
        return switch (kind) {
            case 0 -> PLAIN;
            case 1 -> PLAIN.repeat(40);
            case 2 -> PLAIN.repeat(10) + "{braces} [and] ~tilde~ " + PLAIN.repeat(5);
            case 3 -> "Olá, a sua conta está ativa. Não partilhe o código ç ".repeat(8);
            case 4 -> "Code 482913 \uD83D\uDE00 ".repeat(20);
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void textsUdhsAndEqualityAreThoseOfTheParts(int kind) {
        String text = text(kind);
        for (SmsOptions base : List.of(SmsOptions.defaults(), PORTUGUESE)) {
            for (SeptetFormat format : SeptetFormat.values()) {
                SmsOptions options = base.withSeptetFormat(format);
                List<EncodedPart> parts = Sms.encode(text, options, 7);
                StringBuilder joined = new StringBuilder();
                for (EncodedPart part : parts) {
                    String partText = part.text();
                    assertThat(partText).isNotEmpty().isSameAs(part.text());
                    joined.append(partText);
                    byte[] udh = part.udh();
                    byte[] userData = part.userData();
                    assertThat(udh).isEqualTo(Arrays.copyOf(userData, udh.length));
                    assertThat(udh.length > 0).isEqualTo(part.udhi());
                    assertThat(udh.length > 0).isEqualTo(parts.size() > 1 || (kind == 3 && base == PORTUGUESE));
                    if (udh.length > 0) {
                        udh[0] ^= 1; // a copy: the part is unchanged
                        assertThat(part.udh()).isEqualTo(Arrays.copyOf(userData, udh.length));
                    }
                    assertThat(part.toString()).contains("text=" + partText);
                }
                assertThat(joined.toString()).isEqualTo(text);
                if (parts.size() == 1) {
                    assertThat(parts.get(0).text()).isSameAs(text);
                }
                // the same message from another CharSequence: parts built from copies, equal in every way
                List<EncodedPart> fromBuilder = Sms.encode(new StringBuilder(text), options, 7);
                assertThat(fromBuilder).isEqualTo(parts);
                assertThat(fromBuilder.hashCode()).isEqualTo(parts.hashCode());
                assertThat(fromBuilder.toString()).isEqualTo(parts.toString());
                if (parts.size() > 1) {
                    assertThat(parts.get(0)).isNotEqualTo(parts.get(1));
                    List<EncodedPart> otherReference = Sms.encode(text, options, 8);
                    assertThat(otherReference.get(0)).isNotEqualTo(parts.get(0));
                }
            }
        }
    }
}
