/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.Concatenation;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.DecodedMessage;
import dev.septet.sms.IncompleteMessage;
import dev.septet.sms.Sms;
import dev.septet.sms.UserData;
import java.time.Instant;
import java.util.Optional;

/** The one place this module calls core's decoder and turns core's reassembly reports into its own records. */
final class CoreAdapter {
    private CoreAdapter() {}

    /** Decodes one received part's user data; GSM 7-bit in the given layout, the length taken from the data. */
    static DecodedMessage decode(int dataCodingScheme, boolean udhi, byte[] userData, DecodeOptions options) {
        return Sms.decode(UserData.of(dataCodingScheme, udhi, userData), options);
    }

    /** The same part with a concatenation that came from the SAR TLVs rather than a header. */
    static DecodedMessage withConcatenation(DecodedMessage part, Concatenation concatenation) {
        return new DecodedMessage(
                part.text(),
                part.encoding(),
                Optional.of(concatenation),
                part.lockingShift(),
                part.singleShift(),
                part.informationElements());
    }

    /**
     * The sender key core's Reassembler joins parts under: both addresses, so parts sent to different destinations
     * never mix. The source address goes with its length, so the key reads back into the same two addresses
     * whatever characters they hold.
     */
    static String senderKey(SmppAddress source, SmppAddress destination) {
        return source.ton() + "/" + source.npi() + "/" + source.address().length() + "/" + source.address()
                + destination.ton() + "/" + destination.npi() + "/" + destination.address();
    }

    /** A message core's Reassembler gave up on, with the addresses read back from its sender key. */
    static PartialMessage toPartial(IncompleteMessage m, Instant droppedAt) {
        String key = m.sender();
        int at = 0;
        int sourceTon = number(key, at);
        at = key.indexOf('/', at) + 1;
        int sourceNpi = number(key, at);
        at = key.indexOf('/', at) + 1;
        int sourceLength = number(key, at);
        at = key.indexOf('/', at) + 1;
        SmppAddress source = new SmppAddress(sourceTon, sourceNpi, key.substring(at, at + sourceLength));
        at += sourceLength;
        int destinationTon = number(key, at);
        at = key.indexOf('/', at) + 1;
        int destinationNpi = number(key, at);
        at = key.indexOf('/', at) + 1;
        SmppAddress destination = new SmppAddress(destinationTon, destinationNpi, key.substring(at));
        return new PartialMessage(
                source, destination, m.reference(), m.total(), m.parts(), droppedAt, reason(m.reason()));
    }

    private static int number(String key, int from) {
        return Integer.parseInt(key, from, key.indexOf('/', from), 10);
    }

    private static PartialMessage.Reason reason(IncompleteMessage.Reason reason) {
        return switch (reason) {
            case EXPIRED -> PartialMessage.Reason.EXPIRED;
            case EVICTED -> PartialMessage.Reason.EVICTED;
            case SUPERSEDED -> PartialMessage.Reason.SUPERSEDED;
        };
    }
}
