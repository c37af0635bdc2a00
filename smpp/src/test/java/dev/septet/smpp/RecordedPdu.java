/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.List;

/** The fields of a submit_sm as a test SMSC parsed them off the wire. */
record RecordedPdu(
        SmppAddress source,
        SmppAddress destination,
        int esmClass,
        int dataCoding,
        byte[] shortMessage,
        List<Tlv> tlvs) {

    Tlv tlv(int tag) {
        for (Tlv t : tlvs) {
            if (t.tag() == tag) {
                return t;
            }
        }
        return null;
    }
}
