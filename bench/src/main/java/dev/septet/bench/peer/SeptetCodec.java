/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench.peer;

import dev.septet.bench.Codec;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.Encoding;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.SeptetFormat;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import dev.septet.sms.UserData;
import java.nio.charset.Charset;
import java.util.Set;

/**
 * Septet through its public API only, with the options built once per input as a server would.
 *
 * <p>UCS-2 text goes through the default {@code AUTO} encoding choice, so its cost includes finding out that the
 * text is not GSM 7-bit, as a sender's would.
 */
public final class SeptetCodec implements Codec {
    /** Septet's GSM 7-bit charset, found through its {@code CharsetProvider} by the canonical name. */
    public static final Charset GSM7 = Charset.forName("GSM-7");

    private static final DecodeOptions DECODE_PACKED = DecodeOptions.defaults();
    private static final DecodeOptions DECODE_UNPACKED =
            DecodeOptions.defaults().withSeptetFormat(SeptetFormat.UNPACKED);

    private final SmsOptions packed;
    private final SmsOptions unpacked;

    /**
     * Creates a codec with the given national tables enabled.
     *
     * @param languages the national languages, possibly empty
     */
    public SeptetCodec(Set<NationalLanguage> languages) {
        this.packed = SmsOptions.defaults().withLanguages(languages).withSeptetFormat(SeptetFormat.PACKED);
        this.unpacked = packed.withSeptetFormat(SeptetFormat.UNPACKED);
    }

    @Override
    public int countParts(String text) {
        return Sms.countParts(text, packed);
    }

    @Override
    public Object analyze(String text) {
        return Sms.analyze(text, packed);
    }

    @Override
    public Object split(String text) {
        return Sms.split(text, packed);
    }

    @Override
    public Object encodePacked(String text) {
        return Sms.encode(text, packed, 0);
    }

    @Override
    public Object encodeUnpacked(String text) {
        return Sms.encode(text, unpacked, 0);
    }

    @Override
    public Object encodeUcs2(String text) {
        return Sms.encode(text, packed, 0);
    }

    @Override
    public String decodePacked(byte[] userData, boolean udhi, int udl) {
        return Sms.decode(UserData.of(Encoding.GSM7.dataCodingScheme(), udhi, userData, udl), DECODE_PACKED)
                .text();
    }

    @Override
    public String decodeUnpacked(byte[] userData) {
        return Sms.decode(
                        UserData.of(Encoding.GSM7.dataCodingScheme(), false, userData, userData.length),
                        DECODE_UNPACKED)
                .text();
    }

    @Override
    public String decodeUcs2(byte[] userData) {
        return Sms.decode(
                        UserData.of(Encoding.UCS2.dataCodingScheme(), false, userData, userData.length), DECODE_PACKED)
                .text();
    }

    @Override
    public byte[] charsetEncode(String text) {
        return text.getBytes(GSM7);
    }
}
