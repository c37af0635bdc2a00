/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The User Data Header of an SMS: element identifiers, sizes, writing and parsing (3GPP TS 23.040 clause
 * 9.2.3.24). The one place that knows the header's layout; the encoder writes with it, the decoder parses with
 * it, and part capacities are priced from its sizes.
 */
final class UserDataHeader {
    /*
     * Layout: one UDHL octet giving the length of what follows, then information elements, each an IEI octet, a
     * length octet and that many data octets. Septet writes these elements, in this order:
     *   concatenation, 8-bit reference (IEI 0x00, clause 9.2.3.24.1):  00 03 ref total sequence
     *   concatenation, 16-bit reference (IEI 0x08, clause 9.2.3.24.8): 08 04 refHi refLo total sequence
     *   national language single shift (IEI 0x24, clause 9.2.3.24.15): 24 01 nli
     *   national language locking shift (IEI 0x25, clause 9.2.3.24.16): 25 01 nli
     * A header of h octets takes the first 8h bits of packed GSM 7-bit user data; the text starts on the next
     * septet boundary (SeptetPacker.headerSeptets).
     *
     * Parsing checks every length against the data before it reads, so a malformed header ends in an
     * SmsException naming the byte offset. An element the spec says to ignore (a concatenation with sequence 0 or
     * beyond the total, a national language identifier with no table) is kept in the list, marked not applied.
     */

    /** Octets of user data in one SMS, shared by the header and the text (3GPP TS 23.040 clause 9.2.3.24). */
    static final int USER_DATA_OCTETS = 140;
    /** The UDHL octet that starts every header. */
    static final int UDHL_OCTETS = 1;
    /** IEI of the concatenation element with an 8-bit reference. */
    static final int IEI_CONCAT_8 = 0x00;
    /** IEI of the concatenation element with a 16-bit reference. */
    static final int IEI_CONCAT_16 = 0x08;
    /** IEI of the national language single shift element. */
    static final int IEI_SINGLE_SHIFT = 0x24;
    /** IEI of the national language locking shift element. */
    static final int IEI_LOCKING_SHIFT = 0x25;
    /** Octets of the 8-bit concatenation element: IEI, length, reference, total, sequence. */
    static final int CONCAT8_IE_OCTETS = 5;
    /** Octets of the 16-bit concatenation element: IEI, length, two reference octets, total, sequence. */
    static final int CONCAT16_IE_OCTETS = 6;
    /** Octets of a national language element: IEI, length, language identifier. */
    static final int NATIONAL_IE_OCTETS = 3;

    /** No header: UDHI clear. */
    static final UserDataHeader NONE = new UserDataHeader(0, Optional.empty(), 0, 0, List.of());

    /** Octets the header occupies, UDHL octet included; 0 for {@link #NONE}. */
    final int octets;
    /** The applied concatenation element, if any. */
    final Optional<Concatenation> concatenation;
    /** The national language identifier of the applied locking shift element, 0 for the default alphabet. */
    final int locking;
    /** The national language identifier of the applied single shift element, 0 for the default extension. */
    final int shift;
    /** Every element in header order, applied or not. */
    final List<InformationElement> elements;

    private UserDataHeader(
            int octets,
            Optional<Concatenation> concatenation,
            int locking,
            int shift,
            List<InformationElement> elements) {
        this.octets = octets;
        this.concatenation = concatenation;
        this.locking = locking;
        this.shift = shift;
        this.elements = elements;
    }

    /**
     * Returns the octets of the header Septet writes for these elements, UDHL octet included; 0 when there are
     * none, since a part without elements carries no header at all.
     */
    static int octets(int nationalIes, boolean concatenated, boolean reference16) {
        int ies = nationalIes * NATIONAL_IE_OCTETS
                + (concatenated ? (reference16 ? CONCAT16_IE_OCTETS : CONCAT8_IE_OCTETS) : 0);
        return ies == 0 ? 0 : UDHL_OCTETS + ies;
    }

    /**
     * Writes the header of one part at the start of {@code h}, which must have room for it: concatenation when
     * {@code total > 1}, then single shift, then locking shift (each national element only when its identifier is
     * not 0).
     *
     * @return the header's length in octets, UDHL included; 0, with nothing written, when no element is needed
     */
    static int write(
            int total, int sequence, int reference, boolean reference16, int shiftNli, int lockingNli, byte[] h) {
        boolean concat = total > 1;
        int national = (shiftNli != 0 ? 1 : 0) + (lockingNli != 0 ? 1 : 0);
        int length = octets(national, concat, reference16);
        if (length == 0) {
            return 0;
        }
        int i = 0;
        h[i++] = (byte) (length - UDHL_OCTETS);
        if (concat) {
            if (reference16) {
                h[i++] = IEI_CONCAT_16;
                h[i++] = CONCAT16_IE_OCTETS - 2;
                h[i++] = (byte) (reference >>> 8);
            } else {
                h[i++] = IEI_CONCAT_8;
                h[i++] = CONCAT8_IE_OCTETS - 2;
            }
            h[i++] = (byte) reference;
            h[i++] = (byte) total;
            h[i++] = (byte) sequence;
        }
        if (shiftNli != 0) {
            i = national(h, i, IEI_SINGLE_SHIFT, shiftNli);
        }
        if (lockingNli != 0) {
            national(h, i, IEI_LOCKING_SHIFT, lockingNli);
        }
        return length;
    }

