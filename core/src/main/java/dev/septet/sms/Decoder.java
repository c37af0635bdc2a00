/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes received user data: data coding scheme, User Data Header, septets or UTF-16 units, tables.
 */
final class Decoder {
    /*
     * Every length read from the data is checked against the data before it is used, so malformed input ends in
     * an SmsException naming the byte offset, never in an index exception, and every loop advances by at least
     * one position per step, so decoding terminates. Lengths (a UDL up to Integer.MAX_VALUE, data of 256 MiB and
     * more) are computed in long and bounded by the data before anything is allocated. Data coding groups follow
     * 3GPP TS 23.038 clause 4.
     *
     * Without a UDL, packed data that fills its octets exactly ends in a septet that may be 7 padding bits: zero
     * bits ('@') or CR there are dropped (3GPP TS 23.038 clause 6.1.2.3.1), unless an escape before the septet
     * makes it an extension code, which is text. Every message states the byte offset once, in the suffix that
     * malformed() adds.
     */

    /** The most septets one decoded text may hold: the largest char array a JVM allocates. */
    static final int MAX_TEXT_SEPTETS = Integer.MAX_VALUE - 8;

    private Decoder() {}

    static DecodedMessage decode(int dcs, boolean udhi, byte[] data, int udl, DecodeOptions options) {
        Objects.requireNonNull(data, "userData");
        Objects.requireNonNull(options, "options");
        if (dcs < 0 || dcs > 0xFF) {
            throw new SmsException(SmsError.INVALID_OPTION, "dcs", -1, "dcs must be 0 to 255, was " + dcs);
        }
        if (udl < -1) {
            throw new SmsException(SmsError.INVALID_OPTION, "udl", -1, "udl must not be negative, was " + udl);
        }
        Encoding encoding = encoding(dcs, options.strict());
        UserDataHeader header = udhi ? UserDataHeader.parse(data) : UserDataHeader.NONE;
        if (encoding == Encoding.UCS2) {
            return new DecodedMessage(
                    ucs2(data, header.octets, udl),
                    encoding,
                    header.concatenation,
                    Optional.empty(),
                    Optional.empty(),
                    header.ucs2Elements());
        }
        String text = options.septetFormat() == SeptetFormat.PACKED
                ? gsm7Packed(data, header, udl, options.strict())
                : gsm7Unpacked(data, header, udl, options.strict());
        return new DecodedMessage(
                text,
                encoding,
                header.concatenation,
                NationalLanguage.ofIdentifier(header.locking),
                NationalLanguage.ofIdentifier(header.shift),
                header.elements);
    }

    /**
     * Maps a data coding scheme to the encoding of its text (3GPP TS 23.038 clause 4). A reserved alphabet or coding
     * group is GSM 7-bit, as the clause tells a receiving entity to assume ("the same as codepoint 00000000"), unless
     * {@code strict}, which refuses it like 8-bit data and compressed text.
     */
    static Encoding encoding(int dcs, boolean strict) {
        int group = dcs >>> 4;
        if (group <= 0x7) {
            if ((dcs & 0x20) != 0) {
                throw unsupported(dcs, "compressed text");
            }
            switch ((dcs >>> 2) & 3) {
                case 0:
                    return Encoding.GSM7;
                case 2:
                    return Encoding.UCS2;
                case 1:
                    throw unsupported(dcs, "8-bit data");
                default:
                    return reserved(dcs, "a reserved alphabet", strict);
            }
        }
        if (group <= 0xB) {
            return reserved(dcs, "a reserved coding group", strict);
        }
        if (group <= 0xD) {
            return Encoding.GSM7; // message waiting indication, discard or store
        }
        if (group == 0xE) {
            return Encoding.UCS2;
        }
        if ((dcs & 0x04) != 0) {
            throw unsupported(dcs, "8-bit data");
        }
        return Encoding.GSM7;
    }

    private static Encoding reserved(int dcs, String what, boolean strict) {
        if (strict) {
            throw unsupported(dcs, what);
        }
        return Encoding.GSM7;
    }

    private static SmsException unsupported(int dcs, String what) {
        return new SmsException(
                SmsError.UNSUPPORTED_CODING,
                "dcs",
                -1,
                String.format(
                        Locale.ROOT, "data coding scheme 0x%02X announces %s, which has no text decoding", dcs, what));
    }

