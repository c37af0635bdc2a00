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
     * array indexes instead of a buffer call per character. While the output has room for one octet per remaining
     * character, a run of characters that the default table holds (the common case) is copied through the Latin-1
     * code table with no overflow check at all.
     */
    private Gsm7ArrayEncoder() {}

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
        try {
            while (sp < sl) {
                // a run of one-octet characters, with room checked once for the whole run
                for (int end = sp + Math.min(sl - sp, dl - dp); sp < end; sp++) {
                    char c = sa[sp];
                    int code = c < 256 ? TableIndex.DEFAULT_CODE_LATIN1[c] : TableIndex.lockingCode(0, c);
                    if (code < 0) {
                        break;
                    }
                    da[dp++] = (byte) code;
                }
                if (sp == sl) {
                    break;
                }
                char c = sa[sp];
                int code = TableIndex.lockingCode(0, c);
                if (code >= 0) {
                    return CoderResult.OVERFLOW; // the run stopped for room, not for this character
                }
                int extension = TableIndex.shiftCode(0, c);
                if (extension >= 0) {
                    if (dl - dp < 2) {
                        return CoderResult.OVERFLOW;
                    }
                    da[dp++] = (byte) Gsm7Tables.ESCAPE;
                    da[dp++] = (byte) extension;
                    sp++;
                } else if (Character.isHighSurrogate(c)) {
                    if (sl - sp < 2) {
                        return CoderResult.UNDERFLOW;
                    }
                    return Character.isLowSurrogate(sa[sp + 1])
                            ? CoderResult.unmappableForLength(2)
                            : CoderResult.malformedForLength(1);
                } else if (Character.isLowSurrogate(c)) {
                    return CoderResult.malformedForLength(1);
                } else {
                    return CoderResult.unmappableForLength(1);
                }
            }
            return CoderResult.UNDERFLOW;
        } finally {
            in.position(sp - soff);
            out.position(dp - doff);
        }
    }
}
