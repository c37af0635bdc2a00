/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.Concatenation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Completed multi-part messages whose {@code onMessage} call failed, kept so that the SMSC's resend of a part can
 * deliver them again. Thread-safe; bounded by message count, octets of text and age.
 */
final class UndeliveredMessages {
    /*
     * Core's Reassembler remembers a completed message against late duplicates, so when the application fails on
     * the message and the SMSC resends the part that completed it (the listener answered with an error), the
     * Reassembler reads the resend as a duplicate. The message is kept here instead, by the same key the
     * Reassembler joins under (sender key, reference and its width, part count), and handed out again when any part
     * with that key arrives. A message handed out is claimed, so a concurrent resend does not deliver it twice; it is
     * removed once delivered and released for the next resend if the callback fails again. The timeout runs from
     * completion, as the Reassembler's memory of the message does, so entries stay in time order: the oldest goes
     * first at a bound and a purge stops at the first young one. Octets are counted as the Reassembler counts them:
     * 2 per UTF-16 code unit.
     */

    private final Clock clock;
    private final Duration timeout;
    private final int maxMessages;
    private final long maxOctets;
    private final LinkedHashMap<Key, Kept> kept = new LinkedHashMap<>();
    private long octets;

    UndeliveredMessages(Clock clock, Duration timeout, int maxMessages, long maxOctets) {
        this.clock = clock;
        this.timeout = timeout;
        this.maxMessages = maxMessages;
        this.maxOctets = maxOctets;
    }

    /** The key of a concatenated part's message: the Reassembler's sender key and the part's concatenation. */
    static Key key(String sender, Concatenation c) {
        return new Key(sender, c.reference(), c.reference16(), c.total());
    }

    /**
     * Keeps a message just completed whose delivery failed, replacing one kept under the same key; the oldest go
     * at a bound.
     */
    synchronized void keep(Key key, MobileMessage message) {
        remove(key);
        long size = 2L * message.text().length();
        if (size > maxOctets) {
            return; // larger than the bound on its own: keeping it would push out everything else
        }
        kept.put(key, new Kept(message, clock.instant(), size));
        octets += size;
        for (Iterator<Kept> oldest = kept.values().iterator(); kept.size() > maxMessages || octets > maxOctets; ) {
            octets -= oldest.next().octets;
            oldest.remove();
        }
    }

    /**
     * Claims the message kept under the key for another delivery, unless its timeout has passed or another thread
     * holds the claim; follow with {@link #release}.
     */
    synchronized Optional<MobileMessage> claim(Key key) {
        purgeExpired();
        Kept k = kept.get(key);
        if (k == null || k.claimed) {
            return Optional.empty();
        }
        k.claimed = true;
        return Optional.of(k.message);
    }

    /** Ends a claim: forgets the message once delivered, or leaves it for the next resend. */
    synchronized void release(Key key, MobileMessage message, boolean delivered) {
        Kept k = kept.get(key);
        if (k == null || k.message != message) {
            return; // purged meanwhile, perhaps replaced by another message under the same key
        }
        if (delivered) {
            remove(key);
        } else {
            k.claimed = false;
        }
    }

    /** Forgets the messages completed the timeout or longer ago. */
    synchronized void purgeExpired() {
        Instant now = clock.instant();
        for (Iterator<Kept> it = kept.values().iterator(); it.hasNext(); ) {
            Kept k = it.next();
            if (Duration.between(k.completedAt, now).compareTo(timeout) < 0) {
                break; // kept in order of completion: everything after is younger
            }
            octets -= k.octets;
            it.remove();
        }
    }

    /** The number of messages kept. */
    synchronized int size() {
        return kept.size();
    }

    private void remove(Key key) {
        Kept k = kept.remove(key);
        if (k != null) {
            octets -= k.octets;
        }
    }

    /** The Reassembler's key of a concatenated message. */
    record Key(String sender, int reference, boolean reference16, int total) {}

    /** A kept message, when it completed (its timeout runs from there), its octets of text and whether claimed. */
    private static final class Kept {
        final MobileMessage message;
        final Instant completedAt;
        final long octets;
        boolean claimed;

        Kept(MobileMessage message, Instant completedAt, long octets) {
            this.message = message;
            this.completedAt = completedAt;
            this.octets = octets;
        }
    }
}
