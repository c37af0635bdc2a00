/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A per-thread buffer that holds a run of a {@link String} as one byte per character, so the counting fast paths
 * can read eight characters per {@code long}.
 */
final class Latin1Buffer {
    /*
     * Most SMS text is Latin-1, and java.lang.String stores such text one byte per character. No public API hands
     * those bytes out without allocating, so a chunk is moved in two bulk steps the JIT turns into vector code:
     * String.getChars (a byte-to-char inflate) and the ISO-8859-1 CharsetEncoder (a char-to-byte compress that
     * stops at the first character above U+00FF). The encoder is what makes the result exact: the deprecated
     * String.getBytes(int, int, byte[], int) would be one step, but it silently truncates characters above U+00FF
     * (U+0141 would read as 'A'). Chunks keep the buffers small and in the first-level cache whatever the text's
     * length; the buffers live as long as their thread and are never shared.
     *
     * The chunk last loaded is remembered by the identity of its (immutable) String and its start, so the packer
     * that runs right after the planner on the same text, or national pricing right after the default-alphabet
     * count, can reuse that copy instead of making another. The first copy of every call is fresh: a call never
     * gains from an earlier call on the same String (which would flatter a benchmark that passes one String again
     * and again).
     */
    /** Characters per chunk; also the buffers' length. */
    static final int CHUNK = 2048;

    /**
     * Characters the bulk paths read one by one from a character above U+00FF on, before they copy again: text
     * with one such character often has many (Greek capitals), and a copy costs as much as dozens of characters.
     */
    static final int STRETCH = 32;

    /**
     * Stands for the euro sign in {@link #bytes} after a load that asks for it: the one character above U+00FF in the
     * default tables that ordinary Latin-1 text carries, so a price costs no stretch of one-by-one reads. U+0080 (a
     * C1 control, in no table) is copied as the same byte, so a reader that finds this byte asks the text which it is.
     */
    static final byte EURO = (byte) 0x80;

    /** Characters a resumed load copies with a plain loop before it calls the encoder. */
    private static final int SHORT_RUN = 16;

    /** Reads eight bytes of {@link #bytes} as one little-endian {@code long}: byte i is bits 8i to 8i + 7. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final ThreadLocal<Latin1Buffer> LOCAL = ThreadLocal.withInitial(Latin1Buffer::new);

    /** The chunk's characters as bytes, valid up to the count {@link #load} returned. */
    final byte[] bytes = new byte[CHUNK];

    /**
     * The packer's septets, one per byte: two for each of {@link PackedWriter#BLOCK} characters, and room for an
     * 8-byte read or write at any of them.
     */
    final byte[] septets = new byte[2 * PackedWriter.BLOCK + 8];

    /** Per-table counters for national pricing: missing characters per locking table, then shift cover. */
    final int[] scratch = new int[2 * TableIndex.LANGUAGES];

    /** The last language set seen on this thread and its mask: the set is immutable, so identity decides. */
    private java.util.Set<NationalLanguage> languages = java.util.Set.of();

    private int languageMask;

    /** The String and start of the chunk in {@link #bytes}, and how many of its characters were copied. */
    private String loadedText;

    private int loadedFrom;
    private int loaded;
    /** True when {@link #bytes} holds {@link #EURO} for a euro sign: only loads that ask for it may reuse them. */
    private boolean loadedEuros;

    /**
     * The characters last copied from {@link #charsText}, from {@link #charsFrom} on: two chunks, so the copy of one
     * chunk can serve the loads that resume inside it after a character above U+00FF.
     */
    private final char[] chars = new char[2 * CHUNK];

    private String charsText;
    private int charsFrom;
    private int charsLength;

    private final CharBuffer in = CharBuffer.wrap(chars);
    private final ByteBuffer out = ByteBuffer.wrap(bytes);
    private final CharsetEncoder encoder = StandardCharsets.ISO_8859_1.newEncoder();

