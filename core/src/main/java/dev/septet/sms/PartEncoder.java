/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;

/**
 * Turns a {@link Plan} into the octets of each part: User Data Header, user data, UDL, DCS and UDHI.
 */
final class PartEncoder {
    private PartEncoder() {}

    static List<EncodedPart> encode(Plan plan, SmsOptions options, int reference) {
        int total = plan.parts;
        int[] starts = plan.partStarts();
        int ref = total > 1 ? reference & (plan.reference16 ? 0xFFFF : 0xFF) : 0;
        EncodedPart[] parts = new EncodedPart[total];
        for (int p = 0; p < total; p++) {
            String text = plan.partText(starts, p);
            int units = plan.partUnits(p, text);
            byte[] udh = UserDataHeader.write(total, p + 1, ref, plan.reference16, plan.shiftNli, plan.lockingNli);
            if (plan.encoding == Encoding.GSM7) {
                int start = SeptetPacker.headerSeptets(udh.length);
                byte[] userData;
                if (options.septetFormat() == SeptetFormat.PACKED) {
                    // the padding rule's second CR goes only where it fits; otherwise the UDL alone marks the end
                    boolean secondCr = SeptetPacker.needsSecondCr(text, start + units, options.crPadding())
                            && SeptetPacker.packedOctets(start + units, true) <= UserDataHeader.USER_DATA_OCTETS;
                    userData = new byte[SeptetPacker.packedOctets(start + units, secondCr)];
                    System.arraycopy(udh, 0, userData, 0, udh.length);
                    SeptetPacker.pack(
                            text, plan.lockingNli, plan.shiftNli, userData, start * 7, options.crPadding(), secondCr);
                } else {
                    userData = new byte[udh.length + units];
                    System.arraycopy(udh, 0, userData, 0, udh.length);
                    SeptetPacker.writeUnpacked(text, plan.lockingNli, plan.shiftNli, userData, udh.length);
                }
                parts[p] = EncodedPart.of(
                        p + 1,
                        total,
                        ref,
                        text,
                        units,
                        udh,
                        userData,
                        start + units,
                        Encoding.GSM7.dataCodingScheme(),
                        udh.length > 0);
            } else {
                byte[] userData = new byte[udh.length + 2 * text.length()];
                System.arraycopy(udh, 0, userData, 0, udh.length);
                for (int i = 0, o = udh.length; i < text.length(); i++, o += 2) {
                    char c = text.charAt(i);
                    userData[o] = (byte) (c >>> 8);
                    userData[o + 1] = (byte) c;
                }
                parts[p] = EncodedPart.of(
                        p + 1,
                        total,
                        ref,
                        text,
                        units,
                        udh,
                        userData,
                        userData.length,
                        Encoding.UCS2.dataCodingScheme(),
                        udh.length > 0);
            }
        }
        return total == 1 ? List.of(parts[0]) : List.of(parts);
    }
}
