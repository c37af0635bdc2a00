/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import dev.septet.bench.peer.CloudhopperCodec;
import dev.septet.bench.peer.JcharsetCodec;
import dev.septet.bench.peer.JdkCodec;
import dev.septet.bench.peer.SeptetCodec;

/** The libraries compared, the JMH {@code @Param} that selects a {@link Codec}. */
public enum Peer {
    /** Septet core, this project. */
    SEPTET,
    /** {@code com.cloudhopper:ch-commons-charset:3.0.2}: default alphabet and extension table, no national tables. */
    CLOUDHOPPER,
    /** {@code net.freeutils:jcharset:2.1} through {@code Charset.forName}: default alphabet and extension table. */
    JCHARSET,
    /** The JDK's {@code String.getBytes}: ISO-8859-1 and UTF-16BE, the floor a table-driven encoder cannot beat. */
    JDK;

    /**
     * Returns the adapter for an input.
     *
     * @param input the input, whose national languages Septet enables
     * @return the codec
     * @throws IllegalArgumentException if a peer without national tables is asked for a national input
     */
    public Codec codec(Input input) {
        if (this != SEPTET && !input.languages().isEmpty()) {
            throw new IllegalArgumentException(this + " has no national language tables for " + input);
        }
        switch (this) {
            case SEPTET:
                return new SeptetCodec(input.languages());
            case CLOUDHOPPER:
                return CloudhopperCodec.INSTANCE;
            case JCHARSET:
                return JcharsetCodec.INSTANCE;
            default:
                return JdkCodec.INSTANCE;
        }
    }
}
