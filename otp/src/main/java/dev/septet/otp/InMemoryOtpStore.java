/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A store that keeps codes and counters in this process's memory: the default, for a single server.
 *
 * <p>Thread-safe without a global lock: every primitive is one atomic {@link ConcurrentHashMap} operation on its
 * key. Used codes are removed at once; entries past their {@code retainUntil} and counters past their window end are
 * removed by sweeps that the store runs itself whenever its maps have doubled since the last sweep (and hold at least
 * 1,024 entries), so memory tracks live data and sweeping costs amortised constant time per write. A pending code
 * takes about 200 bytes of heap (its instants in whole milliseconds, as the service writes them; an appId adds its
 * own size and a small key object). Nothing survives
 * a restart or is shared between processes; use {@link PostgresOtpStore} or the Redis store for that. It has no clock
 * of its own ({@link #time()} is empty): the service uses its {@link java.time.Clock}.
 */
public final class InMemoryOtpStore implements OtpStore {
    /*
     * Memory per code is most of what this store costs, and live entries are what every young collection copies, so
     * an entry is kept as one object of primitives (Compact: id, hash and instants in longs) when its instants are
     * whole milliseconds, as the service's always are; get() builds the StoredOtp from it, which dies young. An entry
     * with finer instants is kept as given, beside its retainUntil (Held), so every entry reads back exactly as
     * written. The key of an entry with an empty appId, the common case, is the recipient String itself; other keys
     * are a Key record (a String never equals a Key, so the two kinds cannot collide). Counters are WindowedCounts.
     * The sweep runs under a tryLock so only one writer sweeps while the others carry on; a sweep removes with
     * remove(key, value), so an entry rewritten during the sweep is never lost.
     */
    static final long MIN_SWEEP_THRESHOLD = 1024;

    private final ConcurrentHashMap<Object, Object> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, WindowedCount> counters = new ConcurrentHashMap<>();
    private final AtomicLong sweepThreshold = new AtomicLong(MIN_SWEEP_THRESHOLD);
    /** The latest instant any write carried, in epoch milliseconds: what sweeps count as now. */
    private final AtomicLong latestMillis = new AtomicLong(Long.MIN_VALUE);

    private final ReentrantLock sweeping = new ReentrantLock();
    /** The HMAC key services on this store use when given none, so that they all agree. */
    private final byte[] secret = new byte[32];

    private InMemoryOtpStore() {
        new SecureRandom().nextBytes(secret);
    }

    /**
     * Creates an empty store.
     *
     * @return a new store; never null
     */
    public static InMemoryOtpStore create() {
        return new InMemoryOtpStore();
    }

    private record Key(String recipient, String appId) {}

    private record Held(StoredOtp otp, Instant retainUntil) {}

    /** An entry whose instants are whole milliseconds, in primitives: the recipient and appId are in its key. */
    private static final class Compact {
        /** The most epoch seconds an instant may have for its milliseconds to fit in a long. */
        static final long MAX_SECONDS = Long.MAX_VALUE / 1000 - 1;

        final long idHigh;
        final long idLow;
        final long hash0;
        final long hash1;
        final long hash2;
        final long hash3;
        final long createdMillis;
        final long updatedMillis;
        final long expiresMillis;
        final long retainMillis;
        final int attempts;
        final int maxAttempts;
        final int maxSecondsValidity;

        Compact(StoredOtp otp, Instant retainUntil) {
            String id = otp.id();
            idHigh = HexFormat.fromHexDigitsToLong(id, 0, 16);
            idLow = HexFormat.fromHexDigitsToLong(id, 16, 32);
            ByteBuffer hash = ByteBuffer.wrap(otp.codeHash());
            hash0 = hash.getLong();
            hash1 = hash.getLong();
            hash2 = hash.getLong();
            hash3 = hash.getLong();
            createdMillis = otp.createdAt().toEpochMilli();
            updatedMillis = otp.updatedAt().toEpochMilli();
            expiresMillis = otp.expiresAt().toEpochMilli();
            retainMillis = retainUntil.toEpochMilli();
            attempts = otp.attempts();
            maxAttempts = otp.maxAttempts();
            maxSecondsValidity = otp.maxSecondsValidity();
        }

        static boolean fits(StoredOtp otp, Instant retainUntil) {
            return wholeMillis(otp.createdAt())
                    && wholeMillis(otp.updatedAt())
                    && wholeMillis(otp.expiresAt())
                    && wholeMillis(retainUntil);
        }

        private static boolean wholeMillis(Instant instant) {
            return instant.getNano() % 1_000_000 == 0 && Math.abs(instant.getEpochSecond()) <= MAX_SECONDS;
        }

        boolean hasVersion(StoredOtp expected) {
            String id = expected.id();
            return attempts == expected.attempts()
                    && idHigh == HexFormat.fromHexDigitsToLong(id, 0, 16)
                    && idLow == HexFormat.fromHexDigitsToLong(id, 16, 32);
        }

        StoredOtp toStoredOtp(String recipient, String appId) {
            byte[] hash = ByteBuffer.allocate(StoredOtp.HASH_BYTES)
                    .putLong(hash0)
                    .putLong(hash1)
                    .putLong(hash2)
                    .putLong(hash3)
                    .array();
            Instant createdAt = Instant.ofEpochMilli(createdMillis);
            return new StoredOtp(
                    recipient,
                    appId,
                    HEX.toHexDigits(idHigh) + HEX.toHexDigits(idLow),
                    hash,
                    attempts,
                    maxAttempts,
                    maxSecondsValidity,
                    createdAt,
                    updatedMillis == createdMillis ? createdAt : Instant.ofEpochMilli(updatedMillis),
                    Instant.ofEpochMilli(expiresMillis));
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Optional<StoredOtp> get(String recipient, String appId) {
        Object value = entries.get(key(recipient, appId));
        return value == null ? Optional.empty() : Optional.of(otp(recipient, appId, value));
    }

    @Override
    public void put(StoredOtp otp, Instant retainUntil) {
        entries.put(key(otp), value(otp, retainUntil));
        afterWrite(otp.createdAt());
    }

    @Override
    public boolean putIfAbsent(StoredOtp otp, Instant retainUntil) {
        boolean stored = entries.putIfAbsent(key(otp), value(otp, retainUntil)) == null;
        if (stored) {
            afterWrite(otp.createdAt());
        }
        return stored;
    }

    @Override
    public boolean compareAndSet(StoredOtp expected, StoredOtp replacement, Instant retainUntil) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(replacement, "replacement");
        Object key = key(expected);
        if (!key.equals(key(replacement))) {
            throw new IllegalArgumentException("expected and replacement must have the same recipient and appId");
        }
        Object next = value(replacement, retainUntil);
        boolean[] swapped = new boolean[1];
        entries.computeIfPresent(key, (k, old) -> {
            if (hasVersion(old, expected)) {
                swapped[0] = true;
                return next;
            }
            return old;
        });
        return swapped[0];
    }

    @Override
    public boolean compareAndDelete(StoredOtp expected) {
        Objects.requireNonNull(expected, "expected");
        boolean[] removed = new boolean[1];
        entries.computeIfPresent(key(expected), (k, old) -> {
            if (hasVersion(old, expected)) {
                removed[0] = true;
                return null;
            }
            return old;
        });
        return removed[0];
    }

    private static boolean hasVersion(Object value, StoredOtp expected) {
        if (value instanceof Compact compact) {
            return compact.hasVersion(expected);
        }
        StoredOtp stored = ((Held) value).otp();
        return stored.attempts() == expected.attempts() && stored.id().equals(expected.id());
    }

    @Override
    public WindowedCount increment(String key, long delta, Duration window, Instant now) {
        OtpStore.requireIncrementArguments(key, delta, window, now);
        // a compare-and-set loop rather than compute(): no capturing lambda or result holder per call, and a
        // counter's value is its whole state, so replacing an equal value is as good as replacing the same one
        WindowedCount result;
        for (; ; ) {
            WindowedCount old = counters.get(key);
            if (old != null && now.isBefore(old.windowEnd())) {
                result = new WindowedCount(Math.max(0, old.value() + delta), old.windowEnd());
                if (counters.replace(key, old, result)) {
                    break;
                }
            } else if (delta <= 0) {
                result = new WindowedCount(0, now);
                break;
            } else {
                result = new WindowedCount(delta, now.plus(window));
                if (old == null ? counters.putIfAbsent(key, result) == null : counters.replace(key, old, result)) {
                    break;
                }
            }
        }
        afterWrite(now);
        return result;
    }

    @Override
    public Optional<WindowedCount> read(String key, Instant now) {
        Objects.requireNonNull(now, "now");
        WindowedCount count = counters.get(Objects.requireNonNull(key, "key"));
        return count != null && now.isBefore(count.windowEnd()) ? Optional.of(count) : Optional.empty();
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return purge(entries, value -> !retainUntil(value).isAfter(now))
                + purge(counters, count -> !count.windowEnd().isAfter(now));
    }

    private static <K, V> int purge(ConcurrentHashMap<K, V> map, Predicate<V> ended) {
        int removed = 0;
        for (Map.Entry<K, V> e : map.entrySet()) {
            if (ended.test(e.getValue()) && map.remove(e.getKey(), e.getValue())) {
                removed++;
            }
        }
        return removed;
    }

    /** Returns how many entries the map holds now, live or not yet swept. */
    long size() {
        return entries.mappingCount();
    }

    /** Returns how many counters the store holds now, live or not yet swept. */
    long counterSize() {
        return counters.mappingCount();
    }

    /** Returns the HMAC key generated for this store; services built on it without a secret share it. */
    byte[] generatedSecret() {
        return secret.clone();
    }

    /** Returns the stored entries by key, for tests that inspect what is kept at rest. */
    Map<?, StoredOtp> rawEntries() {
        Map<Object, StoredOtp> raw = new java.util.HashMap<>();
        entries.forEach((k, v) ->
                raw.put(k, k instanceof Key key ? otp(key.recipient(), key.appId(), v) : otp((String) k, "", v)));
        return raw;
    }

    private static Object key(StoredOtp otp) {
        return key(Objects.requireNonNull(otp, "otp").recipient(), otp.appId());
    }

    private static Object key(String recipient, String appId) {
        Objects.requireNonNull(recipient, "recipient");
        return Objects.requireNonNull(appId, "appId").isEmpty() ? recipient : new Key(recipient, appId);
    }

    /** Returns what the map keeps for an entry: a Compact when its instants are whole milliseconds. */
    private static Object value(StoredOtp otp, Instant retainUntil) {
        Objects.requireNonNull(otp, "otp");
        Objects.requireNonNull(retainUntil, "retainUntil");
        return Compact.fits(otp, retainUntil) ? new Compact(otp, retainUntil) : new Held(otp, retainUntil);
    }

    private static StoredOtp otp(String recipient, String appId, Object value) {
        return value instanceof Compact compact ? compact.toStoredOtp(recipient, appId) : ((Held) value).otp();
    }

    private static Instant retainUntil(Object value) {
        return value instanceof Compact compact
                ? Instant.ofEpochMilli(compact.retainMillis)
                : ((Held) value).retainUntil();
    }

    /*
     * Sweeps when the two maps together have grown to twice what the last sweep kept (and at least
     * MIN_SWEEP_THRESHOLD), so a sweep of n entries follows at least n/2 writes. What it kept is counted as the size
     * when it started less what it removed: writes by other threads during a long sweep are not counted as kept, or a
     * bigger map would make a longer sweep, a higher threshold and a bigger map again. A sweep counts as now the
     * latest instant any write carried, not its own thread's, which may have been read long ago by a thread that was
     * then descheduled; a stale now would keep much and raise the threshold on it.
     */
    private void afterWrite(Instant now) {
        long seconds = now.getEpochSecond();
        long millis = seconds > Compact.MAX_SECONDS
                ? Long.MAX_VALUE
                : seconds < -Compact.MAX_SECONDS ? Long.MIN_VALUE : now.toEpochMilli();
        if (millis > latestMillis.get()) {
            latestMillis.accumulateAndGet(millis, Math::max);
        }
        if (size() + counterSize() >= sweepThreshold.get() && sweeping.tryLock()) {
            try {
                long before = size() + counterSize();
                long kept = before - purgeExpired(Instant.ofEpochMilli(latestMillis.get()));
                sweepThreshold.set(Math.max(MIN_SWEEP_THRESHOLD, 2 * kept));
            } finally {
                sweeping.unlock();
            }
        }
    }
}
