/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import dev.septet.sms.Concatenation;
import dev.septet.sms.DecodeOptions;
import dev.septet.sms.DecodedMessage;
import dev.septet.sms.Reassembler;
import dev.septet.sms.Sms;
import dev.septet.sms.UserData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The one place this module calls core's decoder and reassembler, so changes to their signatures stay here. */
final class CoreAdapter {
    /*
     * Core's Reassembler joins parts and counts incomplete messages it drops (timeout or eviction), but does not
     * hand them back. To report them, Joiner keeps its own record of each pending message under the same key
     * (sender, reference, total) with the same rules: duplicates ignored, a completed message remembered until its
     * timeout, a changed text under a completed key starting a new message, the oldest key evicted at the bound.
     * Both read one instant per call (the Reassembler's clock is a view of it), so they purge the same messages.
     */

    private CoreAdapter() {
    }

    /** Decodes one received part's user data; GSM 7-bit in the given layout, the length taken from the data. */
    static DecodedMessage decode(int dataCodingScheme, boolean udhi, byte[] userData, DecodeOptions options) {
        return Sms.decode(UserData.of(dataCodingScheme, udhi, userData), options);
    }

    /** The same part with a concatenation that came from the SAR TLVs rather than a header. */
    static DecodedMessage withConcatenation(DecodedMessage part, Concatenation concatenation) {
        return new DecodedMessage(part.text(), part.encoding(), Optional.of(concatenation), part.lockingShift(),
                part.singleShift(), part.informationElements());
    }

    /** What one offered part did. */
    record Offer(Optional<String> text, boolean duplicate, int received, List<Pending> dropped) {
    }

    /** A message some of whose parts arrived; read only under the Joiner's lock or after it was dropped. */
    static final class Pending {
        final SmppAddress source;
        final SmppAddress destination;
        final int reference;
        final String[] texts;
        final Instant firstSeen;
        int received;
        boolean completed;
        PartialMessage.Reason reason;

        Pending(SmppAddress source, SmppAddress destination, int reference, int total, Instant firstSeen) {
            this.source = source;
            this.destination = destination;
            this.reference = reference;
            this.texts = new String[total];
            this.firstSeen = firstSeen;
        }

        PartialMessage toPartial() {
            Map<Integer, String> parts = new TreeMap<>();
            for (int i = 0; i < texts.length; i++) {
                if (texts[i] != null) {
                    parts.put(i + 1, texts[i]);
                }
            }
            return new PartialMessage(source, destination, reference, texts.length, parts, firstSeen, reason);
        }
    }

    /** Core's Reassembler plus a record of what it holds. Thread-safe. */
    static final class Joiner {
        private final Clock clock;
        private final Duration timeout;
        private final int maxMessages;
        private final Reassembler reassembler;
        private final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>();
        /** The instant of the call in progress; the Reassembler's clock reads it. */
        private Instant now;

        Joiner(Clock clock, Duration timeout, int maxMessages) {
            this.clock = clock;
            this.timeout = timeout;
            this.maxMessages = maxMessages;
            this.now = clock.instant();
            this.reassembler = Reassembler.create(new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            }, timeout, maxMessages);
        }

        synchronized Offer offer(String sender, SmppAddress source, SmppAddress destination, DecodedMessage part) {
            now = clock.instant();
            List<Pending> dropped = purge();
            Optional<String> joined = reassembler.offer(sender, part);
            if (part.concatenation().isEmpty()) {
                return new Offer(joined, false, 1, dropped);
            }
            Concatenation c = part.concatenation().get();
            Key key = new Key(sender, c.reference(), c.total());
            Pending message = pending.get(key);
            if (message != null && message.completed && !part.text().equals(message.texts[c.sequence() - 1])) {
                pending.remove(key);
                message = null;
            }
            if (message == null) {
                if (pending.size() >= maxMessages) {
                    Iterator<Pending> oldest = pending.values().iterator();
                    Pending evicted = oldest.next();
                    oldest.remove();
                    if (!evicted.completed) {
                        evicted.reason = PartialMessage.Reason.EVICTED;
                        dropped.add(evicted);
                    }
                }
                message = new Pending(source, destination, c.reference(), c.total(), now);
                pending.put(key, message);
            }
            if (message.completed || message.texts[c.sequence() - 1] != null) {
                return new Offer(Optional.empty(), true, message.received, dropped);
            }
            message.texts[c.sequence() - 1] = part.text();
            message.received++;
            if (joined.isPresent()) {
                message.completed = true;
            }
            return new Offer(joined, false, message.received, dropped);
        }

        synchronized List<Pending> purgeExpired() {
            now = clock.instant();
            reassembler.purgeExpired();
            return purge();
        }

        synchronized int held() {
            return pending.size();
        }

        private List<Pending> purge() {
            List<Pending> dropped = new ArrayList<>();
            Instant limit = now.minus(timeout);
            for (Iterator<Pending> it = pending.values().iterator(); it.hasNext();) {
                Pending p = it.next();
                if (p.firstSeen.isAfter(limit)) {
                    break;
                }
                it.remove();
                if (!p.completed) {
                    p.reason = PartialMessage.Reason.EXPIRED;
                    dropped.add(p);
                }
            }
            return dropped;
        }
    }

    private record Key(String sender, int reference, int total) {
    }
}
