/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The fields of one {@code submit_sm} PDU that carry a message part (SMPP 3.4 section 4.4.1): {@code short_message} and
 * {@code sm_length}, {@code esm_class}, {@code data_coding} and the optional parameters. Addresses, validity and
 * the other fields are the sender's. Immutable and thread-safe: the byte array accessor returns a copy; equality
 * is by value.
 */
public final class SubmitPart {
    private final int sequence;
    private final int total;
    private final int reference;
    private final String text;
    private final int units;
    private final byte[] shortMessage;
    private final int esmClass;
    private final int dataCoding;
    private final List<Tlv> optionalParameters;

    SubmitPart(
            int sequence,
            int total,
            int reference,
            String text,
            int units,
            byte[] shortMessage,
            int esmClass,
            int dataCoding,
            List<Tlv> optionalParameters) {
        this.sequence = sequence;
        this.total = total;
        this.reference = reference;
        this.text = text;
        this.units = units;
        this.shortMessage = shortMessage;
        this.esmClass = esmClass;
        this.dataCoding = dataCoding;
        this.optionalParameters = List.copyOf(optionalParameters);
    }

    /**
     * Returns this PDU's number within the message.
     *
     * @return 1 to {@link #total()}
     */
    public int sequence() {
        return sequence;
    }

    /**
     * Returns the number of {@code submit_sm} PDUs of the message.
     *
     * @return 1 to 255; 1 in {@link SmppMode#MESSAGE_PAYLOAD}
     */
    public int total() {
        return total;
    }

    /**
     * Returns the concatenation reference: the one in the User Data Header ({@link SmppMode#UDH}, 0 to 255 or 0
     * to 65535 with the 16-bit element) or in {@code sar_msg_ref_num} ({@link SmppMode#SAR}, 0 to 255, or 0 to 65535
     * with {@code sms().reference16()}).
     *
     * @return the reference; 0 and meaningless for a single part and in {@link SmppMode#MESSAGE_PAYLOAD}
     */
    public int reference() {
        return reference;
    }

    /**
     * Returns the text this PDU carries.
     *
     * @return the text, never empty; the parts' texts concatenate to the encoded text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the text's cost.
     *
     * @return septets for GSM 7-bit (an escaped character counts 2), UTF-16 code units for UCS-2
     */
    public int units() {
        return units;
    }

    /**
     * Returns a copy of {@code short_message}: the User Data Header first when {@code esm_class} has UDHI set,
     * then the text (one septet per octet, packed septets, or UTF-16BE); empty in
     * {@link SmppMode#MESSAGE_PAYLOAD}.
     *
     * @return the octets, at most 254 (SMPP 3.4 section 5.2.22)
     */
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    /**
     * Returns {@code sm_length}, the length of {@link #shortMessage()}, without copying it.
     *
     * @return octets, 0 to 254
     */
    public int smLength() {
        return shortMessage.length;
    }

    /**
     * Returns the {@code esm_class} octet (SMPP 3.4 section 5.2.12): 0x40 (UDHI) when {@code short_message} starts
     * with a User Data Header, otherwise 0x00 (default message mode and type).
     *
     * @return 0x00 or 0x40
     */
    public int esmClass() {
        return esmClass;
    }

    /**
     * Tells whether {@code short_message} starts with a User Data Header ({@code esm_class} bit 0x40).
     *
     * @return true when UDHI is set
     */
    public boolean udhi() {
        return (esmClass & 0x40) != 0;
    }

    /**
     * Returns the {@code data_coding} octet (SMPP 3.4 section 5.2.19): the configured 0x00 or 0x01 for GSM 7-bit, 0x08
     * for UCS-2.
     *
     * @return the data coding, 0 to 255
     */
    public int dataCoding() {
        return dataCoding;
    }

    /**
     * Returns the optional parameters in the order they are sent: the SAR TLVs in {@link SmppMode#SAR} (for a
     * message of more than one part), {@code message_payload} in {@link SmppMode#MESSAGE_PAYLOAD}, none in
     * {@link SmppMode#UDH}.
     *
     * @return the TLVs, unmodifiable, possibly empty
     */
    public List<Tlv> optionalParameters() {
        return optionalParameters;
    }

    /**
     * Compares all fields, the octets by content.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SubmitPart p
                && sequence == p.sequence
                && total == p.total
                && reference == p.reference
                && units == p.units
                && esmClass == p.esmClass
                && dataCoding == p.dataCoding
                && text.equals(p.text)
                && Arrays.equals(shortMessage, p.shortMessage)
                && optionalParameters.equals(p.optionalParameters);
    }

    /**
     * Hashes all fields, the octets by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(
                sequence,
                total,
                reference,
                text,
                units,
                Arrays.hashCode(shortMessage),
                esmClass,
                dataCoding,
                optionalParameters);
    }

    /**
     * Shows all fields, the octets in hexadecimal.
     *
     * @return a debugging representation
     */
    @Override
    public String toString() {
        return "SubmitPart[sequence=" + sequence + ", total=" + total + ", reference=" + reference + ", text="
                + text + ", units=" + units + ", shortMessage="
                + HexFormat.of().withUpperCase().formatHex(shortMessage) + ", esmClass=" + esmClass
                + ", dataCoding=" + dataCoding + ", optionalParameters=" + optionalParameters + "]";
    }
}
