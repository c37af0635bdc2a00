/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding: bytes that are not UTF-8 are an error naming their byte offset, never U+FFFD. */
final class Utf8 {
    private Utf8() {}

    /**
     * Decodes bytes as UTF-8.
     *
     * @param bytes the bytes
     * @param from the first byte to decode
     * @param to one past the last
     * @param base the offset of {@code bytes[0]} in the whole input, added to the offset reported
     * @param what what the bytes are, for the message ("standard input", "line 3")
     * @throws Failure {@code INVALID_UTF8} with the byte offset of the first invalid byte in the whole input
     */
    static String decode(byte[] bytes, int from, int to, long base, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            long offset = base + in.position();
            throw Failure.invalidUtf8(
                    String.format(
                            Locale.ROOT,
                            "%s is not valid UTF-8: byte 0x%02X at byte offset %d",
                            what,
                            bytes[in.position()] & 0xFF,
                            offset),
                    offset);
        }
        if (!result.isUnderflow()) {
            throw new IllegalStateException(new CharacterCodingException());
        }
        return out.flip().toString();
    }

    /**
     * Removes one byte order mark (U+FEFF) from the start of a decoded input: some editors write it, and it is no
     * part of the text, the hex or the first argument or line.
     */
    static String withoutByteOrderMark(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Decodes a whole input as UTF-8; see {@link #decode(byte[], int, int, long, String)}. */
    static String decode(byte[] bytes, String what) {
        return decode(bytes, 0, bytes.length, 0, what);
    }
}
