/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;

/**
 * The entry points of Septet core: analyse what a text costs to send and split it into parts.
 *
 * <p>All methods are static, stateless and thread-safe. Texts are any {@link CharSequence}; indexes reported
 * back are UTF-16 code unit indexes into it. Analysis and splitting share one engine, so
 * {@code analyze(t, o).parts() == split(t, o).size()} for every input.
 *
 * <pre>{@code
 * Analysis a = Sms.analyze("Hello [world]");
 * a.encoding();   // GSM7
 * a.units();      // 15 septets: '[' and ']' are escaped, 2 septets each
 * a.parts();      // 1
 * a.remaining();  // 145
 * }</pre>
 */
public final class Sms {
    private Sms() {
    }

    /**
     * Analyses a text with the {@linkplain SmsOptions#defaults() default options}.
     *
     * @param text the message text, not empty
     * @return the encoding, table pair and counts
     * @throws NullPointerException if {@code text} is null
     * @throws SmsException {@link SmsError#TEXT_MISSING}, {@link SmsError#LONE_SURROGATE} (with the index) or
     *     {@link SmsError#TOO_MANY_PARTS} (with the parts needed)
     * @see #analyze(CharSequence, SmsOptions)
     */
    public static Analysis analyze(CharSequence text) {
        return analyze(text, SmsOptions.defaults());
    }

    /**
     * Decides the encoding and table pair for a text and counts what it costs, without building any bytes.
     *
     * <p>Capacities follow 3GPP TS 23.040 clause 9.2.3.24 (140 octets of user data less the User Data Header):
     * 160 septets or 70 UCS-2 units in a single part, 153 or 67 per part with the 8-bit concatenation element,
     * 152 or 66 with the 16-bit one, less 3 octets for each national language element.
     *
     * @param text the message text, not empty
     * @param options the encoding choice, enabled national languages and limits, not null
     * @return the encoding, table pair and counts
     * @throws NullPointerException if an argument is null
     * @throws SmsException {@link SmsError#TEXT_MISSING} for an empty text; {@link SmsError#LONE_SURROGATE}
     *     with the index unless lone surrogates are replaced; {@link SmsError#UNENCODABLE} when a forced GSM
     *     7-bit encoding cannot represent a character and no replacement is set (the message lists every such
     *     character and its index); {@link SmsError#TOO_MANY_PARTS} with {@link SmsException#partsNeeded()}
     */
    public static Analysis analyze(CharSequence text, SmsOptions options) {
        return Planner.plan(text, options).analysis();
    }

    /**
     * Splits a text with the {@linkplain SmsOptions#defaults() default options}.
     *
     * @param text the message text, not empty
     * @return the parts in order, at least one
     * @throws NullPointerException if {@code text} is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     */
    public static List<Segment> split(CharSequence text) {
        return split(text, SmsOptions.defaults());
    }

    /**
     * Splits a text into the parts {@link #analyze(CharSequence, SmsOptions)} counts. An escaped GSM character
     * (escape plus code) and a UTF-16 surrogate pair are never split across parts; the parts' texts concatenate
     * to the encoded text (the input, or the input with the reported replacements).
     *
     * @param text the message text, not empty
     * @param options the encoding choice, enabled national languages and limits, not null
     * @return the parts in order, at least one, each within the part capacity
     * @throws NullPointerException if an argument is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     */
    public static List<Segment> split(CharSequence text, SmsOptions options) {
        return List.copyOf(Planner.plan(text, options).segments());
    }
}
