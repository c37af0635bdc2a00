/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

/**
 * What every benchmark state holds: the peer's codec and the input text. Subclasses declare the {@code @Param}
 * lists, so each operation runs only the peer and input pairs it supports, and call {@link #bind} from their
 * {@code @Setup}.
 *
 * <p>Not final, and neither are its subclasses: JMH generates subclasses of state classes.
 */
public abstract class PeerState {
    /** The adapter of the peer under test; set by {@link #bind}. */
    public Codec codec;

    /** The input text; set by {@link #bind}. */
    public String text;

    /** For JMH and the sanity test. */
    protected PeerState() {}

    /**
     * Looks up the codec and text, once per trial.
     *
     * @param peer the library
     * @param input the message
     */
    protected final void bind(Peer peer, Input input) {
        this.codec = peer.codec(input);
        this.text = input.text();
    }
}
