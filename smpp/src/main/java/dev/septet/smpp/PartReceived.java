/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.Objects;

/**
 * A part of a concatenated message that did not complete it: held because others are still missing, or ignored as
 * a duplicate of a part already held or of a message already delivered. The reassembler does not say which, nor how
 * many parts it holds; a message that never completes is reported as a {@link PartialMessage}.
 *
 * @param source the originating address, not null
 * @param destination the address it was sent to, not null
 * @param reference the concatenation reference, 0 to 65535
 * @param sequence this part's number, 1 to {@code total}
 * @param total the number of parts of the message, 1 to 255
 */
public record PartReceived(SmppAddress source, SmppAddress destination, int reference, int sequence, int total)
        implements Inbound {
    /**
     * Creates the record.
     *
     * @param source the originating address, not null
     * @param destination the address it was sent to, not null
     * @param reference 0 to 65535
     * @param sequence 1 to {@code total}
     * @param total 1 to 255
     * @throws NullPointerException if an address is null
     */
    public PartReceived {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
    }
}
