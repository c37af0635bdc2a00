/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Long SMS over SMPP 3.4 (the Short Message Peer to Peer Protocol Specification v3.4, its 1999 release 1.2;
 * sections cited as "SMPP 3.4 section 5.3.2.32"):
 * {@link dev.septet.smpp.SmppSender} turns a text into the {@code submit_sm} fields of every part in one of three
 * {@linkplain dev.septet.smpp.SmppMode modes} and sends them through a bound jsmpp {@code SMPPSession};
 * {@link dev.septet.smpp.SmppReceiver} joins {@code deliver_sm} and {@code data_sm} parts into whole messages and
 * parses delivery receipts.
 *
 * <p>Units: {@code short_message} and TLV values are counted in octets; part capacities in septets (GSM 7-bit,
 * an escaped character costs two) or UTF-16 code units (UCS-2), as in {@code dev.septet.sms}. Every public type is
 * immutable or thread-safe as its javadoc says.
 */
package dev.septet.smpp;
