/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The storage SPI: a handful of atomic primitives with no OTP rules in them, so a store for Redis, SQL, DynamoDB or
 * anything with a conditional write is small and cannot get a rule wrong.
 *
 * <p>{@link OtpService} owns every rule: what "pending" means, attempt limits, expiry and retention, throttle windows
 * and limits. A store keeps two kinds of things and offers these primitives on them:
 * <ul>
 *   <li><b>Entries</b>: at most one {@link StoredOtp} per (recipient, appId) key. An entry's <em>version</em> is
 *       its ({@link StoredOtp#id() id}, {@link StoredOtp#attempts() attempts}) pair: ids are unique per generated
 *       code and never reused, and attempts only grow under one id, so a version never repeats for a key (no ABA).
 *       Primitives: {@link #get}, {@link #put}, {@link #putIfAbsent}, {@link #compareAndSet},
 *       {@link #compareAndDelete}.
 *   <li><b>Windowed counters</b>: a map from a caller-chosen key to a (value, window end) pair, with an atomic
 *       {@link #increment} that starts a new fixed window when the previous one ended, and a {@link #read}. The
 *       service uses them for its {@link Throttle}; they are generic, so other policies (for example velocity limits
 *       per country prefix or per client, or generated-versus-verified conversion counts across nodes) can use the
 *       same store.
 * </ul>
 *
 * <p><b>Atomicity.</b> Each primitive is linearizable on its key: across threads and, for shared stores, across
 * processes, it behaves as if it ran alone at one instant between its call and its return. A store implements each
 * as one statement or script (a conditional SQL statement, a Lua script, a conditional write), never as a read
 * followed by a separate write. No primitive spans two keys.
 *
 * <p><b>Time.</b> The service passes every instant in; a store compares instants it is given, never its own clock,
 * except for native expiry: writes carry a {@code retainUntil} after which the store may forget the entry by itself
 * (Redis {@code PEXPIREAT}, a TTL attribute), and a counter may be forgotten from its window end on. Forgetting is
 * optional: a store without native expiry removes such data in {@link #purgeExpired}. A shared store should offer its
 * own clock through {@link #time()}; the service then uses it as the authority, so nodes whose clocks disagree still
 * agree on expiry.
 *
 * <p><b>Keys.</b> Recipients are 1 to 254 UTF-16 code units (what a {@link RecipientNormalizer} may return), appIds
 * 0 to 255 ({@link GenerateRequest#MAX_APP_ID_LENGTH}) and counter keys 1 to 2,048, all with no control characters
 * and no unpaired surrogates; the service guarantees this for what it passes, and {@link PostgresOtpStore}'s schema
 * holds no longer ones. A store never sees a plaintext code. Implementations must be thread-safe.
 *
 * <p>Implementations: {@link InMemoryOtpStore#create()}, {@link PostgresOtpStore#create(javax.sql.DataSource)}, and
 * the Redis store of {@code septet-otp-redis}. Every implementation should extend the abstract contract tests of
 * {@code septet-otp-testkit}.
 */
public interface OtpStore {

    /**
     * Returns the entry for a key, as last written. An entry past its {@code retainUntil} may or may not still be
     * returned.
     *
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null
     * @return the entry, or empty if none is stored; never null
     */
    Optional<StoredOtp> get(String recipient, String appId);

    /**
     * Stores an entry, replacing any entry for its key (insert-or-replace).
     *
     * @param otp the entry; not null
     * @param retainUntil the instant from which the store may forget the entry by itself; not null
     */
    void put(StoredOtp otp, Instant retainUntil);

    /**
     * Stores an entry if the key has none (put-if-absent). An entry that the store still holds counts as present,
     * whatever its times.
     *
     * @param otp the entry; not null
     * @param retainUntil the instant from which the store may forget the entry by itself; not null
     * @return true if the entry was stored, false if the key already had one (which is left as it was)
     */
    boolean putIfAbsent(StoredOtp otp, Instant retainUntil);

    /**
     * Replaces the entry for a key if it still has the expected version (compare-and-set): if the stored entry's id
     * and attempts equal {@code expected}'s, it becomes {@code replacement}; otherwise nothing changes.
     *
     * @param expected the entry as read; only its key, id and attempts are compared; not null
     * @param replacement the new entry, for the same recipient and appId; not null
     * @param retainUntil the instant from which the store may forget the new entry by itself; not null
     * @return true if the entry was replaced, false if the key had no entry or one of another version
     * @throws IllegalArgumentException if the two entries have different keys
     */
    boolean compareAndSet(StoredOtp expected, StoredOtp replacement, Instant retainUntil);

    /**
     * Removes the entry for a key if it still has the expected version (delete-if-version): if the stored entry's id
     * and attempts equal {@code expected}'s, it is removed; otherwise nothing changes. Of any number of concurrent
     * calls for one version, at most one returns true.
     *
     * @param expected the entry as read; only its key, id and attempts are compared; not null
     * @return true if this call removed the entry, false if the key had no entry or one of another version
     */
    boolean compareAndDelete(StoredOtp expected);

    /**
     * Adds to a windowed counter (atomic increment). If the counter exists and its window has not ended at
     * {@code now} ({@code now} before its window end), its value changes by {@code delta}, never going below zero, and
     * its window end stays. Otherwise (no counter, or its window ended at or before {@code now}) a positive delta
     * starts a new window: the value becomes {@code delta} and the window end {@code now + window}; a zero or
     * negative delta then changes nothing and returns value 0 with window end {@code now}.
     *
     * <p>A store may forget a counter from its window end on.
     *
     * @param key the counter key; not null
     * @param delta the change, from {@code -2^31} to {@code 2^31 - 1} inclusive
     * @param window the length of a new window, 1 millisecond to 366 days inclusive, whole milliseconds; not null
     * @param now the current instant; not null
     * @return the value and window end after the operation; never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the delta or the window is out of its range, or the window is not whole
     *     milliseconds; nothing changes ({@link #requireIncrementArguments} checks all this)
     */
    WindowedCount increment(String key, long delta, Duration window, Instant now);

    /**
     * Reads a windowed counter.
     *
     * @param key the counter key; not null
     * @param now the current instant; not null
     * @return the value and window end, or empty if there is no counter or its window ended at or before
     *     {@code now}; never null
     */
    Optional<WindowedCount> read(String key, Instant now);

    /**
     * Removes entries whose {@code retainUntil} is at or before {@code now}, and counters whose window ended at or
     * before it. Optional: a store with native expiry keeps the default, which removes nothing. A store may remove
     * in batches of its own choosing but must remove all that qualified when the call started before it returns.
     *
     * @param now the current instant; not null
     * @return how many entries and counters were removed, at least 0
     * @throws NullPointerException if {@code now} is null
     */
    default int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return 0;
    }

    /**
     * Returns the store's own clock reading, for stores shared by several processes: PostgreSQL's
     * {@code clock_timestamp()}, Redis's {@code TIME}. {@link OtpService} uses it by default (see
     * {@link OtpService.Builder#clock(java.time.Clock)}), so every node measures expiry and windows on one clock.
     *
     * @return the store's current instant, or empty (the default) if the store has no clock of its own
     */
    default Optional<Instant> time() {
        return Optional.empty();
    }

    /**
     * Returns a text that names one (recipient, appId) key: injective, and free of <code>{</code> and
     * <code>}</code> so that a store may use it as a Redis Cluster hash tag. The service builds its counter keys
     * from it, so a store that hash-tags its entry keys the same way keeps all of one key's data in one slot.
     *
     * @param recipient the normalised recipient; not null
     * @param appId the appId; not null
     * @return {@code appId.length() + ":" + appId + ":" + recipient} with {@code %}, <code>{</code> and
     *     <code>}</code> percent-encoded; never null
     */
    static String keyOf(String recipient, String appId) {
        String raw = appId.length() + ":" + appId + ":" + recipient;
        if (raw.indexOf('%') < 0 && raw.indexOf('{') < 0 && raw.indexOf('}') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '%' -> sb.append("%25");
                case '{' -> sb.append("%7B");
                case '}' -> sb.append("%7D");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Checks the arguments of {@link #increment} against the ranges it documents, for implementations to call
     * first: every store then refuses alike what it would otherwise keep differently (a value that overflows, a
     * window that ends where it began or is cut to a whole millisecond differently).
     *
     * @param key the counter key; not null
     * @param delta the change, from {@code -2^31} to {@code 2^31 - 1} inclusive
     * @param window the length of a new window, 1 millisecond to 366 days inclusive, whole milliseconds; not null
     * @param now the current instant; not null
     * @throws NullPointerException if an argument is null, naming it
     * @throws IllegalArgumentException if the delta or the window is out of its range, naming it
     */
    static void requireIncrementArguments(String key, long delta, Duration window, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        if (delta < Integer.MIN_VALUE || delta > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("delta must be between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE + " inclusive, was " + delta);
        }
        if (window.compareTo(Duration.ofMillis(1)) < 0
                || window.compareTo(Duration.ofDays(366)) > 0
                || window.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException(
                    "window must be whole milliseconds from 1 ms to 366 days inclusive, was " + window);
        }
    }
}
