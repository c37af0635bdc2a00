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

/**
 * A store that keeps codes in this process's memory: the default, for a single server.
 *
 * <p>Thread-safe without a global lock: every operation is one atomic {@link ConcurrentHashMap} compute on its key.
 * Used codes are removed at once; expired codes are removed by sweeps that the store runs itself whenever the map
 * has doubled since the last sweep, so memory tracks live codes (those not expired more than
 * {@link OtpStore#EXPIRED_RETENTION} ago) and sweeping costs amortised constant time per code. Codes do not survive a
 * restart and are not shared between processes; use {@link JdbcOtpStore} for that.
 */
public final class InMemoryOtpStore implements OtpStore {
    private static final long MIN_SWEEP_THRESHOLD = 1024;

    private final ConcurrentHashMap<Key, StoredOtp> map = new ConcurrentHashMap<>();
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
    public int purgeExpired(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        int removed = 0;
        for (Map.Entry<Key, StoredOtp> e : map.entrySet()) {
            if (!e.getValue().expiresAt().isAfter(cutoff) && map.remove(e.getKey(), e.getValue())) {
                removed++;
            }
        }
        return removed;
    }

    /** Returns how many entries the map holds now, live or not yet swept. */
    long size() {
        return map.mappingCount();
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
     * Sweeps when the map has grown to twice its size after the last sweep (and at least MIN_SWEEP_THRESHOLD), so a
     * sweep of n entries follows at least n/2 inserts. Only one thread sweeps; the others carry on (tryLock).
     */
    private void afterInsert(Instant now) {
        if (map.mappingCount() >= sweepThreshold.get() && sweeping.tryLock()) {
            try {
                purgeExpired(now.minus(EXPIRED_RETENTION));
                sweepThreshold.set(Math.max(MIN_SWEEP_THRESHOLD, 2 * map.mappingCount()));
            } finally {
                sweeping.unlock();
            }
        }
    }
}
