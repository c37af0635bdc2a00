/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import dev.septet.sms.Analysis;
import java.util.Objects;

/**
 * A rendered OTP message ready to send, with core's analysis of it: encoding, units and part count.
 *
 * <p>{@link #toString()} leaves the text out, since it holds the code. Immutable and thread-safe.
 *
 * @param text the message text, code included; not null
 * @param analysis core's analysis of the text: {@code analysis().encoding()}, {@code analysis().parts()} and so on;
 *     not null
 */
public record RenderedMessage(String text, Analysis analysis) {

    /**
     * Checks the fields.
     *
     * @param text the message text, code included; not null
     * @param analysis core's analysis of the text; not null
     * @throws NullPointerException if a field is null
     */
    public RenderedMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
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
