/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Plan} into the octets of each part: User Data Header, user data, UDL, DCS and UDHI.
 */
final class PartEncoder {
    static final int IEI_CONCAT_8 = 0x00;
    static final int IEI_CONCAT_16 = 0x08;
    static final int IEI_SINGLE_SHIFT = 0x24;
    static final int IEI_LOCKING_SHIFT = 0x25;

    private PartEncoder() {
    }

    static List<EncodedPart> encode(Plan plan, SmsOptions options, int reference) {
        int[] starts = plan.partStarts();
        int total = plan.parts;
        int ref = total > 1 ? reference & (plan.reference16 ? 0xFFFF : 0xFF) : 0;
        List<EncodedPart> parts = new ArrayList<>(total);
        for (int p = 0; p < total; p++) {
            int from = starts[p];
            int to = p + 1 < total ? starts[p + 1] : plan.text.length();
            String text = plan.text.subSequence(from, to).toString();
            byte[] udh = header(total, p + 1, ref, plan.reference16, plan.shiftNli, plan.lockingNli);
            if (plan.encoding == Encoding.GSM7) {
                byte[] septets = new byte[2 * text.length()];
                int count = septets(text, plan.lockingNli, plan.shiftNli, septets);
                byte[] userData;
                if (options.septetFormat() == SeptetFormat.PACKED) {
                    userData = SeptetPacker.pack(udh, septets, count, options.crPadding());
                } else {
                    userData = new byte[udh.length + count];
                    System.arraycopy(udh, 0, userData, 0, udh.length);
                    System.arraycopy(septets, 0, userData, udh.length, count);
                }
                int udl = SeptetPacker.headerSeptets(udh.length) + count;
                parts.add(new EncodedPart(p + 1, total, ref, text, count, udh, userData, udl,
                        Encoding.GSM7.dataCodingScheme(), udh.length > 0));
            } else {
                byte[] body = text.getBytes(StandardCharsets.UTF_16BE);
                byte[] userData = new byte[udh.length + body.length];
                System.arraycopy(udh, 0, userData, 0, udh.length);
                System.arraycopy(body, 0, userData, udh.length, body.length);
                parts.add(new EncodedPart(p + 1, total, ref, text, text.length(), udh, userData, userData.length,
                        Encoding.UCS2.dataCodingScheme(), udh.length > 0));
            }
        }
        return parts;
    }

    /** Writes the septets of {@code text} (every char encodable with the pair) and returns their count. */
    static int septets(CharSequence text, int lockingNli, int shiftNli, byte[] out) {
        int k = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int code = TableIndex.lockingCode(lockingNli, c);
            if (code >= 0) {
                out[k++] = (byte) code;
            } else {
                out[k++] = Gsm7Tables.ESCAPE;
                out[k++] = (byte) TableIndex.shiftCode(shiftNli, c);
            }
        }
        return k;
    }

    static byte[] header(int total, int sequence, int reference, boolean reference16, int shiftNli,
            int lockingNli) {
        boolean concat = total > 1;
        int length = (concat ? (reference16 ? 6 : 5) : 0) + (shiftNli != 0 ? 3 : 0) + (lockingNli != 0 ? 3 : 0);
        if (length == 0) {
            return new byte[0];
        }
        byte[] h = new byte[1 + length];
        int i = 0;
        h[i++] = (byte) length;
        if (concat) {
            if (reference16) {
                h[i++] = IEI_CONCAT_16;
                h[i++] = 4;
                h[i++] = (byte) (reference >>> 8);
            } else {
                h[i++] = IEI_CONCAT_8;
                h[i++] = 3;
            }
            h[i++] = (byte) reference;
            h[i++] = (byte) total;
            h[i++] = (byte) sequence;
        }
        if (shiftNli != 0) {
            h[i++] = IEI_SINGLE_SHIFT;
            h[i++] = 1;
            h[i++] = (byte) shiftNli;
        }
        if (lockingNli != 0) {
            h[i++] = IEI_LOCKING_SHIFT;
            h[i++] = 1;
            h[i] = (byte) lockingNli;
        }
        return h;
    }
}
