/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;

/**
 * The {@code GSM-7} charset's encode loop over array-backed buffers, the ones {@code String.getBytes} passes.
 */
final class Gsm7ArrayEncoder {
    /*
     * Same results, positions and CoderResults as the buffer loop in Gsm7Charset, read and written through local
     * array indexes instead of a buffer call per character. While input and output both have eight to go, eight
     * characters are looked up in the Latin-1 code table with no branch (a character beyond Latin-1 or one that
     * needs an escape reads as -1, which the OR of the eight turns negative) and leave as one 8-byte store; the
     * first block that holds anything else (an escape, a Greek capital, an unmappable character, a surrogate) is
     * taken one character at a time, after which the blocks resume. The eight bytes are assembled in a long, so
     * nothing is written past the output's position for a block that is then redone.
     */
    private Gsm7ArrayEncoder() {}

    /**
     * Returns the result for a character {@code c} that neither table holds, with {@code remaining} characters of
     * input from it on and {@code next} the one after it (any value when there is none): a surrogate pair is
     * unmappable as a whole, a lone surrogate malformed, and a high surrogate that ends the input waits for more.
     */
    static CoderResult unencodable(char c, int remaining, char next) {
        if (Character.isHighSurrogate(c)) {
            if (remaining < 2) {
                return CoderResult.UNDERFLOW;
            }
            return Character.isLowSurrogate(next)
                    ? CoderResult.unmappableForLength(2)
                    : CoderResult.malformedForLength(1);
        }
        return Character.isLowSurrogate(c) ? CoderResult.malformedForLength(1) : CoderResult.unmappableForLength(1);
    }

    /** Encodes as much of {@code in} as fits in {@code out}; both must have accessible arrays. */
    static CoderResult encode(CharBuffer in, ByteBuffer out) {
        char[] sa = in.array();
        int soff = in.arrayOffset();
        int sp = soff + in.position();
        int sl = soff + in.limit();
        byte[] da = out.array();
        int doff = out.arrayOffset();
        int dp = doff + out.position();
        int dl = doff + out.limit();
        byte[] one = TableIndex.DEFAULT_CODE_LATIN1;
        try {
            while (sp < sl) {
                while (sl - sp >= 8 && dl - dp >= 8) {
                    long block = 0;
                    int bad = 0;
                    for (int k = 0; k < 8; k++) {
                        char c = sa[sp + k];
                        int code = c < 256 ? one[c] : -1;
                        bad |= code;
                        block |= (long) (code & 0xFF) << (8 * k);
                    }
                    if (bad < 0) {
                        break;
                    }
                    Latin1Buffer.LONGS.set(da, dp, block);
                    sp += 8;
                    dp += 8;
                }
                // one at a time up to the next block boundary
                for (int end = Math.min(sl, sp + 8); sp < end; sp++) {
                    char c = sa[sp];
                    int code = TableIndex.lockingCode(0, c);
                    if (code >= 0) {
                        if (dp == dl) {
                            return CoderResult.OVERFLOW;
                        }
                        da[dp++] = (byte) code;
                        continue;
                    }
                    int extension = TableIndex.shiftCode(0, c);
                    if (extension >= 0) {
                        if (dl - dp < 2) {
                            return CoderResult.OVERFLOW;
                        }
                        da[dp++] = (byte) Gsm7Tables.ESCAPE;
                        da[dp++] = (byte) extension;
                    } else {
                        return unencodable(c, sl - sp, sl - sp < 2 ? 0 : sa[sp + 1]);
                    }
                }
            }
            return CoderResult.UNDERFLOW;
        } finally {
            in.position(sp - soff);
            out.position(dp - doff);
        }
    }
}
