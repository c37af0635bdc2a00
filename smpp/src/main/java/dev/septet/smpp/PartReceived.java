/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import java.util.Objects;

/**
 * A part of a concatenated message that was held because others are still missing, or ignored as a duplicate.
 *
 * @param source the originating address, not null
 * @param destination the address it was sent to, not null
 * @param reference the concatenation reference, 0 to 65535
 * @param sequence this part's number, 1 to {@code total}
 * @param total the number of parts of the message, 1 to 255
 * @param received how many distinct parts of the message are held now, 1 to {@code total - 1}
 * @param duplicate true when a part with this number was already held (or the message already completed), so
 *     this one was ignored
 */
public record PartReceived(SmppAddress source, SmppAddress destination, int reference, int sequence, int total,
        int received, boolean duplicate) implements Inbound {
    /**
     * Creates the record.
     *
     * @param source the originating address, not null
     * @param destination the address it was sent to, not null
     * @param reference 0 to 65535
     * @param sequence 1 to {@code total}
     * @param total 1 to 255
     * @param received 0 to {@code total}
     * @param duplicate whether the part was ignored
     * @throws NullPointerException if an address is null
     */
    public PartReceived {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
    }
}
