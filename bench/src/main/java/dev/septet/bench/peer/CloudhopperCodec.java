/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench.peer;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.commons.charset.GSMCharset;
import dev.septet.bench.Codec;

/**
 * ch-commons-charset 3.0.2: {@code CHARSET_GSM} (unpacked), {@code CHARSET_GSM7} (packed), {@code CHARSET_UCS_2}.
 *
 * <p>It has no part counting, so {@link #countParts} does what its users do: {@code canRepresent}, then the
 * length of the GSM encoding (or of the UTF-16 text) divided by the part capacity of 3GPP TS 23.040 (160/153
 * septets, 70/67 UCS-2 units). It has no national tables, no splitting and no User Data Header.
 */
public final class CloudhopperCodec implements Codec {
    /** The shared, stateless instance. */
    public static final CloudhopperCodec INSTANCE = new CloudhopperCodec();

    private CloudhopperCodec() {}

    @Override
    public int countParts(String text) {
        if (GSMCharset.canRepresent(text)) {
            return parts(CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM).length, 160, 153);
        }
        return parts(text.length(), 70, 67);
    }

    private static int parts(int units, int single, int perPart) {
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }

    @Override
    public boolean canRepresent(String text) {
        return GSMCharset.canRepresent(text);
    }

    @Override
    public Object encodePacked(String text) {
        return CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM7);
    }

    @Override
    public Object encodeUnpacked(String text) {
        return CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM);
    }

    @Override
    public Object encodeUcs2(String text) {
        return CharsetUtil.encode(text, CharsetUtil.CHARSET_UCS_2);
    }

    @Override
    public String decodePacked(byte[] userData, boolean udhi, int udl) {
        return CharsetUtil.decode(userData, CharsetUtil.CHARSET_GSM7);
    }

    @Override
    public String decodeUnpacked(byte[] userData) {
        return CharsetUtil.decode(userData, CharsetUtil.CHARSET_GSM);
    }

    @Override
    public String decodeUcs2(byte[] userData) {
        return CharsetUtil.decode(userData, CharsetUtil.CHARSET_UCS_2);
    }

    @Override
    public byte[] charsetEncode(String text) {
        return CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM);
    }
}
