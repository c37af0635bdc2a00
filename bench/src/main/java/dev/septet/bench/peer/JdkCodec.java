/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench.peer;

import dev.septet.bench.Codec;
import java.nio.charset.StandardCharsets;

/**
 * The JDK's intrinsified {@code String.getBytes} and {@code new String}: UTF-16BE for UCS-2, and ISO-8859-1 as the
 * floor for GSM text (one byte per character, wrong bytes for GSM: a speed bound, not an answer).
 */
public final class JdkCodec implements Codec {
    /** The shared, stateless instance. */
    public static final JdkCodec INSTANCE = new JdkCodec();

    private JdkCodec() {}

    @Override
    public Object encodeUcs2(String text) {
        return text.getBytes(StandardCharsets.UTF_16BE);
    }

    @Override
    public String decodeUcs2(byte[] userData) {
        return new String(userData, StandardCharsets.UTF_16BE);
    }

    @Override
    public byte[] charsetEncode(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
