/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.EncodedPart;
import dev.septet.sms.Encoding;
import dev.septet.sms.EncodingChoice;
import dev.septet.sms.ReferenceSource;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import java.util.ArrayList;
import java.util.List;

/** Builds the submit_sm fields of each mode from core's encoded parts. */
final class SubmitEncoder {
    /*
     * Core plans and encodes every part in the UDH layout: concatenation element (8- or 16-bit reference), national
     * language elements, then the text. The other modes are derived from that one plan, so all three cut the text
     * at the same places and count the same parts:
     *
     * - UDH: core's user data is short_message as it is; esm_class 0x40 when it has a header.
     * - SAR: no national tables (SmppOptions rejects them), so each part's header is the concatenation element
     *   alone, sized as the header the SMSC will write (153/67 with the 8-bit element, 152/66 with the 16-bit).
     *   Unpacked septets and UTF-16BE start on an octet boundary after the header, so dropping the header leaves
     *   the text. Packed septets after a header start after fill bits; such a segment is encoded again on its own
     *   (one part, no header, the same encoding forced), which packs it from bit 0.
     * - message_payload: the headerless texts of all parts, concatenated (unpacked septets and UTF-16BE
     *   concatenate; SmppOptions rejects packed). The part count is core's, the SMSC's own split.
     *
     * The reference is drawn once per multi-part message (core draws it for UDH; SAR draws it itself, 8 or 16 bits
     * as the options ask, so the SMSC writes the element the segments were sized for).
     */

    private SubmitEncoder() {}

    static Submission encode(CharSequence text, SmppOptions options, ReferenceSource references) {
        SmsOptions sms = options.sms();
        switch (options.mode()) {
            case UDH:
                return udh(Sms.encode(text, sms, references), options);
            case SAR:
                return sar(Sms.encode(text, sms, 0), options, references);
            default:
                return payload(Sms.encode(text, sms, 0), options);
        }
    }

    private static int dataCoding(EncodedPart part, SmppOptions options) {
        return part.dcs() == Encoding.GSM7.dataCodingScheme() ? options.gsm7DataCoding() : part.dcs();
    }

    private static Encoding encoding(EncodedPart part) {
        return part.dcs() == Encoding.UCS2.dataCodingScheme() ? Encoding.UCS2 : Encoding.GSM7;
    }

    private static Submission udh(List<EncodedPart> encoded, SmppOptions options) {
        List<SubmitPart> parts = new ArrayList<>(encoded.size());
        for (EncodedPart p : encoded) {
            parts.add(new SubmitPart(
                    p.sequence(),
                    p.total(),
                    p.reference(),
                    p.text(),
                    p.units(),
                    p.userData(),
                    p.udhi() ? 0x40 : 0x00,
                    dataCoding(p, options),
                    List.of()));
        }
        return new Submission(SmppMode.UDH, encoding(encoded.get(0)), parts.size(), parts);
    }

    private static Submission sar(List<EncodedPart> encoded, SmppOptions options, ReferenceSource references) {
        int total = encoded.size();
        // the field is 16 bits, but an SMSC that sees a value above 255 must write the 16-bit element, one octet
        // longer than the 8-bit one these segments leave room for
        int reference = total > 1 ? references.nextReference() & (options.sms().reference16() ? 0xFFFF : 0xFF) : 0;
        Encoding encoding = encoding(encoded.get(0));
        boolean repack = encoding == Encoding.GSM7 && options.sms().septetFormat() == SeptetFormat.PACKED;
        SmsOptions single = options.sms()
                .withMaxParts(1)
                .withEncoding(encoding == Encoding.UCS2 ? EncodingChoice.UCS2 : EncodingChoice.GSM7);
        List<SubmitPart> parts = new ArrayList<>(total);
        for (EncodedPart p : encoded) {
            List<Tlv> tlvs = total > 1
                    ? List.of(
                            Tlv.ofShort(Tlv.SAR_MSG_REF_NUM, reference),
                            Tlv.ofByte(Tlv.SAR_TOTAL_SEGMENTS, total),
                            Tlv.ofByte(Tlv.SAR_SEGMENT_SEQNUM, p.sequence()))
                    : List.of();
            byte[] body = repack ? Sms.encode(p.text(), single, 0).get(0).userData() : withoutHeader(p);
            parts.add(new SubmitPart(
                    p.sequence(), total, reference, p.text(), p.units(), body, 0x00, dataCoding(p, options), tlvs));
        }
        return new Submission(SmppMode.SAR, encoding, total, parts);
    }

    private static Submission payload(List<EncodedPart> encoded, SmppOptions options) {
        int octets = 0;
        int units = 0;
        StringBuilder text = new StringBuilder();
        for (EncodedPart p : encoded) {
            octets += p.userDataLength() - p.udh().length;
            units += p.units();
            text.append(p.text());
        }
        byte[] payload = new byte[octets];
        int at = 0;
        for (EncodedPart p : encoded) {
            byte[] body = withoutHeader(p);
            System.arraycopy(body, 0, payload, at, body.length);
            at += body.length;
        }
        EncodedPart first = encoded.get(0);
        SubmitPart only = new SubmitPart(
                1,
                1,
                0,
                text.toString(),
                units,
                new byte[0],
                0x00,
                dataCoding(first, options),
                List.of(new Tlv(Tlv.MESSAGE_PAYLOAD, payload)));
        return new Submission(SmppMode.MESSAGE_PAYLOAD, encoding(first), encoded.size(), List.of(only));
    }

    private static byte[] withoutHeader(EncodedPart part) {
        byte[] userData = part.userData();
        int header = part.udh().length;
        if (header == 0) {
            return userData;
        }
        byte[] body = new byte[userData.length - header];
        System.arraycopy(userData, header, body, 0, body.length);
        return body;
    }
}