    private static String ucs2(byte[] data, int start, int udl) {
        int end = data.length;
        if (udl >= 0) {
            if (udl > data.length) {
                throw malformed(
                        data.length, "UDL " + udl + " octets exceeds the " + data.length + " octets of user data");
            }
            if (udl < start) {
                throw malformed(udl, "UDL " + udl + " octets is shorter than the " + start + "-octet header");
            }
            end = udl;
        }
        if (((end - start) & 1) != 0) {
            throw malformed(end - 1, "odd UCS-2 length: " + (end - start) + " octets after the header");
        }
        char[] chars = new char[(end - start) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((data[start + 2 * i] & 0xFF) << 8) | (data[start + 2 * i + 1] & 0xFF));
        }
        return new String(chars);
    }

    private static String gsm7Packed(byte[] data, UserDataHeader header, int udl, boolean strict) {
        int start = SeptetPacker.headerSeptets(header.octets);
        int count = packedTextSeptets(data.length, header.octets, udl);
        if (udl < 0 && count > 0 && data.length % 7 == 0) {
            // 8n - 1 septets leave 7 spare bits that read as one more septet; '@' (zero bits) or CR there is
            // padding (3GPP TS 23.038 clause 6.1.2.3.1), unless an escape before it makes it an extension code
            int last = SeptetPacker.read(data, start + count - 1);
            if ((last == SeptetPacker.AT || last == SeptetPacker.CR) && !escaped(data, start, count - 1)) {
                count--;
            }
        }
        return text(SeptetPacker.unpack(data, start, count), 0, count, header, strict, start, true);
    }

    /**
     * Returns how many text septets follow the header in packed user data of {@code dataOctets} octets: the UDL's
     * count less the header's, or without a UDL ({@code udl} -1) every whole septet the data holds. Every length
     * is bounded by the data in long arithmetic before the caller allocates anything.
     *
     * @throws SmsException {@link SmsError#MALFORMED_USER_DATA} for a UDL beyond the data or inside the header,
     *     or data holding more septets than a text can
     */
    static int packedTextSeptets(int dataOctets, int headerOctets, int udl) {
        int start = SeptetPacker.headerSeptets(headerOctets);
        long total;
        if (udl >= 0) {
            long needed = SeptetPacker.octets(udl);
            if (needed > dataOctets) {
                throw malformed(
                        dataOctets,
                        "UDL " + udl + " septets needs " + needed + " octets, the user data has " + dataOctets);
            }
            if (udl < start) {
                throw malformed(headerOctets, "UDL " + udl + " septets is shorter than the header's " + start);
            }
            total = udl;
        } else {
            total = Math.max(start, SeptetPacker.septetsIn(dataOctets));
        }
        long count = total - start;
        if (count > MAX_TEXT_SEPTETS) {
            throw malformed(
                    (int) SeptetPacker.octets((long) start + MAX_TEXT_SEPTETS),
                    "user data of " + dataOctets + " octets holds " + count + " septets, more than the "
                            + MAX_TEXT_SEPTETS + " a text can hold");
        }
        return (int) count;
    }

    /**
     * Tells whether septet {@code k} of the text (counted from septet {@code start} of the stream) is the code of
     * an escape pair: an odd run of escapes ends right before it.
     */
    private static boolean escaped(byte[] data, int start, int k) {
        int run = 0;
        for (int j = k - 1; j >= 0 && SeptetPacker.read(data, start + j) == Gsm7Tables.ESCAPE; j--) {
            run++;
        }
        return (run & 1) != 0;
    }

    private static String gsm7Unpacked(byte[] data, UserDataHeader header, int udl, boolean strict) {
        int available = data.length - header.octets;
        int count = available;
        if (udl >= 0) {
            count = udl - SeptetPacker.headerSeptets(header.octets);
            if (count < 0 || count > available) {
                throw malformed(
                        data.length,
                        "UDL " + udl + " septets does not match the " + available
                                + " unpacked septets after the header");
            }
        }
        return text(data, header.octets, count, header, strict, header.octets, false);
    }

    /**
     * Maps {@code count} septets of {@code source} from {@code from} on to text through the header's tables;
     * {@code base} locates them for error offsets. Unpacked sources are checked for octets above 0x7F here.
     */
    private static String text(
            byte[] source, int from, int count, UserDataHeader header, boolean strict, int base, boolean packed) {
        char[] locking = Gsm7Tables.LOCKING[header.locking];
        char[] shift = Gsm7Tables.SINGLE_SHIFT[header.shift];
        char[] out = new char[count];
        int length = 0;
        int end = from + count;
        for (int i = from; i < end; i++) {
            int s = source[i];
            if (s < 0) {
                throw malformed(i, String.format(Locale.ROOT, "octet 0x%02X is not a septet (high bit set)", s & 0xFF));
            }
            char c;
            if (s != Gsm7Tables.ESCAPE) {
                c = locking[s];
                if (c == Gsm7Tables.UNDEFINED) {
                    if (strict) {
                        throw malformed(
                                offset(base, i - from, packed),
                                String.format(Locale.ROOT, "septet 0x%02X is undefined in the locking shift table", s));
                    }
                    c = '\uFFFD';
                }
            } else {
                if (i + 1 >= end) {
                    throw malformed(offset(base, i - from, packed), "escape septet at the end of the user data");
                }
                int code = source[++i];
                if (code < 0) {
                    throw malformed(
                            i, String.format(Locale.ROOT, "octet 0x%02X is not a septet (high bit set)", code & 0xFF));
                }
                c = shift[code];
                if (c == Gsm7Tables.UNDEFINED) {
                    if (strict) {
                        throw malformed(
                                offset(base, i - from, packed),
                                String.format(
                                        Locale.ROOT,
                                        "escape followed by 0x%02X, which the single shift table does not define",
                                        code));
                    }
                    // clause 6.2.1.1: SS2 (ESC ESC) displays a space; other undefined codes the base character
                    c = code == Gsm7Tables.ESCAPE ? ' ' : locking[code];
                    if (c == Gsm7Tables.UNDEFINED) {
                        c = '\uFFFD';
                    }
                }
            }
            out[length++] = c;
        }
        return new String(out, 0, length);
    }

    /** The byte offset of septet {@code k} after {@code base}: the octet holding its first bit when packed. */
    private static int offset(int base, int k, boolean packed) {
        return packed ? (int) (((long) base + k) * 7 / 8) : base + k;
    }

    static SmsException malformed(int offset, String message) {
        return new SmsException(
                SmsError.MALFORMED_USER_DATA, "userData", offset, message + " (byte offset " + offset + ")");
    }
}
