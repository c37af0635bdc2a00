/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;
import java.util.Objects;

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
    private Sms() {}

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
     *     7-bit encoding cannot represent a character and no replacement is set (the message lists the first 100
     *     such characters with their indexes); {@link SmsError#TOO_MANY_PARTS} with {@link SmsException#partsNeeded()}
     */
    public static Analysis analyze(CharSequence text, SmsOptions options) {
        Analysis direct = Planner.analyzeDefaultTables(text, options);
        return direct != null
                ? direct
                : Planner.analysis(Planner.plan(text, options).orThrow(), options);
    }

    /**
     * Counts the parts a text needs with the {@linkplain SmsOptions#defaults() default options}.
     *
     * @param text the message text, not empty
     * @return the number of parts, 1 to {@code SmsOptions.defaults().maxParts()}
     * @throws NullPointerException if {@code text} is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     * @see #countParts(CharSequence, SmsOptions)
     */
    public static int countParts(CharSequence text) {
        return countParts(text, SmsOptions.defaults());
    }

    /**
     * Counts the parts a text needs, the number {@link #analyze(CharSequence, SmsOptions)} reports, without
     * allocating when the default tables can encode the text: the per-message check of a busy sender.
     *
     * @param text the message text, not empty
     * @param options the encoding choice, enabled national languages and limits, not null
     * @return the number of parts, 1 to {@code options.maxParts()}
     * @throws NullPointerException if an argument is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     */
    public static int countParts(CharSequence text, SmsOptions options) {
        return PartCounter.countParts(text, options);
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
     * (escape plus code) is never split across parts; in UCS-2 neither is a user-perceived character (an extended
     * grapheme cluster of Unicode UAX #29: a surrogate pair, a base with its combining marks, an emoji ZWJ sequence,
     * a flag) unless it is longer than a whole part, and then it is cut between code points. The parts' texts
     * concatenate to the encoded text (the input, or the input with the reported replacements).
     *
     * @param text the message text, not empty
     * @param options the encoding choice, enabled national languages and limits, not null
     * @return the parts in order, at least one, each within the part capacity
     * @throws NullPointerException if an argument is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     */
    public static List<Segment> split(CharSequence text, SmsOptions options) {
        return List.copyOf(Planner.plan(text, options).orThrow().segments());
    }

    /**
     * Encodes a text with the {@linkplain SmsOptions#defaults() default options}, drawing the concatenation
     * reference of a multi-part message from one counter shared by the whole process that starts at a random
     * value ({@link ReferenceSource#randomStart()}). Servers that send to the same handset from several processes
     * should pass their own {@link ReferenceSource}.
     *
     * @param text the message text, not empty
     * @return the parts in order, at least one
     * @throws NullPointerException if {@code text} is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     * @see #encode(CharSequence, SmsOptions, ReferenceSource)
     */
    public static List<EncodedPart> encode(CharSequence text) {
        return encode(text, SmsOptions.defaults(), DefaultReferences.SOURCE);
    }

    /**
     * Encodes a text into the parts an SMSC or TPDU needs: header, user data, UDL, DCS and UDHI for each part
     * (3GPP TS 23.040 clause 9.2.3.24 for the header, 3GPP TS 23.038 clause 6.1.2.1 for packing).
     *
     * <p>Parts are exactly those of {@link #split(CharSequence, SmsOptions)}. A single part without national
     * tables has no header. Packed GSM 7-bit user data places fill bits after a header so the text starts on a
     * septet boundary. The layout (packed or unpacked) and the CR padding rule come from the options.
     *
     * @param text the message text, not empty
     * @param options the encoding choice, tables, limits and layout, not null
     * @param reference the concatenation reference; only its low 8 bits (16 with
     *     {@link SmsOptions#reference16()}) are used, and only when there is more than one part
     * @return the parts in order, at least one
     * @throws NullPointerException if an argument is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     */
    public static List<EncodedPart> encode(CharSequence text, SmsOptions options, int reference) {
        List<EncodedPart> parts = PartEncoder.encodeDefault(text, options, reference, null);
        return parts != null
                ? parts
                : PartEncoder.encode(Planner.plan(text, options).orThrow(), options, reference);
    }

    /**
     * Encodes a text, drawing the concatenation reference from a source (called once per multi-part message).
     *
     * @param text the message text, not empty
     * @param options the encoding choice, tables, limits and layout, not null
     * @param references the thread-safe source of references, not null
     * @return the parts in order, at least one
     * @throws NullPointerException if an argument is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     */
    public static List<EncodedPart> encode(CharSequence text, SmsOptions options, ReferenceSource references) {
        Objects.requireNonNull(references, "references");
        List<EncodedPart> parts = PartEncoder.encodeDefault(text, options, 0, references);
        if (parts != null) {
            return parts;
        }
        Plan plan = Planner.plan(text, options).orThrow();
        int reference = plan.parts > 1 ? references.nextReference() : 0;
        return PartEncoder.encode(plan, options, reference);
    }

    /**
     * Plans a text once and returns both its analysis and its encoded parts: what
     * {@link #analyze(CharSequence, SmsOptions)} and {@link #encode(CharSequence, SmsOptions, int)} return, for the
     * cost of one plan.
     *
     * @param text the message text, not empty
     * @param options the encoding choice, tables, limits and layout, not null
     * @param reference the concatenation reference; only its low 8 bits (16 with
     *     {@link SmsOptions#reference16()}) are used, and only when there is more than one part
     * @return the analysis and the parts, which agree in number
     * @throws NullPointerException if an argument is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     */
    public static EncodedMessage encodeMessage(CharSequence text, SmsOptions options, int reference) {
        Plan plan = Planner.plan(text, options).orThrow();
        return new EncodedMessage(Planner.analysis(plan, options), PartEncoder.encode(plan, options, reference));
    }

    /**
     * Plans a text once and returns both its analysis and its encoded parts, drawing the concatenation reference
     * from a source (called once, and only for a multi-part message).
     *
     * @param text the message text, not empty
     * @param options the encoding choice, tables, limits and layout, not null
     * @param references the thread-safe source of references, not null
     * @return the analysis and the parts, which agree in number
     * @throws NullPointerException if an argument is null
     * @throws SmsException as {@link #analyze(CharSequence, SmsOptions)} does
     */
    public static EncodedMessage encodeMessage(CharSequence text, SmsOptions options, ReferenceSource references) {
        Objects.requireNonNull(references, "references");
        Plan plan = Planner.plan(text, options).orThrow();
        int reference = plan.parts > 1 ? references.nextReference() : 0;
        return new EncodedMessage(Planner.analysis(plan, options), PartEncoder.encode(plan, options, reference));
    }

    /** Holds the process-wide reference counter, created on first use of {@link #encode(CharSequence)}. */
    private static final class DefaultReferences {
        static final ReferenceSource SOURCE = ReferenceSource.randomStart();
    }

    /**
     * Decodes the user data of one received part with the {@linkplain DecodeOptions#defaults() default options}:
     * packed GSM 7-bit, lenient.
     *
     * @param userData the received user data with its DCS, UDHI and (when known) UDL, not null
     * @return the text and header information
     * @throws NullPointerException if {@code userData} is null
     * @throws SmsException see {@link #decode(UserData, DecodeOptions)}
     */
    public static DecodedMessage decode(UserData userData) {
        return decode(userData, DecodeOptions.defaults());
    }

    /**
     * Decodes the user data of one received part: parses the User Data Header (every element; unknown ones are
     * skipped and reported), applies the national tables named by elements 0x25 and 0x24, unpacks and maps the
     * septets, or reads UTF-16BE for UCS-2.
     *
     * <p>Without a UDL, packed data is read leniently: 7 spare bits at the end of data that is a multiple of 7
     * octets are read as padding, so a trailing '@' or CR in that position is dropped (an escaped character's code
     * there is kept). Give the UDL from the TPDU when there is one.
     *
     * @param userData the received user data with its DCS (3GPP TS 23.038 clause 4), UDHI and (when known) UDL,
     *     not null
     * @param options layout (packed or unpacked) and strictness, not null
     * @return the text and header information
     * @throws NullPointerException if an argument is null
     * @throws SmsException {@link SmsError#UNSUPPORTED_CODING} for 8-bit data, compressed text and (strict mode
     *     only; otherwise it is read as GSM 7-bit, as TS 23.038 clause 4 says) a reserved alphabet or coding group;
     *     {@link SmsError#MALFORMED_HEADER} for a UDHL beyond the data or a truncated element;
     *     {@link SmsError#MALFORMED_USER_DATA} for a UDL beyond the data, an odd UCS-2 length, an escape at the
     *     end, an unpacked octet above 0x7F, or (strict mode) an undefined code; each with the byte offset in
     *     {@link SmsException#index()}
     */
    public static DecodedMessage decode(UserData userData, DecodeOptions options) {
        Objects.requireNonNull(userData, "userData");
        Objects.requireNonNull(options, "options");
        return Decoder.decode(
                userData.dataCodingScheme(),
                userData.udhi(),
                userData.octetsShared(),
                userData.udlOrMinusOne(),
                options);
    }
}
