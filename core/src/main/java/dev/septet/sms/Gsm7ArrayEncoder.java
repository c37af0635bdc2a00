/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The {@code GSM-7} charset's encode loop over array-backed buffers, the ones {@code String.getBytes} passes.
 */
final class Gsm7ArrayEncoder {
    /*
     * Same results, positions and CoderResults as the buffer loop in Gsm7Charset, read and written through local
     * array indexes instead of a buffer call per character.
     *
     * Most characters of most texts are their own septet: ' '..'Z' and 'a'..'z' except '$' and '@'. So when the
     * input starts with such a character, or once a run of them has gone by one at a time, a window of the input
     * is copied into the output as Latin-1 by the JDK's ISO-8859-1 encoder (vector code, stopping at the first
     * character beyond Latin-1), and the copy is checked eight octets at a time; the octets up to the first block of
     * eight that holds anything else are already the answer. From there characters go one at a time
     * through the packer's table of what each Latin-1 character writes (one octet, or the escape and a code) until
     * a run of plain characters suggests another window. Windows shrink to twice the last run accepted, so text
     * dense with escapes does not pay for copies it throws away, and grow back while whole windows are accepted.
     * The copy may leave octets past the final position, inside the limit: space the caller gave the encoder.
     */
    /** Below this many characters (or octets of room) a window costs more than it saves. */
    private static final int WINDOW_MIN = 32;

    private static final int WINDOW_MAX = 2048;

    /** Plain characters in a row, one at a time, after which a window is tried again. */
    private static final int RUN_BEFORE_COPY = 16;

    /** Each thread's ISO-8859-1 encoder, used only to copy a window; never shared. */
    private static final ThreadLocal<CharsetEncoder> LATIN1 =
            ThreadLocal.withInitial(StandardCharsets.ISO_8859_1::newEncoder);

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
        int window = WINDOW_MAX;
        // whether to try a window before the next character: at once if the text starts with a plain character
        boolean copy = sl - sp >= WINDOW_MIN && own(sa[sp]);
        int own = 0; // characters in a row, taken one at a time, that were their own septets
        try {
            while (sp < sl) {
                if (copy) {
                    copy = false;
                    own = 0;
                    int m = Math.min(window, Math.min(sl - sp, dl - dp));
                    if (m >= WINDOW_MIN) {
                        int run = ownSeptets(in, out, sp - soff, dp - doff, m);
                        sp += run;
                        dp += run;
                        if (run == m) {
                            window = Math.min(WINDOW_MAX, 2 * window);
                            copy = true;
                            continue;
                        }
                        window = Math.max(WINDOW_MIN, 2 * run);
                    }
                }
                char c = sa[sp];
                int e = c < 256 ? PackedWriter.LATIN1[c] : PackedWriter.encoded(c);
                int width = e >>> PackedWriter.WIDTH_SHIFT;
                if (width == 7) {
                    if (dp == dl) {
                        return CoderResult.OVERFLOW;
                    }
                    da[dp++] = (byte) e;
                } else if (width == 14) {
                    if (dl - dp < 2) {
                        return CoderResult.OVERFLOW;
                    }
                    da[dp++] = (byte) Gsm7Tables.ESCAPE;
                    da[dp++] = (byte) (e >>> 7); // the code after the escape
                } else {
                    return unencodable(c, sl - sp, sl - sp < 2 ? 0 : sa[sp + 1]);
                }
                sp++;
                // a window again only after a run of plain characters: text dense with escapes stays here
                own = (e & 0xFFFF) == c ? own + 1 : 0;
                copy = own == RUN_BEFORE_COPY;
            }
            return CoderResult.UNDERFLOW;
        } finally {
            in.position(sp - soff);
            out.position(dp - doff);
        }
    }

    /** Tells whether {@code c} is its own septet. */
    private static boolean own(char c) {
        return c < 256 && (PackedWriter.LATIN1[c] & 0xFFFF) == c;
    }

    /**
     * Copies {@code m} characters of {@code in} from {@code position} on into {@code out} from {@code outPosition}
     * on as Latin-1, and returns how many of them, a multiple of eight, are their own septets; positions are left
     * for the caller to set, and {@code in}'s limit is restored.
     */
    private static int ownSeptets(CharBuffer in, ByteBuffer out, int position, int outPosition, int m) {
        int limit = in.limit();
        in.limit(position + m).position(position);
        out.position(outPosition);
        CharsetEncoder latin1 = LATIN1.get();
        latin1.reset();
        latin1.encode(in, out, false); // stops at the first character beyond Latin-1
        in.limit(limit);
        int copied = out.position() - outPosition;
        byte[] da = out.array();
        int at = out.arrayOffset() + outPosition;
        int run = 0;
        // four longs per test: one well-predicted branch per 32 octets, and four independent tests in flight
        while (run + 32 <= copied
                && (PackedWriter.ownBits((long) Latin1Buffer.LONGS.get(da, at + run))
                                & PackedWriter.ownBits((long) Latin1Buffer.LONGS.get(da, at + run + 8))
                                & PackedWriter.ownBits((long) Latin1Buffer.LONGS.get(da, at + run + 16))
                                & PackedWriter.ownBits((long) Latin1Buffer.LONGS.get(da, at + run + 24)))
                        == SeptetCounter.HIGH) {
            run += 32;
        }
        while (run + 8 <= copied && PackedWriter.ownSeptets((long) Latin1Buffer.LONGS.get(da, at + run))) {
            run += 8;
        }
        return run;
    }
}
