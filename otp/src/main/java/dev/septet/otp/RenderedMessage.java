/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import dev.septet.sms.Analysis;
import dev.septet.sms.EncodedPart;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import java.util.List;
import java.util.Objects;

/**
 * A rendered OTP message ready to send: the text that was priced, core's analysis of it (encoding, units, part
 * count), and the options to encode it with.
 *
 * <p>{@link #text()} is the text after the options' transforms (smart encoding, NFC), so sending it costs what
 * {@link #analysis()} says; {@link #encode(int)} gives the parts themselves. {@link #toString()} leaves the text out,
 * since it holds the code. Immutable and thread-safe.
 *
 * @param text the message text as analysed, code included; not null
 * @param analysis core's analysis of the text: {@code analysis().encoding()}, {@code analysis().parts()} and so on;
 *     not null
 * @param options core's options the text was analysed with, maxParts set to the message's; encoding {@link #text()}
 *     with them gives {@link #analysis()}'s parts; not null
 */
public record RenderedMessage(String text, Analysis analysis, SmsOptions options) {

    /**
     * Checks the fields.
     *
     * @param text the message text as analysed, code included; not null
     * @param analysis core's analysis of the text; not null
     * @param options core's options the text was analysed with; not null
     * @throws NullPointerException if a field is null
     */
    public RenderedMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(options, "options");
    }

    /**
     * Encodes the message into the SMS parts to send, with {@link #options()}: as many as {@code analysis().parts()},
     * in the same encoding.
     *
     * @param reference the concatenation reference, used only when there is more than one part (its low 8 bits, or
     *     16 with {@link SmsOptions#reference16()})
     * @return the parts in order, at least one; never null
     */
    public List<EncodedPart> encode(int reference) {
        return Sms.encode(text, options, reference);
    }

    /**
     * Describes the message without its text.
     *
     * @return the encoding, parts and units; never the text
     */
    @Override
    public String toString() {
        return "RenderedMessage[text=<" + text.length() + " chars>, encoding=" + analysis.encoding() + ", parts="
                + analysis.parts() + ", units=" + analysis.units() + "]";
    }
}
