/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.List;
import java.util.Objects;

/**
 * A message planned once: its analysis together with its encoded parts, as
 * {@link Sms#encodeMessage(CharSequence, SmsOptions, int)} returns them. Immutable and thread-safe.
 *
 * <p>The two always agree: {@code parts().size() == analysis().parts()}, and the parts are those
 * {@link Sms#encode(CharSequence, SmsOptions, int)} returns for the same text, options and reference.
 *
 * @param analysis the encoding, table pair and counts
 * @param parts the encoded parts in order, at least one
 */
public record EncodedMessage(Analysis analysis, List<EncodedPart> parts) {
    /**
     * Creates the record, copying the list.
     *
     * @param analysis the analysis, not null
     * @param parts the parts, not null and not empty, as many as {@code analysis.parts()}
     * @throws NullPointerException if an argument or a part is null
     * @throws IllegalArgumentException if the number of parts differs from {@code analysis.parts()}
     */
    public EncodedMessage {
        Objects.requireNonNull(analysis, "analysis");
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (parts.size() != analysis.parts()) {
            throw new IllegalArgumentException(
                    "parts has " + parts.size() + " elements but the analysis counts " + analysis.parts());
        }
    }
}
