/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Septet SMPP: long SMS over SMPP 3.4 with jsmpp. Builds the {@code submit_sm} parts of a message in UDH, SAR or
 * {@code message_payload} form, sends them through a bound jsmpp session, and joins received parts into whole
 * messages. Its API returns core types and takes jsmpp sessions, so both are required transitively.
 */
module dev.septet.smpp {
    requires transitive dev.septet.sms;
    requires transitive jsmpp;

    exports dev.septet.smpp;
}
