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
 * @param characters the number of Unicode code points in the encoded text, 1 or more
 * @param units the total cost, 1 or more: septets for GSM 7-bit (an escaped character counts 2), UTF-16 code units
 *     for UCS-2
 * @param parts the number of message parts, 1 to 255
 * @param unitsPerPart the capacity of each part in the same units, 1 to 160: for example 160, or 153 once
 *     concatenated
 * @param remaining the units still free in the last part (what a UI counter shows), 0 to {@code unitsPerPart - 1}
 * @param udhOctets the User Data Header octets in each part (UDHL octet plus information elements), 0 to 139; 0
 *     when a single part needs no header
 * @param nonGsm the characters that prevented GSM 7-bit, in text order with their UTF-16 indexes; empty when
 *     GSM 7-bit was chosen or UCS-2 was forced on GSM text
 * @param replacements the substitutions made because the options asked for them, in text order; usually empty
 * @param partsWithoutSmartEncoding the parts the text needs without the smart-encoding substitutions among the
 *     replacements, 0 or more; equal to {@code parts} when smart encoding is off or changed nothing; more than
 *     {@code maxParts} when the text alone would not fit; 0 when a forced GSM 7-bit encoding cannot carry the text
 *     without them
 * @param partsWithoutNonGsm the parts the text would need without the characters in {@code nonGsm} (the figure a
 *     campaign editor shows next to "remove these to save N parts"), 0 or more; 0 when nothing else is left; equal
 *     to {@code parts} when {@code nonGsm} is empty
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
     * Creates the record, validating every component and copying the lists.
     *
     * @param encoding the encoding chosen, not null
     * @param lockingShift the national locking shift table used, or empty; empty for UCS-2; not null
     * @param singleShift the national single shift table used, or empty; empty for UCS-2; not null
     * @param characters the number of Unicode code points, 1 or more
     * @param units the total cost in septets or UTF-16 code units, 1 or more
     * @param parts the number of message parts, 1 to 255
     * @param unitsPerPart the capacity of each part, 1 to 160
     * @param remaining the units free in the last part, 0 to {@code unitsPerPart - 1}
     * @param udhOctets the User Data Header octets in each part, 0 to 139
     * @param nonGsm the characters that prevented GSM 7-bit, not null, no null elements
     * @param replacements the substitutions made, not null, no null elements
     * @param partsWithoutSmartEncoding the parts without the smart-encoding substitutions, 0 or more
     * @param partsWithoutNonGsm the parts without the {@code nonGsm} characters, 0 or more
     * @throws NullPointerException if a component or a list element is null
     * @throws IllegalArgumentException naming the component if a number is out of range, or if UCS-2 comes with
     *     a national table
     */
    public Analysis {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(lockingShift, "lockingShift");
        Objects.requireNonNull(singleShift, "singleShift");
        // core's own list of offenders is already unmodifiable, over an array no one else holds
        nonGsm = nonGsm instanceof CharactersAt ? nonGsm : List.copyOf(Objects.requireNonNull(nonGsm, "nonGsm"));
        replacements = List.copyOf(Objects.requireNonNull(replacements, "replacements"));
        if (encoding == Encoding.UCS2 && (lockingShift.isPresent() || singleShift.isPresent())) {
            throw new IllegalArgumentException(
                    "UCS-2 uses no national table, was locking " + lockingShift + ", single " + singleShift);
        }
        Range.check("characters", characters, 1, Integer.MAX_VALUE);
        Range.check("units", units, 1, Integer.MAX_VALUE);
        Range.check("parts", parts, 1, 255);
        Range.check("unitsPerPart", unitsPerPart, 1, 160);
        Range.check("remaining", remaining, 0, unitsPerPart - 1);
        Range.check("udhOctets", udhOctets, 0, 139);
        Range.check("partsWithoutSmartEncoding", partsWithoutSmartEncoding, 0, Integer.MAX_VALUE);
        Range.check("partsWithoutNonGsm", partsWithoutNonGsm, 0, Integer.MAX_VALUE);
    }
}
