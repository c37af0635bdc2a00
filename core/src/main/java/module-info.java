/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Septet core: SMS text encoding per 3GPP TS 23.038 and TS 23.040. Zero dependencies beyond {@code java.base}.
 */
module dev.septet.sms {
    exports dev.septet.sms;

    provides java.nio.charset.spi.CharsetProvider with
            dev.septet.sms.Gsm7CharsetProvider;
}
