/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A store that keeps codes in this process's memory: the default, for a single server.
 *
 * <p>Thread-safe without a global lock: every operation is one atomic {@link ConcurrentHashMap} compute on its key.
 * Used codes are removed at once; expired codes are removed by sweeps that the store runs itself whenever the map
 * has doubled since the last sweep (throttle counters are swept alike once all their windows ended), so memory tracks live codes (those not expired more than
 * {@link OtpStore#EXPIRED_RETENTION} ago) and sweeping costs amortised constant time per code. Codes do not survive a
 * restart and are not shared between processes; use {@link JdbcOtpStore} for that.
 */
public final class InMemoryOtpStore implements OtpStore {
    private static final long MIN_SWEEP_THRESHOLD = 1024;

    private final ConcurrentHashMap<Key, StoredOtp> map = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, ThrottleState> throttles = new ConcurrentHashMap<>();
    private final AtomicLong sweepThreshold = new AtomicLong(MIN_SWEEP_THRESHOLD);
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

    private record Key(String recipient, String appId) {
    }

    @Override
    public void replace(StoredOtp otp) {
        map.put(key(otp), otp);
        afterInsert(otp.createdAt());
    }

    @Override
    public Optional<StoredOtp> insertIfNoPending(StoredOtp otp, Instant now) {
        Objects.requireNonNull(now, "now");
        StoredOtp[] blocking = new StoredOtp[1];
        map.compute(key(otp), (k, old) -> {
            if (old != null && old.isPendingAt(now)) {
                blocking[0] = old;
                return old;
            }
            return otp;
        });
        if (blocking[0] == null) {
            afterInsert(now);
        }
        return Optional.ofNullable(blocking[0]);
    }

    @Override
    public AttemptResult countAttempt(String recipient, String appId, Instant now) {
        Objects.requireNonNull(now, "now");
        AttemptResult[] result = new AttemptResult[] {AttemptResult.absent()};
        map.computeIfPresent(new Key(recipient, appId), (k, old) -> {
            Optional<AttemptResult> unchanged = AttemptResult.unchanged(old, now);
            if (unchanged.isPresent()) {
                result[0] = unchanged.get();
                return old;
            }
            StoredOtp counted = old.withAttemptAt(now);
            result[0] = AttemptResult.counted(counted);
            return counted;
        });
        return result[0];
    }

    @Override
    public boolean markUsed(String recipient, String appId, String id) {
        Objects.requireNonNull(id, "id");
        boolean[] removed = new boolean[1];
        map.computeIfPresent(new Key(recipient, appId), (k, old) -> {
            if (old.id().equals(id)) {
                removed[0] = true;
                return null;
            }
            return old;
        });
        return removed[0];
    }

    @Override
    public Optional<ThrottleRefusal> recordGeneration(String recipient, String appId, Instant now,
            Throttle throttle) {
        return throttle(recipient, appId, now, throttle, state -> state.refuseGeneration(now, throttle),
                state -> state.afterGeneration(now, throttle));
    }

    @Override
    public Optional<ThrottleRefusal> reserveFailedCheck(String recipient, String appId, Instant now,
            Throttle throttle) {
        return throttle(recipient, appId, now, throttle, state -> state.refuseFailedCheck(now, throttle),
                state -> state.afterFailedCheck(now, throttle));
    }

    @Override
    public void releaseFailedCheck(String recipient, String appId, Instant reservedAt) {
        Objects.requireNonNull(reservedAt, "reservedAt");
        throttles.computeIfPresent(new Key(recipient, appId), (k, old) -> old.afterRelease(reservedAt));
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return purge(map, StoredOtp::expiresAt, cutoff) + purge(throttles, ThrottleState::expiresAt, cutoff);
    }

    private static <V> int purge(ConcurrentHashMap<Key, V> entries, Function<V, Instant> expiresAt, Instant cutoff) {
        int removed = 0;
        for (Map.Entry<Key, V> e : entries.entrySet()) {
            if (!expiresAt.apply(e.getValue()).isAfter(cutoff) && entries.remove(e.getKey(), e.getValue())) {
                removed++;
            }
        }
        return removed;
    }

    /** Applies {@code change} to a key's counters in one atomic compute unless {@code refuse} gives a reason. */
    private Optional<ThrottleRefusal> throttle(String recipient, String appId, Instant now, Throttle throttle,
            Function<ThrottleState, Optional<ThrottleRefusal>> refuse, UnaryOperator<ThrottleState> change) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(throttle, "throttle");
        Key key = new Key(Objects.requireNonNull(recipient, "recipient"), Objects.requireNonNull(appId, "appId"));
        ThrottleRefusal[] refusal = new ThrottleRefusal[1];
        throttles.compute(key, (k, old) -> {
            ThrottleState state = old == null ? ThrottleState.EMPTY : old;
            refusal[0] = refuse.apply(state).orElse(null);
            return refusal[0] != null ? old : change.apply(state);
        });
        afterInsert(now);
        return Optional.ofNullable(refusal[0]);
    }

    /** Returns how many entries the map holds now, live or not yet swept. */
    long size() {
        return map.mappingCount();
    }

    /** Returns how many keys have throttle counters now, live or not yet swept. */
    long throttleSize() {
        return throttles.mappingCount();
    }

    private long entryCount() {
        return map.mappingCount() + throttles.mappingCount();
    }

    /** Returns the HMAC key generated for this store; services built on it without a secret share it. */
    byte[] generatedSecret() {
        return secret.clone();
    }

    /** Returns the raw map, for tests that inspect what is kept at rest. */
    Map<?, StoredOtp> rawEntries() {
        return map;
    }

    private static Key key(StoredOtp otp) {
        return new Key(otp.recipient(), otp.appId());
    }

    /*
     * Sweeps when the two maps together have grown to twice their size after the last sweep (and at least
     * MIN_SWEEP_THRESHOLD), so a sweep of n entries follows at least n/2 inserts. Only one thread sweeps; the others carry on (tryLock).
     */
    private void afterInsert(Instant now) {
        if (entryCount() >= sweepThreshold.get() && sweeping.tryLock()) {
            try {
                purgeExpired(now.minus(EXPIRED_RETENTION));
                sweepThreshold.set(Math.max(MIN_SWEEP_THRESHOLD, 2 * entryCount()));
            } finally {
                sweeping.unlock();
            }
        }
    }
}
