/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * The GSM 7-bit default alphabet with its extension table as a {@link Charset}: unpacked septets, one per byte,
 * an extension character as the escape 0x1B followed by its code (3GPP TS 23.038 clauses 6.2.1 and 6.2.1.1).
 */
final class Gsm7Charset extends Charset {
    /*
     * Encoder: characters outside the default alphabet and its extension table (including every supplementary
     * character) are unmappable, so String.getBytes substitutes the replacement '?' (0x3F) and a strict
     * CharsetEncoder reports them. Lone surrogates are malformed input. A replacement must decode to characters
     * that encode back to the same bytes, so whatever is substituted reads back as the replacement.
     *
     * Decoder: bytes above 0x7F are malformed. An escape followed by a code the extension table does not define
     * decodes, as clause 6.2.1.1 asks a receiver to display, to the default table's character for that code;
     * ESC ESC (SS2) decodes to a space. An escape as the very last byte waits for more input and is malformed at
     * the end of input; an escape before a byte above 0x7F is malformed by itself (length 1), and that byte after
     * it, so each gets its own replacement.
     */
    static final String NAME = "GSM-7";
    static final String[] ALIASES = {"GSM7", "GSM-03.38", "GSM_03_38", "X-GSM-7-UNPACKED"};

    private static final char[] DEFAULT = Gsm7Tables.LOCKING[0];
    private static final char[] EXTENSION = Gsm7Tables.SINGLE_SHIFT[0];
    /** The encoder's initial replacement, '?'; never written. */
    private static final byte[] REPLACEMENT = {0x3F};

    Gsm7Charset() {
        super(NAME, ALIASES);
    }

    @Override
    public boolean contains(Charset cs) {
        return cs instanceof Gsm7Charset;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this);
    }

    private static final class Decoder extends CharsetDecoder {
        Decoder(Charset charset) {
            super(charset, 1.0f, 1.0f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                int position = in.position();
                int b = in.get(position) & 0xFF;
                if (b > 0x7F) {
                    return CoderResult.malformedForLength(1);
                }
                char c;
                int consumed = 1;
                if (b == Gsm7Tables.ESCAPE) {
                    if (in.remaining() < 2) {
                        return CoderResult.UNDERFLOW;
                    }
                    int code = in.get(position + 1) & 0xFF;
                    if (code > 0x7F) {
                        // the escape has no code; the octet after it is malformed on its own, as the JDK's
                        // decoders leave a byte that breaks a sequence to be reported by itself
                        return CoderResult.malformedForLength(1);
                    }
                    consumed = 2;
                    c = EXTENSION[code];
                    if (c == Gsm7Tables.UNDEFINED) {
                        c = code == Gsm7Tables.ESCAPE ? ' ' : DEFAULT[code];
                    }
                } else {
                    c = DEFAULT[b];
                }
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(c);
                in.position(position + consumed);
            }
            return CoderResult.UNDERFLOW;
        }
    }

    private static final class Encoder extends CharsetEncoder {
        Encoder(Charset charset) {
            super(charset, 1.1f, 2.0f, REPLACEMENT); // the constructor copies it
        }

        @Override
        public boolean canEncode(char c) {
            return (TableIndex.mask(c) & (TableIndex.DEFAULT_LOCKING | TableIndex.DEFAULT_SHIFT)) != 0;
        }

        /**
         * Accepts a replacement only if it is whole septets that decode, without the display fallbacks, to
         * characters that encode back to exactly these bytes: a lone or trailing escape, an octet above 0x7F or
         * an escape before an undefined code would put bytes in the output that do not mean the replacement.
         */
        @Override
        public boolean isLegalReplacement(byte[] replacement) {
            if (replacement == REPLACEMENT) {
                return true; // every new encoder checks its initial '?': String.getBytes makes one per call
            }
            int n = replacement.length;
            if (n == 0) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                int b = replacement[i];
                char c;
                if (b == Gsm7Tables.ESCAPE) {
                    if (++i == n || replacement[i] < 0) {
                        return false;
                    }
                    c = EXTENSION[replacement[i]];
                    if (c == Gsm7Tables.UNDEFINED
                            || TableIndex.shiftCode(0, c) != replacement[i]
                            || TableIndex.lockingCode(0, c) >= 0) {
                        return false;
                    }
                } else if (b < 0 || (c = DEFAULT[b]) == Gsm7Tables.UNDEFINED || TableIndex.lockingCode(0, c) != b) {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            if (in.hasArray() && out.hasArray()) {
                return Gsm7ArrayEncoder.encode(in, out);
            }
            while (in.hasRemaining()) {
                int position = in.position();
                char c = in.get(position);
                int code = TableIndex.lockingCode(0, c);
                if (code >= 0) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put((byte) code);
                } else {
                    int extension = TableIndex.shiftCode(0, c);
                    if (extension >= 0) {
                        if (out.remaining() < 2) {
                            return CoderResult.OVERFLOW;
                        }
                        out.put((byte) Gsm7Tables.ESCAPE).put((byte) extension);
                    } else {
                        int remaining = in.remaining();
                        return Gsm7ArrayEncoder.unencodable(c, remaining, remaining < 2 ? 0 : in.get(position + 1));
                    }
                }
                in.position(position + 1);
            }
            return CoderResult.UNDERFLOW;
        }
    }
}
