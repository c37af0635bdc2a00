/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Joins the received parts of concatenated messages, keyed by (sender, reference, reference width, total)
 * (3GPP TS 23.040 clauses 9.2.3.24.1 and 9.2.3.24.8). Thread-safe; create one per receiving connection or server
 * and reuse it.
 *
 * <ul>
 *   <li>Parts may arrive in any order; a duplicate part (same key, number and text) is ignored. An 8-bit and a
 *       16-bit reference with the same number are different messages.</li>
 *   <li>A completed message is delivered once. Its texts are remembered until the timeout, so a late duplicate
 *       of all its parts is not delivered again, while parts with the same key that make up a different message
 *       (the reference reused, as an 8-bit counter does after 256 messages) are delivered as a new message, even
 *       when some of them equal the first message's parts.</li>
 *   <li>A part with the same key and number as a part already held for an incomplete message but another text
 *       means the reference was reused before the first message completed: the old message is given up as
 *       {@link IncompleteMessage.Reason#SUPERSEDED} and the part starts a new one.</li>
 *   <li>An incomplete message is given up once {@code timeout} has passed since its first part, measured on the
 *       injected {@link Clock}. Only forward steps of the clock count as time passing, so a clock that steps back
 *       neither keeps old messages alive nor expires young ones early. Every call to {@link #offer} expires what
 *       is due, and {@link #purgeExpired()} does so without offering a part.</li>
 *   <li>Memory is bounded three ways: at most {@code maxMessages} messages (incomplete ones plus completed ones
 *       remembered against duplicates), at most {@code maxOctets} octets of part text (counted as 2 octets per
 *       UTF-16 code unit), and at most {@code maxMessagesPerSender} incomplete messages per sender. Beyond a
 *       bound the oldest goes first: remembered completed messages before incomplete ones, and for the
 *       per-sender bound only that sender's own messages, so one sender's flood cannot evict the others'.</li>
 *   <li>Every incomplete message given up (expired, evicted or superseded) is passed, with the parts received, to
 *       the {@code onIncomplete} callback, outside the reassembler's lock, and counted.</li>
 * </ul>
 */
public final class Reassembler {
    /*
     * Two maps in arrival order: incomplete messages by the tick of their first part, completed ones by the tick
     * they completed. Ticks are a monotonic nanosecond count built from the forward steps of the injected clock,
     * so insertion order is tick order and a purge can stop at the first young entry of each map.
     *
     * Reuse of a reference is told from a duplicate by content: after a message completes, a part with its key
     * starts a successor message. The successor is delivered when it completes unless every one of its parts
     * equals the completed message's part with that number, in which case it was a late duplicate of the whole
     * message; a successor that expires holding only such parts is dropped as duplicates, without a report.
     */

    /** The default timeout of the builder. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    /** The default bound on messages held of the builder. */
    static final int DEFAULT_MAX_MESSAGES = 10_000;
    /**
     * Octets of text in the largest message SMS can carry: 255 parts of 160 septets, 2 octets per character. The
     * default octet bound allows this many per message held, so it only bites on parts larger than an SMS.
     */
    static final long OCTETS_PER_LARGEST_MESSAGE = 255L * 160 * 2;

    private final Clock clock;
    private final long timeoutNanos;
    private final int maxMessages;
    private final long maxOctets;
    private final int maxMessagesPerSender;
    private final Consumer<IncompleteMessage> onIncomplete;

    private final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>();
    private final LinkedHashMap<Key, Completed> completed = new LinkedHashMap<>();
    private final Map<String, LinkedHashSet<Key>> pendingBySender = new LinkedHashMap<>();
    private long octets;
    private Instant lastInstant;
    private long ticks;
    private long evicted;
    private long expired;
    private long superseded;

    private Reassembler(Builder b) {
        this.clock = b.clock;
        this.timeoutNanos = saturatedNanos(b.timeout);
        this.maxMessages = b.maxMessages;
        this.maxOctets = b.maxOctets > 0 ? b.maxOctets : b.maxMessages * OCTETS_PER_LARGEST_MESSAGE;
        this.maxMessagesPerSender = b.maxMessagesPerSender > 0 ? b.maxMessagesPerSender : b.maxMessages;
        this.onIncomplete = b.onIncomplete;
    }

    /**
     * Creates a reassembler with the given clock, timeout and message bound; the octet bound is
     * {@code maxMessages} times the text of the largest SMS message (255 parts of 160 characters, 81,600 octets),
     * there is no separate per-sender bound, and incomplete messages given up are only counted.
     *
     * @param clock the time source for timeouts, not null
     * @param timeout how long an incomplete message is kept after its first part; positive
     * @param maxMessages the most messages (incomplete or recently completed) held at once, 1 or more
     * @return a new reassembler
     * @throws NullPointerException if {@code clock} or {@code timeout} is null
     * @throws SmsException {@link SmsError#INVALID_OPTION} naming the field for a non-positive value
     * @see #builder()
     */
    public static Reassembler create(Clock clock, Duration timeout, int maxMessages) {
        return builder().clock(clock).timeout(timeout).maxMessages(maxMessages).build();
    }

    /**
     * Returns a builder for a reassembler with every bound and the callback for messages given up.
     *
     * @return a new builder with the defaults: system UTC clock, 5 minute timeout, 10,000 messages, octets as
     *     {@link #create} derives them, no per-sender bound beyond {@code maxMessages}, no callback
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds a received part and returns the whole message when this part completes it.
     *
     * @param sender the originating address (or any key that separates senders), not null
     * @param part the decoded part, not null; a part without concatenation is complete by itself
     * @return the message text if this part completed it, otherwise empty (also for duplicates)
     * @throws NullPointerException if an argument is null
     */
    public Optional<String> offer(String sender, DecodedMessage part) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(part, "part");
        List<IncompleteMessage> dropped = new ArrayList<>(0);
        Optional<String> result;
        synchronized (this) {
            long now = tick();
            purge(now, dropped);
            result = part.concatenation().isEmpty() ? Optional.of(part.text()) : add(sender, part, now, dropped);
        }
        report(dropped);
        return result;
    }

    private Optional<String> add(String sender, DecodedMessage part, long now, List<IncompleteMessage> dropped) {
        Concatenation c = part.concatenation().get();
        Key key = new Key(sender, c.reference(), c.reference16(), c.total());
        int index = c.sequence() - 1;
        String text = part.text();
        long size = 2L * text.length();
        Pending message = pending.get(key);
        if (message != null && message.texts[index] != null) {
            if (message.texts[index].equals(text)) {
                return Optional.empty();
            }
            removePending(key, message);
            if (!message.duplicatesOnly) {
                superseded++;
                giveUp(key, message, IncompleteMessage.Reason.SUPERSEDED, dropped);
            }
            message = null;
        }
        Completed done = completed.get(key);
        if (message == null) {
            if (size > maxOctets) {
                // one part beyond the octet bound can never be held: give it up at once rather than evict everyone
                if (c.total() == 1) {
                    return Optional.of(text); // complete by itself; only its duplicate check is lost
                }
                Pending alone = new Pending(c.total(), now, false);
                alone.texts[index] = text;
                evicted++;
                giveUp(key, alone, IncompleteMessage.Reason.EVICTED, dropped);
                return Optional.empty();
            }
            message = new Pending(c.total(), now, done != null);
            pending.put(key, message);
            LinkedHashSet<Key> own = pendingBySender.computeIfAbsent(sender, s -> new LinkedHashSet<>());
            own.add(key);
            if (own.size() > maxMessagesPerSender) {
                Key oldest = own.iterator().next();
                evict(oldest, pending.get(oldest), dropped);
            }
        }
        message.texts[index] = text;
        message.received++;
        message.octets += size;
        octets += size;
        message.duplicatesOnly &= done != null && text.equals(done.texts[index]);
        Optional<String> result = Optional.empty();
        if (message.received == c.total()) {
            removePending(key, message);
            if (!message.duplicatesOnly) {
                result = Optional.of(String.join("", message.texts));
                if (done != null) {
                    completed.remove(key);
                    octets -= done.octets;
                }
                completed.put(key, new Completed(message.texts, now, message.octets));
                octets += message.octets;
            }
        }
        enforceBounds(dropped);
        return result;
    }

    private void enforceBounds(List<IncompleteMessage> dropped) {
        while (pending.size() + completed.size() > maxMessages || octets > maxOctets) {
            if (!completed.isEmpty()) {
                Iterator<Completed> oldest = completed.values().iterator();
                octets -= oldest.next().octets;
                oldest.remove();
            } else {
                Map.Entry<Key, Pending> oldest = pending.entrySet().iterator().next();
                evict(oldest.getKey(), oldest.getValue(), dropped);
            }
        }
    }

    private void evict(Key key, Pending message, List<IncompleteMessage> dropped) {
        removePending(key, message);
        if (!message.duplicatesOnly) {
            evicted++;
            giveUp(key, message, IncompleteMessage.Reason.EVICTED, dropped);
        }
    }

    private void removePending(Key key, Pending message) {
        pending.remove(key);
        octets -= message.octets;
        LinkedHashSet<Key> own = pendingBySender.get(key.sender);
        own.remove(key);
        if (own.isEmpty()) {
            pendingBySender.remove(key.sender);
        }
    }

    private static void giveUp(
            Key key, Pending message, IncompleteMessage.Reason reason, List<IncompleteMessage> dropped) {
        TreeMap<Integer, String> parts = new TreeMap<>();
        for (int i = 0; i < message.texts.length; i++) {
            if (message.texts[i] != null) {
                parts.put(i + 1, message.texts[i]);
            }
        }
        dropped.add(new IncompleteMessage(key.sender, key.reference, key.reference16, key.total, parts, reason));
    }

    private void report(List<IncompleteMessage> dropped) {
        if (onIncomplete == null) {
            return;
        }
        RuntimeException first = null;
        for (IncompleteMessage m : dropped) {
            try {
                onIncomplete.accept(m);
            } catch (RuntimeException e) {
                // every report is made even when one fails; the first failure then reaches the caller
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Drops incomplete messages whose timeout has passed, and forgets completed ones after the timeout.
     *
     * @return the number of incomplete messages given up as expired by this call
     */
    public int purgeExpired() {
        List<IncompleteMessage> dropped = new ArrayList<>(0);
        long before;
        long after;
        synchronized (this) {
            before = expired;
            purge(tick(), dropped);
            after = expired;
        }
        report(dropped);
        return (int) (after - before);
    }

    private void purge(long now, List<IncompleteMessage> dropped) {
        for (Iterator<Map.Entry<Key, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Pending> e = it.next();
            Pending p = e.getValue();
            if (young(p.firstSeen, now)) {
                break; // tick order: everything after is younger
            }
            it.remove();
            octets -= p.octets;
            LinkedHashSet<Key> own = pendingBySender.get(e.getKey().sender);
            own.remove(e.getKey());
            if (own.isEmpty()) {
                pendingBySender.remove(e.getKey().sender);
            }
            if (!p.duplicatesOnly) {
                expired++;
                giveUp(e.getKey(), p, IncompleteMessage.Reason.EXPIRED, dropped);
            }
        }
        for (Iterator<Completed> it = completed.values().iterator(); it.hasNext(); ) {
            Completed c = it.next();
            if (young(c.completedAt, now)) {
                break;
            }
            it.remove();
            octets -= c.octets;
        }
    }

    /** A timeout beyond the nanosecond range (about 292 years) never passes. */
    private boolean young(long since, long now) {
        return now - since < timeoutNanos || timeoutNanos == Long.MAX_VALUE;
    }

    /** Advances the monotonic tick count by the clock's forward step since the last call; a step back adds 0. */
    private long tick() {
        Instant now = clock.instant();
        if (lastInstant != null && now.isAfter(lastInstant)) {
            long step = saturatedNanos(Duration.between(lastInstant, now));
            ticks = ticks > Long.MAX_VALUE - step ? Long.MAX_VALUE : ticks + step;
        }
        lastInstant = now;
        return ticks;
    }

    private static long saturatedNanos(Duration d) {
        return d.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L - 1 ? Long.MAX_VALUE : d.toNanos();
    }

    /**
     * Returns the number of messages held: incomplete ones plus completed ones remembered against duplicates.
     *
     * @return 0 to {@code maxMessages}
     */
    public synchronized int held() {
        return pending.size() + completed.size();
    }

    /**
     * Returns the octets of part text held, counted as 2 octets per UTF-16 code unit.
     *
     * @return 0 to {@code maxOctets}
     */
    public synchronized long heldOctets() {
        return octets;
    }

    /**
     * Returns how many incomplete messages were evicted because a bound (messages, octets, per sender) was
     * reached.
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

    /**
     * Returns how many incomplete messages were given up because a part with the same key and number but another
     * text arrived (the reference reused before they completed).
     *
     * @return the count since creation
     */
    public synchronized long superseded() {
        return superseded;
    }

    /**
     * Builds a {@link Reassembler}. Each setter validates its value at once; not thread-safe, build once and share
     * the reassembler.
     */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxMessages = DEFAULT_MAX_MESSAGES;
        private long maxOctets;
        private int maxMessagesPerSender;
        private Consumer<IncompleteMessage> onIncomplete;

        private Builder() {}

        /**
         * Sets the time source for timeouts.
         *
         * @param source the clock, not null; default {@link Clock#systemUTC()}
         * @return this builder
         * @throws NullPointerException if {@code source} is null
         */
        public Builder clock(Clock source) {
            this.clock = Objects.requireNonNull(source, "clock");
            return this;
        }

        /**
         * Sets how long an incomplete message is kept after its first part, and a completed one remembered.
         *
         * @param duration positive; default 5 minutes
         * @return this builder
         * @throws NullPointerException if {@code duration} is null
         * @throws SmsException {@link SmsError#INVALID_OPTION} with field {@code timeout} if it is not positive
         */
        public Builder timeout(Duration duration) {
            Objects.requireNonNull(duration, "timeout");
            if (duration.isNegative() || duration.isZero()) {
                throw new SmsException(
                        SmsError.INVALID_OPTION, "timeout", -1, "timeout must be positive, was " + duration);
            }
            this.timeout = duration;
            return this;
        }

        /**
         * Sets the most messages held at once, incomplete or remembered after completion.
         *
         * @param messages 1 or more; default 10,000
         * @return this builder
         * @throws SmsException {@link SmsError#INVALID_OPTION} with field {@code maxMessages} if below 1
         */
        public Builder maxMessages(int messages) {
            this.maxMessages = atLeastOne(messages, "maxMessages");
            return this;
        }

        /**
         * Sets the most octets of part text held at once, counted as 2 octets per UTF-16 code unit.
         *
         * @param octetsHeld 1 or more; default {@code maxMessages} times 81,600 (the text of a 255-part message of
         *     160-character parts)
         * @return this builder
         * @throws SmsException {@link SmsError#INVALID_OPTION} with field {@code maxOctets} if below 1
         */
        public Builder maxOctets(long octetsHeld) {
            if (octetsHeld < 1) {
                throw new SmsException(
                        SmsError.INVALID_OPTION, "maxOctets", -1, "maxOctets must be at least 1, was " + octetsHeld);
            }
            this.maxOctets = octetsHeld;
            return this;
        }

        /**
         * Sets the most incomplete messages held for one sender; beyond it that sender's oldest is evicted, never
         * another sender's.
         *
         * @param messages 1 or more; default {@code maxMessages} (no bound beyond the global one)
         * @return this builder
         * @throws SmsException {@link SmsError#INVALID_OPTION} with field {@code maxMessagesPerSender} if below 1
         */
        public Builder maxMessagesPerSender(int messages) {
            this.maxMessagesPerSender = atLeastOne(messages, "maxMessagesPerSender");
            return this;
        }

        /**
         * Sets the callback that receives each incomplete message given up (expired, evicted or superseded), with
         * the parts received. It runs on the thread that called {@link Reassembler#offer} or
         * {@link Reassembler#purgeExpired()}, outside the reassembler's lock; if it throws, the remaining reports
         * are still made and the first exception then propagates from that call.
         *
         * @param callback the callback, not null; default none
         * @return this builder
         * @throws NullPointerException if {@code callback} is null
         */
        public Builder onIncomplete(Consumer<IncompleteMessage> callback) {
            this.onIncomplete = Objects.requireNonNull(callback, "onIncomplete");
            return this;
        }

        /**
         * Creates the reassembler.
         *
         * @return a new reassembler with these settings
         */
        public Reassembler build() {
            return new Reassembler(this);
        }

        private static int atLeastOne(int value, String field) {
            if (value < 1) {
                throw new SmsException(SmsError.INVALID_OPTION, field, -1, field + " must be at least 1, was " + value);
            }
            return value;
        }
    }

    private record Key(String sender, int reference, boolean reference16, int total) {}

    private static final class Pending {
        final String[] texts;
        final long firstSeen;
        int received;
        long octets;
        /** True while every part received equals the remembered completed message's part: a late duplicate. */
        boolean duplicatesOnly;

        Pending(int total, long firstSeen, boolean afterCompletion) {
            this.texts = new String[total];
            this.firstSeen = firstSeen;
            this.duplicatesOnly = afterCompletion;
        }
    }

    private static final class Completed {
        final String[] texts;
        final long completedAt;
        final long octets;

        Completed(String[] texts, long completedAt, long octets) {
            this.texts = texts;
            this.completedAt = completedAt;
            this.octets = octets;
        }
    }
}
