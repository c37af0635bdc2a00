/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every cell of the capacity table (3GPP TS 23.040 and the README): units per part for each User Data Header, from
 * 3GPP TS 23.040 clause 9.2.3.24 (140 octets of user data less the header: UDHL octet, 5-octet 8-bit or
 * 6-octet 16-bit concatenation element, 3 octets per national language element). Each test's display name is
 * the README cell it proves.
 */
class CapacityTableTest {
    /** Locks to the Portuguese table: U+221E INFINITY is only in the Portuguese locking table. */
    private static final String PT_LOCKING_ONLY = "\u221E";
    /** Needs the Portuguese single shift as well: U+03A6 PHI is in it but not in the Portuguese locking table. */
    private static final String PT_SHIFT_TOO = "\u03A6";

    private static final String TABLE = """
            # cell,                                            encoding, concat, nationalIes, udhOctets, unitsPerPart
            'GSM7, no UDH: 160',                               GSM7,     none,   0,           0,         160
            'GSM7, 8-bit concatenation: 153',                  GSM7,     8,      0,           6,         153
            'GSM7, 16-bit concatenation: 152',                 GSM7,     16,     0,           7,         152
            'GSM7, one national IE: 155',                      GSM7,     none,   1,           4,         155
            'GSM7, two national IEs: 152',                     GSM7,     none,   2,           7,         152
            'GSM7, 8-bit concatenation + one national IE: 149',  GSM7,   8,      1,           9,         149
            'GSM7, 8-bit concatenation + two national IEs: 146', GSM7,   8,      2,           12,        146
            'GSM7, 16-bit concatenation + one national IE: 148', GSM7,   16,     1,           10,        148
            'GSM7, 16-bit concatenation + two national IEs: 145', GSM7,  16,     2,           13,        145
            'UCS2, no UDH: 70',                                UCS2,     none,   0,           0,         70
            'UCS2, 8-bit concatenation: 67',                   UCS2,     8,      0,           6,         67
            'UCS2, 16-bit concatenation: 66',                  UCS2,     16,     0,           7,         66
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = TABLE)
    void splitterCapacity(String cell, Encoding encoding, String concat, int nationalIes, int udhOctets,
            int unitsPerPart) {
        int udh = Splitter.udhOctets(nationalIes, !concat.equals("none"), concat.equals("16"));
        assertThat(udh).as("UDH octets").isEqualTo(udhOctets);
        assertThat(Splitter.capacity(encoding, udh)).as(cell).isEqualTo(unitsPerPart);
    }

    /**
     * Builds a text that needs exactly this header: the national characters pick the tables, and filler makes one
     * full part (no concatenation) or two full parts (concatenation), so the last part has nothing remaining.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = TABLE)
    void analyzeReportsCapacity(String cell, Encoding encoding, String concat, int nationalIes, int udhOctets,
            int unitsPerPart) {
        boolean concatenated = !concat.equals("none");
        int total = concatenated ? 2 * unitsPerPart : unitsPerPart;
        String national = nationalIes == 0 ? "" : nationalIes == 1 ? PT_LOCKING_ONLY : PT_LOCKING_ONLY + PT_SHIFT_TOO;
        int nationalUnits = nationalIes == 2 ? 3 : nationalIes; // PHI is escaped: 2 septets
        String filler = encoding == Encoding.GSM7 ? "a" : "\u0436"; // CYRILLIC ZHE forces UCS-2
        String text = national + filler.repeat(total - nationalUnits);
        SmsOptions options = SmsOptions.defaults().withLanguages(NationalLanguage.PORTUGUESE)
                .withReference16(concat.equals("16"));

        Analysis a = Sms.analyze(text, options);

        assertThat(a.encoding()).isEqualTo(encoding);
        assertThat(a.lockingShift()).isEqualTo(nationalIes > 0 ? Optional.of(NationalLanguage.PORTUGUESE)
                : Optional.empty());
        assertThat(a.singleShift()).isEqualTo(nationalIes > 1 ? Optional.of(NationalLanguage.PORTUGUESE)
                : Optional.empty());
        assertThat(a.units()).isEqualTo(total);
        assertThat(a.udhOctets()).as("UDH octets").isEqualTo(udhOctets);
        assertThat(a.unitsPerPart()).as(cell).isEqualTo(unitsPerPart);
        assertThat(a.parts()).isEqualTo(concatenated ? 2 : 1);
        assertThat(a.remaining()).isZero();
    }
}
