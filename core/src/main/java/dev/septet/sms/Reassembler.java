/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Joins the received parts of concatenated messages, keyed by (sender, reference, total). Thread-safe; create
 * one per receiving connection or server and reuse it.
 *
 * <ul>
 *   <li>Parts may arrive in any order; a duplicate part (same key and sequence) is ignored.</li>
 *   <li>A completed message is delivered once: its parts are remembered until the timeout, so a late duplicate
 *       does not start a second copy, while a part with the same key but another text (the reference reused for
 *       a new message, as an 8-bit counter does after 256 messages) starts a new message.</li>
 *   <li>An incomplete message is dropped once {@code timeout} has passed since its first part, by the injected
 *       {@link Clock}; {@link #expired()} counts them.</li>
 *   <li>At most {@code maxMessages} keys are held; a new message beyond that evicts the oldest, so a flood of
 *       first parts cannot exhaust memory; {@link #evicted()} counts them.</li>
 * </ul>
 */
public final class Reassembler {
    private final Clock clock;
    private final Duration timeout;
    private final int maxMessages;
    /** Insertion order is arrival order of first parts, so the head is always the oldest. */
    private final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>();
    private long evicted;
    private long expired;

    private Reassembler(Clock clock, Duration timeout, int maxMessages) {
        this.clock = clock;
        this.timeout = timeout;
        this.maxMessages = maxMessages;
    }

    /**
     * Creates a reassembler.
     *
     * @param clock the time source for timeouts, not null
     * @param timeout how long an incomplete message is kept after its first part; positive
     * @param maxMessages the most messages (incomplete or recently completed) held at once, 1 or more
     * @return a new reassembler
     * @throws NullPointerException if {@code clock} or {@code timeout} is null
     * @throws SmsException {@link SmsError#INVALID_OPTION} naming the field for a non-positive value
     */
    public static Reassembler create(Clock clock, Duration timeout, int maxMessages) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new SmsException(SmsError.INVALID_OPTION, "timeout", -1, "timeout must be positive, was "
                    + timeout);
        }
        if (maxMessages < 1) {
            throw new SmsException(SmsError.INVALID_OPTION, "maxMessages", -1,
                    "maxMessages must be at least 1, was " + maxMessages);
        }
        return new Reassembler(clock, timeout, maxMessages);
    }

    /**
     * Adds a received part and returns the whole message when this part completes it.
     *
     * @param sender the originating address (or any key that separates senders), not null
     * @param part the decoded part, not null; a part without concatenation is complete by itself
     * @return the message text if this part completed it, otherwise empty (also for duplicates)
     * @throws NullPointerException if an argument is null
     */
    public synchronized Optional<String> offer(String sender, DecodedMessage part) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(part, "part");
        Instant now = clock.instant();
        purge(now);
        if (part.concatenation().isEmpty()) {
            return Optional.of(part.text());
        }
        Concatenation c = part.concatenation().get();
        Key key = new Key(sender, c.reference(), c.total());
        Pending message = pending.get(key);
        if (message != null && message.completed && !part.text().equals(message.texts[c.sequence() - 1])) {
            // same key, different text: the reference was reused for a new message, not a late duplicate
            pending.remove(key);
            message = null;
        }
        if (message == null) {
            if (pending.size() >= maxMessages) {
                Iterator<Map.Entry<Key, Pending>> oldest = pending.entrySet().iterator();
                Pending dropped = oldest.next().getValue();
                oldest.remove();
                if (!dropped.completed) {
                    evicted++;
                }
            }
            message = new Pending(c.total(), now);
            pending.put(key, message);
        }
        if (message.completed || message.texts[c.sequence() - 1] != null) {
            return Optional.empty();
        }
        message.texts[c.sequence() - 1] = part.text();
        if (++message.received < c.total()) {
            return Optional.empty();
        }
        message.completed = true;
        return Optional.of(String.join("", message.texts));
    }

    /**
     * Drops incomplete messages whose timeout has passed, and forgets completed ones after the timeout.
     *
     * @return the number of incomplete messages dropped by this call
     */
    public synchronized int purgeExpired() {
        long before = expired;
        purge(clock.instant());
        return (int) (expired - before);
    }

    private void purge(Instant now) {
        Instant limit = now.minus(timeout);
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext();) {
            Pending p = it.next();
            if (p.firstSeen.isAfter(limit)) {
                break; // arrival order: everything after is younger
            }
            it.remove();
            if (!p.completed) {
                expired++;
            }
        }
    }

    /**
     * Returns the number of messages held: incomplete ones plus completed ones remembered against duplicates.
     *
     * @return 0 to {@code maxMessages}
     */
    public synchronized int held() {
        return pending.size();
    }

    /**
     * Returns how many incomplete messages were evicted because {@code maxMessages} was reached.
     *
     * @return the count since creation
     */
    public synchronized long evicted() {
        return evicted;
    }

    /**
     * Returns how many incomplete messages were dropped because their timeout passed.
     *
     * @return the count since creation
     */
    public synchronized long expired() {
        return expired;
    }

    private record Key(String sender, int reference, int total) {
    }

    private static final class Pending {
        final String[] texts;
        final Instant firstSeen;
        int received;
        boolean completed;

        Pending(int total, Instant firstSeen) {
            this.texts = new String[total];
            this.firstSeen = firstSeen;
        }
    }
}
