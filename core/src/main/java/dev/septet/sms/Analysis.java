/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a text costs to send: the encoding and tables chosen, the counts, and why GSM 7-bit was not possible.
 * Produced by {@link Sms#analyze(CharSequence, SmsOptions)}; the part count always equals the number of segments
 * {@link Sms#split(CharSequence, SmsOptions)} returns for the same input.
 *
 * @param encoding the encoding chosen, not null
 * @param lockingShift the national locking shift table used (UDH information element 0x25), or empty for the
 *     default alphabet; always empty for UCS-2
 * @param singleShift the national single shift table used (UDH information element 0x24), or empty for the
 *     default extension table; always empty for UCS-2
 * @param characters the number of Unicode code points in the encoded text
 * @param units the total cost: septets for GSM 7-bit (an escaped character counts 2), UTF-16 code units for UCS-2
 * @param parts the number of message parts, 1 to 255
 * @param unitsPerPart the capacity of each part in the same units: for example 160, or 153 once concatenated
 * @param remaining the units still free in the last part (what a UI counter shows), 0 to {@code unitsPerPart - 1}
 * @param udhOctets the User Data Header octets in each part (UDHL octet plus information elements), 0 when a
 *     single part needs no header
 * @param nonGsm the characters that prevented GSM 7-bit, in text order with their UTF-16 indexes; empty when
 *     GSM 7-bit was chosen or UCS-2 was forced on GSM text
 * @param replacements the substitutions made because the options asked for them, in text order; usually empty
 * @param partsWithoutSmartEncoding the parts the text needs without the smart-encoding substitutions among the
 *     replacements; equal to {@code parts} when smart encoding is off or changed nothing
 * @param partsWithoutNonGsm the parts the text would need without the characters in {@code nonGsm} (the figure a
 *     campaign editor shows next to "remove these to save N parts"); 0 when nothing else is left; equal to
 *     {@code parts} when {@code nonGsm} is empty
 */
public record Analysis(
        Encoding encoding,
        Optional<NationalLanguage> lockingShift,
        Optional<NationalLanguage> singleShift,
        int characters,
        int units,
        int parts,
        int unitsPerPart,
        int remaining,
        int udhOctets,
        List<CharacterAt> nonGsm,
        List<Replacement> replacements,
        int partsWithoutSmartEncoding,
        int partsWithoutNonGsm) {

    /**
     * Creates the record, validating every component and copying collections.
     *
     * @param encoding the encoding chosen, not null
     * @param lockingShift the national locking shift table used (UDH information element 0x25), or empty for the default alphabet; always empty for UCS-2
     * @param singleShift the national single shift table used (UDH information element 0x24), or empty for the default extension table; always empty for UCS-2
     * @param characters the number of Unicode code points in the encoded text
     * @param units the total cost: septets for GSM 7-bit (an escaped character counts 2), UTF-16 code units for UCS-2
     * @param parts the number of message parts, 1 to 255
     * @param unitsPerPart the capacity of each part in the same units: for example 160, or 153 once concatenated
     * @param remaining the units still free in the last part (what a UI counter shows), 0 to {@code unitsPerPart - 1}
     * @param udhOctets the User Data Header octets in each part (UDHL octet plus information elements), 0 when a single part needs no header
     * @param nonGsm the characters that prevented GSM 7-bit, in text order with their UTF-16 indexes; empty when GSM 7-bit was chosen or UCS-2 was forced on GSM text
     * @param replacements the substitutions made because the options asked for them, in text order; usually empty
     * @param partsWithoutSmartEncoding the parts the text needs without the smart-encoding substitutions among the replacements; equal to {@code parts} when smart encoding is off or changed nothing
     * @param partsWithoutNonGsm the parts the text would need without the characters in {@code nonGsm} (the figure a campaign editor shows next to "remove these to save N parts"); 0 when nothing else is left; equal to {@code parts} when {@code nonGsm} is empty
     * @throws NullPointerException if a reference component is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public Analysis {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(lockingShift, "lockingShift");
        Objects.requireNonNull(singleShift, "singleShift");
        nonGsm = List.copyOf(nonGsm);
        replacements = List.copyOf(replacements);
    }
}