    private static int national(byte[] h, int at, int iei, int nli) {
        h[at] = (byte) iei;
        h[at + 1] = NATIONAL_IE_OCTETS - 2;
        h[at + 2] = (byte) nli;
        return at + NATIONAL_IE_OCTETS;
    }

    /**
     * Parses the header at the start of {@code data}.
     *
     * @throws SmsException {@link SmsError#MALFORMED_HEADER} with the byte offset for empty data, a UDHL beyond
     *     the data or an element that overruns the header
     */
    static UserDataHeader parse(byte[] data) {
        if (data.length == 0) {
            throw malformed(0, "UDHI is set but the user data is empty");
        }
        int udhl = data[0] & 0xFF;
        int end = UDHL_OCTETS + udhl;
        if (end > data.length) {
            throw malformed(
                    0, "UDHL " + udhl + " exceeds the " + (data.length - UDHL_OCTETS) + " octets that follow it");
        }
        Optional<Concatenation> concatenation = Optional.empty();
        int locking = 0;
        int shift = 0;
        List<InformationElement> elements = new ArrayList<>();
        // clause 9.2.3.24: of repeated elements of one kind the last is used, so an earlier one is not applied
        int concatenationAt = -1;
        int lockingAt = -1;
        int shiftAt = -1;
        int pos = UDHL_OCTETS;
        while (pos < end) {
            if (pos + 2 > end) {
                throw malformed(pos, "information element has no length octet");
            }
            int iei = data[pos] & 0xFF;
            int length = data[pos + 1] & 0xFF;
            if (pos + 2 + length > end) {
                throw malformed(
                        pos,
                        String.format(
                                Locale.ROOT,
                                "information element 0x%02X declares %d octets, the header has %d left",
                                iei,
                                length,
                                end - pos - 2));
            }
            byte[] value = Arrays.copyOfRange(data, pos + 2, pos + 2 + length);
            boolean applied = false;
            if (iei == IEI_CONCAT_8 && length == CONCAT8_IE_OCTETS - 2
                    || iei == IEI_CONCAT_16 && length == CONCAT16_IE_OCTETS - 2) {
                boolean sixteen = iei == IEI_CONCAT_16;
                int reference = sixteen ? ((value[0] & 0xFF) << 8) | (value[1] & 0xFF) : value[0] & 0xFF;
                int total = value[length - 2] & 0xFF;
                int sequence = value[length - 1] & 0xFF;
                // clause 9.2.3.24.1: a zero or out-of-range number means the element is ignored
                if (total >= 1 && sequence >= 1 && sequence <= total) {
                    concatenation = Optional.of(new Concatenation(reference, total, sequence, sixteen));
                    applied = true;
                    notApplied(elements, concatenationAt);
                    concatenationAt = elements.size();
                }
            } else if (iei == IEI_LOCKING_SHIFT && length == NATIONAL_IE_OCTETS - 2) {
                int nli = value[0] & 0xFF; // TS 23.038 clause 6.2.1.2.4: identifier 0 is reserved
                if (nli >= 1 && nli < TableIndex.LANGUAGES && Gsm7Tables.LOCKING[nli] != null) {
                    locking = nli;
                    applied = true;
                    notApplied(elements, lockingAt);
                    lockingAt = elements.size();
                }
            } else if (iei == IEI_SINGLE_SHIFT && length == NATIONAL_IE_OCTETS - 2) {
                int nli = value[0] & 0xFF;
                if (nli >= 1 && nli < TableIndex.LANGUAGES) {
                    shift = nli;
                    applied = true;
                    notApplied(elements, shiftAt);
                    shiftAt = elements.size();
                }
            }
            elements.add(new InformationElement(iei, value, applied));
            pos += 2 + length;
        }
        return new UserDataHeader(end, concatenation, locking, shift, List.copyOf(elements));
    }

    /** Marks the element at {@code index} (if any) as not applied: a later element of its kind replaced it. */
    private static void notApplied(List<InformationElement> elements, int index) {
        if (index >= 0) {
            InformationElement e = elements.get(index);
            elements.set(index, new InformationElement(e.identifier(), e.data(), false));
        }
    }

    /**
     * Returns the elements as a UCS-2 message applies them: national language elements select GSM 7-bit tables,
     * so there they are not applied.
     */
    List<InformationElement> ucs2Elements() {
        List<InformationElement> out = new ArrayList<>(elements.size());
        for (InformationElement e : elements) {
            boolean national = e.identifier() == IEI_LOCKING_SHIFT || e.identifier() == IEI_SINGLE_SHIFT;
            out.add(national && e.applied() ? new InformationElement(e.identifier(), e.data(), false) : e);
        }
        return List.copyOf(out);
    }

    private static SmsException malformed(int offset, String message) {
        return new SmsException(SmsError.MALFORMED_HEADER, "udh", offset, message + " (byte offset " + offset + ")");
    }
}
