/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.SeptetFormat;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import dev.septet.sms.SmsOptions;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link SmppSender} builds and sends the parts of a message: immutable and thread-safe; start from
 * {@link #defaults()} and derive copies with the {@code withX} methods.
 *
 * <p>National language tables need a User Data Header to name them (3GPP TS 23.040 clauses 9.2.3.24.15 and
 * 9.2.3.24.16). In {@link SmppMode#SAR} and {@link SmppMode#MESSAGE_PAYLOAD} the SMSC writes the header, and SMPP
 * 3.4 has no parameter that asks it to add national language elements, so those modes reject enabled languages
 * here rather than send text the handset would map with the wrong table or silently fall back to UCS-2. Use
 * {@link SmppMode#UDH} to send with national tables.
 *
 * @param mode how the parts travel; not null
 * @param sms the encoding choice, national languages, part limit ({@code maxParts}, 1 to 255), 8- or 16-bit
 *     reference and GSM 7-bit layout; not null. The layout defaults to {@link SeptetFormat#UNPACKED} here (one
 *     septet per octet, what most SMSCs expect); {@link SeptetFormat#PACKED} is accepted in {@link SmppMode#UDH}
 *     and {@link SmppMode#SAR} for SMSCs that want packed septets. In {@link SmppMode#SAR} and
 *     {@link SmppMode#MESSAGE_PAYLOAD} the reference width only sizes the segments (the SMSC's header).
 * @param gsm7DataCoding the {@code data_coding} sent with GSM 7-bit text, 0x00 ("SMSC default alphabet", the
 *     default) or 0x01 (IA5, which some SMSCs map to GSM 7-bit while mapping 0x00 to Latin-1); SMPP 3.4 section 5.2.19.
 *     UCS-2 text is always sent with 0x08.
 * @param registeredDelivery the {@code registered_delivery} octet of every {@code submit_sm}, 0 to 255 (SMPP 3.4
 *     section 5.2.17; 0x01 asks for a delivery receipt, one per part)
 */
public record SmppOptions(SmppMode mode, SmsOptions sms, int gsm7DataCoding, int registeredDelivery) {

    private static final SmppOptions DEFAULTS =
            new SmppOptions(SmppMode.UDH, SmsOptions.defaults().withSeptetFormat(SeptetFormat.UNPACKED), 0x00, 0x00);

    /**
     * Creates the record, validating every component and the combination of mode and core options.
     *
     * @param mode how the parts travel; not null
     * @param sms the core options; not null
     * @param gsm7DataCoding 0x00 or 0x01
     * @param registeredDelivery 0 to 255
     * @throws NullPointerException if {@code mode} or {@code sms} is null
     * @throws SmsException {@link SmsError#INVALID_OPTION} naming the field: a data coding other than 0x00 or 0x01,
     *     a registered delivery outside 0 to 255, national languages in {@link SmppMode#SAR} or
     *     {@link SmppMode#MESSAGE_PAYLOAD}, or packed septets in {@link SmppMode#MESSAGE_PAYLOAD}
     */
    public SmppOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sms, "sms");
        if (gsm7DataCoding != 0x00 && gsm7DataCoding != 0x01) {
            throw invalid(
                    "gsm7DataCoding",
                    String.format(Locale.ROOT, "gsm7DataCoding must be 0x00 or 0x01, was 0x%02X", gsm7DataCoding));
        }
        if (registeredDelivery < 0 || registeredDelivery > 0xFF) {
            throw invalid(
                    "registeredDelivery", "registeredDelivery must be between 0 and 255, was " + registeredDelivery);
        }
        if (mode != SmppMode.UDH && !sms.languages().isEmpty()) {
            throw invalid(
                    "languages",
                    "national language tables need a User Data Header to name them; " + mode
                            + " mode has none (the SMSC writes the header), so use UDH mode or enable no languages,"
                            + " was " + sms.languages());
        }
        if (mode == SmppMode.MESSAGE_PAYLOAD && sms.septetFormat() == SeptetFormat.PACKED) {
            throw invalid(
                    "septetFormat",
                    "message_payload carries one septet per octet for the SMSC to split;"
                            + " packed septets are not supported in MESSAGE_PAYLOAD mode");
        }
    }

    private static SmsException invalid(String field, String message) {
        return new SmsException(SmsError.INVALID_OPTION, field, -1, message);
    }

    /**
     * Returns the defaults: {@link SmppMode#UDH}, core's defaults with unpacked GSM 7-bit septets (so automatic
     * encoding, no national tables, at most 255 parts, 8-bit reference), {@code data_coding} 0x00 for GSM 7-bit,
     * no delivery receipt requested.
     *
     * @return the shared default options
     */
    public static SmppOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another mode.
     *
     * @param newMode the mode, not null
     * @return the new options
     * @throws SmsException as the constructor does, when the core options do not suit the mode
     */
    public SmppOptions withMode(SmppMode newMode) {
        return new SmppOptions(newMode, sms, gsm7DataCoding, registeredDelivery);
    }

    /**
     * Returns a copy with other core options. Mind the layout: {@link SmsOptions#defaults()} is packed, while SMPP
     * usually wants {@code sms().withX(..)} derived from these options' unpacked default.
     *
     * @param newSms the core options, not null
     * @return the new options
     * @throws SmsException as the constructor does, when the core options do not suit the mode
     */
    public SmppOptions withSms(SmsOptions newSms) {
        return new SmppOptions(mode, newSms, gsm7DataCoding, registeredDelivery);
    }

    /**
     * Returns a copy sending GSM 7-bit text with another {@code data_coding}.
     *
     * @param dataCoding 0x00 or 0x01
     * @return the new options
     * @throws SmsException {@link SmsError#INVALID_OPTION} for any other value
     */
    public SmppOptions withGsm7DataCoding(int dataCoding) {
        return new SmppOptions(mode, sms, dataCoding, registeredDelivery);
    }

    /**
     * Returns a copy with another {@code registered_delivery} octet.
     *
     * @param value 0 to 255; 0x01 asks for a delivery receipt per part
     * @return the new options
     * @throws SmsException {@link SmsError#INVALID_OPTION} outside 0 to 255
     */
    public SmppOptions withRegisteredDelivery(int value) {
        return new SmppOptions(mode, sms, gsm7DataCoding, value);
    }
}
