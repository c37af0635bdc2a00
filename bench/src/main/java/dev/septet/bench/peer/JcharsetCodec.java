/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench.peer;

import dev.septet.bench.Codec;
import java.nio.charset.Charset;

/**
 * jcharset 2.1 through {@code Charset.forName}: {@code SCPGSM} (packed) and {@code SCGSM} (unpacked), the
 * default alphabet with the extension table. Names are the canonical ones from its {@code CharsetProvider}.
 *
 * <p>Note: jcharset also claims the alias {@code GSM7}, which Septet claims too; with both on the class path
 * {@code Charset.forName("GSM7")} returns jcharset's charset, so the benchmarks look Septet's up as {@code GSM-7}.
 */
public final class JcharsetCodec implements Codec {
    /** The shared, stateless instance. */
    public static final JcharsetCodec INSTANCE = new JcharsetCodec();

    /** jcharset's packed GSM 7-bit charset. */
    public static final Charset PACKED = Charset.forName("SCPGSM");

    /** jcharset's unpacked GSM 7-bit charset (escape sequences, one septet per octet). */
    public static final Charset UNPACKED = Charset.forName("SCGSM");

    private JcharsetCodec() {}

    @Override
    public Object encodePacked(String text) {
        return text.getBytes(PACKED);
    }

    @Override
    public String decodePacked(byte[] userData, boolean udhi, int udl) {
        return new String(userData, PACKED);
    }

    @Override
    public byte[] charsetEncode(String text) {
        return text.getBytes(UNPACKED);
    }
}