    private Latin1Buffer() {}

    /** Returns this thread's buffer. */
    static Latin1Buffer get() {
        return LOCAL.get();
    }

    /**
     * Returns {@code options.languageMask()}, remembered per language set: iterating the set allocates an iterator
     * the JIT cannot always remove, and a busy sender passes the same options object again and again.
     */
    int languageMask(SmsOptions options) {
        java.util.Set<NationalLanguage> set = options.languages();
        if (set != languages) {
            languageMask = options.languageMask();
            languages = set;
        }
        return languageMask;
    }

    /**
     * Copies {@code text[0, length)}, at most {@link #CHUNK} characters, into this thread's character buffer and
     * returns that buffer, valid until the next call on this thread. The bytes a {@link #load} left stay valid.
     */
    char[] chars(String text, int length) {
        charsText = null; // the characters a load kept are about to change
        text.getChars(0, length, chars, 0);
        return chars;
    }

    /**
     * Copies {@code text[from, from + CHUNK)} (or up to its end) into {@link #bytes}, stopping at the first
     * character above U+00FF; with {@code reuse}, returns at once if that chunk is already there, and takes the
     * characters from this thread's last copy of the text when it holds them.
     *
     * <p>A caller passes {@code reuse} only for loads that follow one without it in the same call, so that what
     * it reuses was copied by that call: text with many characters above U+00FF (Greek capitals in the default
     * alphabet) resumes after each of them without copying the rest of the chunk again.
     *
     * @return the number of characters copied, from 0 to the chunk's length
     */
    int load(String text, int from, boolean reuse) {
        return load(text, from, reuse, false);
    }

    /**
     * As {@link #load(String, int, boolean)}; with {@code euros}, a euro sign does not stop the copy but goes in
     * as {@link #EURO}.
     */
    int load(String text, int from, boolean reuse, boolean euros) {
        if (reuse && text == loadedText && from == loadedFrom && (euros || !loadedEuros)) {
            return loaded;
        }
        loadedText = null; // the bytes are about to change
        loadedEuros = false;
        int length = Math.min(CHUNK, text.length() - from);
        int copied = 0;
        if (length > 0 && text.charAt(from) <= 0xFF) { // else the caller handles that character itself
            int at = from - charsFrom;
            if (!reuse || text != charsText || at < 0 || at + length > charsLength) {
                charsText = null;
                charsLength = Math.min(chars.length, text.length() - from);
                text.getChars(from, from + charsLength, chars, 0);
                charsText = text;
                charsFrom = from;
                at = 0;
            } else {
                // resuming after a character above U+00FF: the run to the next one is often a few characters,
                // which a plain loop copies faster than an encoder call
                int run = Math.min(length, SHORT_RUN);
                for (; copied < run; copied++) {
                    char c = chars[at + copied];
                    if (c > 0xFF) {
                        if (!euros || c != '\u20AC') {
                            break;
                        }
                        loadedEuros = true;
                        c = (char) (EURO & 0xFF);
                    }
                    bytes[copied] = (byte) c;
                }
                if (copied < run || copied == length) {
                    loadedText = text;
                    loadedFrom = from;
                    loaded = copied;
                    return copied;
                }
            }
            in.limit(at + length).position(at + copied);
            out.clear().position(copied);
            // no reset: a stateless encoder accepts another end-of-input call after one that ended the input
            encoder.encode(in, out, true); // stops at an unmappable or malformed character: the rest is not Latin-1
            copied = out.position();
            while (euros && copied < length && chars[at + copied] == '\u20AC') {
                bytes[copied++] = EURO;
                loadedEuros = true;
                if (copied < length) {
                    in.position(at + copied);
                    out.position(copied);
                    encoder.encode(in, out, true);
                    copied = out.position();
                }
            }
        }
        loadedText = text;
        loadedFrom = from;
        loaded = copied;
        return copied;
    }
}
