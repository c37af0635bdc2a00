/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.ArrayList;
import java.util.List;
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
     * one position per step, so decoding terminates. Data coding groups follow 3GPP TS 23.038 clause 4.
     */
    private Decoder() {
    }

    static DecodedMessage decode(int dcs, boolean udhi, byte[] data, int udl, DecodeOptions options) {
        Objects.requireNonNull(data, "userData");
        Objects.requireNonNull(options, "options");
        if (dcs < 0 || dcs > 0xFF) {
            throw new SmsException(SmsError.INVALID_OPTION, "dcs", -1, "dcs must be 0 to 255, was " + dcs);
        }
        if (udl < -1) {
            throw new SmsException(SmsError.INVALID_OPTION, "udl", -1, "udl must not be negative, was " + udl);
        }
        Encoding encoding = encoding(dcs);
        Header header = udhi ? Header.parse(data) : Header.NONE;
        if (encoding == Encoding.UCS2) {
            return new DecodedMessage(ucs2(data, header.octets, udl), encoding, header.concatenation,
                    Optional.empty(), Optional.empty(), header.elements);
        }
        String text = options.septetFormat() == SeptetFormat.PACKED
                ? gsm7Packed(data, header, udl, options.strict())
                : gsm7Unpacked(data, header, udl, options.strict());
        return new DecodedMessage(text, encoding, header.concatenation,
                NationalLanguage.ofIdentifier(header.locking), NationalLanguage.ofIdentifier(header.shift),
                header.elements);
    }

    /** Maps a data coding scheme to the encoding of its text (3GPP TS 23.038 clause 4). */
    static Encoding encoding(int dcs) {
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
                    throw unsupported(dcs, "a reserved alphabet");
            }
        }
        if (group <= 0xB) {
            throw unsupported(dcs, "a reserved coding group");
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

    private static SmsException unsupported(int dcs, String what) {
        return new SmsException(SmsError.UNSUPPORTED_CODING, "dcs", -1,
                String.format(Locale.ROOT, "data coding scheme 0x%02X announces %s, which has no text decoding",
                        dcs, what));
    }

    private static String ucs2(byte[] data, int start, int udl) {
        int end = data.length;
        if (udl >= 0) {
            if (udl > data.length) {
                throw malformed(data.length, "UDL " + udl + " octets exceeds the " + data.length
                        + " octets of user data");
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

    private static String gsm7Packed(byte[] data, Header header, int udl, boolean strict) {
        int start = SeptetPacker.headerSeptets(header.octets);
        int total;
        if (udl >= 0) {
            if (SeptetPacker.octets(udl) > data.length) {
                throw malformed(data.length, "UDL " + udl + " septets needs " + SeptetPacker.octets(udl)
                        + " octets, the user data has " + data.length);
            }
            if (udl < start) {
                throw malformed(header.octets, "UDL " + udl + " septets is shorter than the header's " + start);
            }
            total = udl;
        } else {
            total = data.length * 8 / 7;
            // 8n - 1 septets leave 7 spare bits that read as one more septet; zero or CR there is padding
            if (total > start && data.length % 7 == 0) {
                int last = SeptetPacker.read(data, total - 1);
                if (last == 0 || last == SeptetPacker.CR) {
                    total--;
                }
            }
        }
        int count = Math.max(0, total - start);
        byte[] septets = new byte[count];
        for (int k = 0; k < count; k++) {
            septets[k] = (byte) SeptetPacker.read(data, start + k);
        }
        return text(septets, 0, count, header, strict, start, true);
    }

    private static String gsm7Unpacked(byte[] data, Header header, int udl, boolean strict) {
        int available = data.length - header.octets;
        int count = available;
        if (udl >= 0) {
            count = udl - SeptetPacker.headerSeptets(header.octets);
            if (count < 0 || count > available) {
                throw malformed(data.length, "UDL " + udl + " septets does not match the " + available
                        + " unpacked septets after the header");
            }
        }
        return text(data, header.octets, count, header, strict, header.octets, false);
    }

    /**
     * Maps {@code count} septets of {@code source} from {@code from} on to text through the header's tables;
     * {@code base} locates them for error offsets. Unpacked sources are checked for octets above 0x7F here.
     */
    private static String text(byte[] source, int from, int count, Header header, boolean strict, int base,
            boolean packed) {
        char[] locking = Gsm7Tables.LOCKING[header.locking];
        char[] shift = Gsm7Tables.SINGLE_SHIFT[header.shift];
        char[] out = new char[count];
        int length = 0;
        int end = from + count;
        for (int i = from; i < end; i++) {
            int s = source[i];
            if (s < 0) {
                throw malformed(i, String.format(Locale.ROOT,
                        "octet 0x%02X at offset %d is not a septet (high bit set)", s & 0xFF, i));
            }
            char c;
            if (s != Gsm7Tables.ESCAPE) {
                c = locking[s];
                if (c == Gsm7Tables.UNDEFINED) {
                    if (strict) {
                        throw malformed(offset(base, i - from, packed), String.format(Locale.ROOT,
                                "septet 0x%02X is undefined in the locking shift table", s));
                    }
                    c = '\uFFFD';
                }
            } else {
                if (i + 1 >= end) {
                    throw malformed(offset(base, i - from, packed), "escape septet at the end of the user data");
                }
                int code = source[++i];
                if (code < 0) {
                    throw malformed(i, String.format(Locale.ROOT,
                            "octet 0x%02X at offset %d is not a septet (high bit set)", code & 0xFF, i));
                }
                c = shift[code];
                if (c == Gsm7Tables.UNDEFINED) {
                    if (strict) {
                        throw malformed(offset(base, i - from, packed), String.format(Locale.ROOT,
                                "escape followed by 0x%02X, which the single shift table does not define", code));
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

    private static int offset(int base, int k, boolean packed) {
        return packed ? (base + k) * 7 / 8 : base + k;
    }

    static SmsException malformed(int offset, String message) {
        return new SmsException(SmsError.MALFORMED_USER_DATA, "userData", offset,
                message + " (byte offset " + offset + ")");
    }

    /** The parsed User Data Header. */
    static final class Header {
        static final Header NONE = new Header(0, Optional.empty(), 0, 0, List.of());

        final int octets;
        final Optional<Concatenation> concatenation;
        final int locking;
        final int shift;
        final List<InformationElement> elements;

        private Header(int octets, Optional<Concatenation> concatenation, int locking, int shift,
                List<InformationElement> elements) {
            this.octets = octets;
            this.concatenation = concatenation;
            this.locking = locking;
            this.shift = shift;
            this.elements = elements;
        }

        static Header parse(byte[] data) {
            if (data.length == 0) {
                throw header(0, "UDHI is set but the user data is empty");
            }
            int udhl = data[0] & 0xFF;
            int end = 1 + udhl;
            if (end > data.length) {
                throw header(0, "UDHL " + udhl + " exceeds the " + (data.length - 1)
                        + " octets that follow it");
            }
            Optional<Concatenation> concatenation = Optional.empty();
            int locking = 0;
            int shift = 0;
            List<InformationElement> elements = new ArrayList<>();
            int pos = 1;
            while (pos < end) {
                if (pos + 2 > end) {
                    throw header(pos, "information element at offset " + pos + " has no length octet");
                }
                int iei = data[pos] & 0xFF;
                int length = data[pos + 1] & 0xFF;
                if (pos + 2 + length > end) {
                    throw header(pos, String.format(Locale.ROOT,
                            "information element 0x%02X at offset %d declares %d octets, the header has %d left",
                            iei, pos, length, end - pos - 2));
                }
                byte[] value = java.util.Arrays.copyOfRange(data, pos + 2, pos + 2 + length);
                boolean applied = false;
                if (iei == PartEncoder.IEI_CONCAT_8 && length == 3 || iei == PartEncoder.IEI_CONCAT_16 && length == 4) {
                    boolean sixteen = iei == PartEncoder.IEI_CONCAT_16;
                    int reference = sixteen ? ((value[0] & 0xFF) << 8) | (value[1] & 0xFF) : value[0] & 0xFF;
                    int total = value[length - 2] & 0xFF;
                    int sequence = value[length - 1] & 0xFF;
                    // clause 9.2.3.24.1: a zero or out-of-range number means the element is ignored
                    if (total >= 1 && sequence >= 1 && sequence <= total) {
                        concatenation = Optional.of(new Concatenation(reference, total, sequence, sixteen));
                        applied = true;
                    }
                } else if (iei == PartEncoder.IEI_LOCKING_SHIFT && length == 1) {
                    int nli = value[0] & 0xFF;
                    if (nli < TableIndex.LANGUAGES && Gsm7Tables.LOCKING[nli] != null) {
                        locking = nli;
                        applied = true;
                    }
                } else if (iei == PartEncoder.IEI_SINGLE_SHIFT && length == 1) {
                    int nli = value[0] & 0xFF;
                    if (nli < TableIndex.LANGUAGES) {
                        shift = nli;
                        applied = true;
                    }
                }
                elements.add(new InformationElement(iei, value, applied));
                pos += 2 + length;
            }
            return new Header(end, concatenation, locking, shift, List.copyOf(elements));
        }

        private static SmsException header(int offset, String message) {
            return new SmsException(SmsError.MALFORMED_HEADER, "udh", offset,
                    message + " (byte offset " + offset + ")");
        }
    }
}
