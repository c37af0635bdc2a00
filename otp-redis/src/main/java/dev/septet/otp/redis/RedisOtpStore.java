/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.redis;

import dev.septet.otp.OtpStore;
import dev.septet.otp.StoredOtp;
import dev.septet.otp.WindowedCount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.params.SetParams;

/**
 * A store that keeps codes and counters in Redis, so several servers can share them; Redis 6.2 or later.
 *
 * <p>Each {@link OtpStore} primitive is one Redis command or one Lua script on one key, so it is atomic on that key:
 * {@code GET}; {@code SET ... PXAT} for put; {@code SET ... NX PXAT} for put-if-absent; scripts for compare-and-set,
 * compare-and-delete and the windowed counter ({@code HSET} and {@code PEXPIREAT} on a hash of value and window end).
 * Redis expiry replaces purging: an entry expires at its {@code retainUntil} and a counter at its window end, so
 * {@link #purgeExpired} removes nothing and no one needs to call it. Instants are kept in milliseconds (the service
 * passes milliseconds). {@link #time()} is the server's {@code TIME}, which the service uses as its clock by default,
 * so nodes with skewed clocks agree on expiry; since keys expire by the Redis server's clock, keep that default.
 *
 * <p>Keys: an entry lives at <code>{prefix}code:{&lt;tag&gt;}</code> and a counter at
 * <code>{prefix}count:&lt;key&gt;</code>, where the tag is {@link OtpStore#keyOf(String, String)} of the recipient
 * and appId, and the service's counter keys carry the same tag in braces. <b>Redis Cluster:</b> every primitive
 * touches exactly one key, so the store works on a cluster (pass a {@code RedisClusterClient}); and since all keys
 * of one recipient and appId share one hash tag, they sit in one slot. The prefix is configurable and must not
 * contain braces, which would change the hash tag.
 *
 * <p>Jedis is the client: synchronous, small (its pool and a JSON library), and its {@link UnifiedJedis} covers a
 * single server, a pool and a cluster with one API. Redis failures surface as Jedis's runtime exceptions; no
 * messages carry codes or hashes. Thread-safe if the given client is (Jedis's pooled and cluster clients are).
 */
public final class RedisOtpStore implements OtpStore {
    /*
     * An entry is one string: "<id>|<attempts>|<hash hex>|<maxAttempts>|<maxSecondsValidity>|<created ms>|<updated
     * ms>|<expires ms>". Its version prefix "<id>|<attempts>|" is what compare-and-set and compare-and-delete compare;
     * the id is 32 hex characters and attempts end at the second '|', so the prefix cannot match a longer field. Scripts run
     * by EVALSHA, loaded on first use (or again after SCRIPT FLUSH) with EVAL. Lua numbers are doubles: every value
     * here (milliseconds since 1970, counters up to 2^32) is an integer well below 2^53, so exact.
     */
    static final String DEFAULT_PREFIX = "septet:otp:";
    static final int MAX_PREFIX_LENGTH = 256;
    private static final HexFormat HEX = HexFormat.of();
    /** The earliest expiry Redis accepts, 1 ms after 1970 began; an earlier retainUntil is raised to it. */
    private static final Instant EARLIEST_EXPIRY = Instant.ofEpochMilli(1);
    /** The latest expiry the store sets; a later retainUntil is cut to it. */
    private static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59.999Z");

    private static final Script COMPARE_AND_SET = new Script("local cur = redis.call('GET', KEYS[1])\n"
            + "if not cur or string.sub(cur, 1, string.len(ARGV[1])) ~= ARGV[1] then return 0 end\n"
            + "redis.call('SET', KEYS[1], ARGV[2], 'PXAT', ARGV[3])\n"
            + "return 1\n");
    private static final Script COMPARE_AND_DELETE = new Script("local cur = redis.call('GET', KEYS[1])\n"
            + "if not cur or string.sub(cur, 1, string.len(ARGV[1])) ~= ARGV[1] then return 0 end\n"
            + "redis.call('DEL', KEYS[1])\n"
            + "return 1\n");
    private static final Script INCREMENT = new Script("local delta = tonumber(ARGV[1])\n"
            + "local now = tonumber(ARGV[3])\n"
            + "local cur = redis.call('HMGET', KEYS[1], 'v', 'e')\n"
            + "local v = tonumber(cur[1])\n"
            + "local e = tonumber(cur[2])\n"
            + "if v and e and now < e then\n"
            + "  v = v + delta\n"
            + "  if v < 0 then v = 0 end\n"
            + "  redis.call('HSET', KEYS[1], 'v', string.format('%d', v))\n"
            + "  return {v, e}\n"
            + "end\n"
            + "if delta <= 0 then return {0, now} end\n"
            + "e = now + tonumber(ARGV[2])\n"
            + "redis.call('HSET', KEYS[1], 'v', ARGV[1], 'e', string.format('%d', e))\n"
            + "redis.call('PEXPIREAT', KEYS[1], string.format('%d', e))\n"
            + "return {delta, e}\n");
    private static final Script TIME = new Script("return redis.call('TIME')\n");

    private final UnifiedJedis jedis;
    private final String prefix;

    private RedisOtpStore(UnifiedJedis jedis, String prefix) {
        this.jedis = jedis;
        this.prefix = prefix;
    }

    /**
     * Creates a store with the key prefix {@code septet:otp:}.
     *
     * @param jedis the client, for example {@code RedisClient.create("localhost", 6379)} or a
     *     {@code RedisClusterClient}; not null; the store does not close it
     * @return a new store; never null
     * @throws NullPointerException if the client is null
     */
    public static RedisOtpStore create(UnifiedJedis jedis) {
        return create(jedis, DEFAULT_PREFIX);
    }

    /**
     * Creates a store whose keys all start with a prefix, so several applications (or tests) can share one Redis.
     *
     * @param jedis the client; not null; the store does not close it
     * @param keyPrefix the prefix, 0 to 256 characters, without <code>{</code> or <code>}</code> (which would change
     *     the Redis Cluster hash tag); not null
     * @return a new store; never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the prefix is too long or contains a brace
     */
    public static RedisOtpStore create(UnifiedJedis jedis, String keyPrefix) {
        Objects.requireNonNull(jedis, "jedis");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (keyPrefix.length() > MAX_PREFIX_LENGTH || keyPrefix.indexOf('{') >= 0 || keyPrefix.indexOf('}') >= 0) {
            throw new IllegalArgumentException("keyPrefix must be at most " + MAX_PREFIX_LENGTH
                    + " characters without '{' or '}', was " + keyPrefix.length() + " characters"
                    + (keyPrefix.length() <= MAX_PREFIX_LENGTH ? " with a brace" : ""));
        }
        return new RedisOtpStore(jedis, keyPrefix);
    }

    /**
     * Returns the key prefix.
     *
     * @return the prefix; never null
     */
    public String keyPrefix() {
        return prefix;
    }

    @Override
    public Optional<StoredOtp> get(String recipient, String appId) {
        String value = jedis.get(codeKey(recipient, appId));
        return value == null ? Optional.empty() : Optional.of(decode(recipient, appId, value));
    }

    @Override
    public void put(StoredOtp otp, Instant retainUntil) {
        jedis.set(codeKey(otp), encode(otp), SetParams.setParams().pxAt(expiry(retainUntil)));
    }

    @Override
    public boolean putIfAbsent(StoredOtp otp, Instant retainUntil) {
        return "OK"
                .equals(jedis.set(
                        codeKey(otp), encode(otp), SetParams.setParams().nx().pxAt(expiry(retainUntil))));
    }

    @Override
    public boolean compareAndSet(StoredOtp expected, StoredOtp replacement, Instant retainUntil) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(replacement, "replacement");
        if (!expected.recipient().equals(replacement.recipient())
                || !expected.appId().equals(replacement.appId())) {
            throw new IllegalArgumentException("expected and replacement must have the same recipient and appId");
        }
        Object swapped = run(
                COMPARE_AND_SET,
                codeKey(expected),
                version(expected),
                encode(replacement),
                Long.toString(expiry(retainUntil)));
        return Long.valueOf(1).equals(swapped);
    }

    @Override
    public boolean compareAndDelete(StoredOtp expected) {
        Objects.requireNonNull(expected, "expected");
        return Long.valueOf(1).equals(run(COMPARE_AND_DELETE, codeKey(expected), version(expected)));
    }

    @Override
    public WindowedCount increment(String key, long delta, Duration window, Instant now) {
        OtpStore.requireIncrementArguments(key, delta, window, now);
        List<?> reply = (List<?>) run(
                INCREMENT,
                counterKey(key),
                Long.toString(delta),
                Long.toString(window.toMillis()),
                Long.toString(millis(now, "now")));
        return new WindowedCount((Long) reply.get(0), Instant.ofEpochMilli((Long) reply.get(1)));
    }

    @Override
    public Optional<WindowedCount> read(String key, Instant now) {
        long at = millis(now, "now");
        List<String> fields = jedis.hmget(counterKey(key), "v", "e");
        if (fields.get(0) == null || fields.get(1) == null) {
            return Optional.empty();
        }
        long end = Long.parseLong(fields.get(1));
        return at < end
                ? Optional.of(new WindowedCount(Long.parseLong(fields.get(0)), Instant.ofEpochMilli(end)))
                : Optional.empty();
    }

    /**
     * Returns the Redis server's {@code TIME}, truncated to milliseconds.
     *
     * @return the server's current instant; never empty
     */
    @Override
    public Optional<Instant> time() {
        List<?> reply = (List<?>) jedis.eval(TIME.source);
        long seconds = Long.parseLong(String.valueOf(reply.get(0)));
        long micros = Long.parseLong(String.valueOf(reply.get(1)));
        return Optional.of(Instant.ofEpochSecond(seconds, micros / 1000 * 1_000_000));
    }

    private String codeKey(StoredOtp otp) {
        Objects.requireNonNull(otp, "otp");
        return codeKey(otp.recipient(), otp.appId());
    }

    private String codeKey(String recipient, String appId) {
        return prefix + "code:{"
                + OtpStore.keyOf(Objects.requireNonNull(recipient, "recipient"), Objects.requireNonNull(appId, "appId"))
                + "}";
    }

    private String counterKey(String key) {
        return prefix + "count:" + Objects.requireNonNull(key, "key");
    }

    private static String version(StoredOtp otp) {
        return otp.id() + "|" + otp.attempts() + "|";
    }

    /**
     * Returns a retainUntil as the PXAT milliseconds Redis accepts: it refuses 0 and below, so a retention that ended
     * by 1970 becomes 1 ms (forgotten at once, as it may be), and one past {@link #LATEST_EXPIRY} becomes that (kept
     * as good as forever) rather than overflowing.
     */
    private static long expiry(Instant retainUntil) {
        Objects.requireNonNull(retainUntil, "retainUntil");
        if (retainUntil.isAfter(LATEST_EXPIRY)) {
            return LATEST_EXPIRY.toEpochMilli();
        }
        return retainUntil.isBefore(EARLIEST_EXPIRY) ? 1 : retainUntil.toEpochMilli();
    }

    private static long millis(Instant instant, String name) {
        return Objects.requireNonNull(instant, name).toEpochMilli();
    }

    private static String encode(StoredOtp otp) {
        return otp.id() + "|" + otp.attempts() + "|" + HEX.formatHex(otp.codeHash()) + "|" + otp.maxAttempts() + "|"
                + otp.maxSecondsValidity() + "|" + otp.createdAt().toEpochMilli() + "|"
                + otp.updatedAt().toEpochMilli() + "|" + otp.expiresAt().toEpochMilli();
    }

    private static StoredOtp decode(String recipient, String appId, String value) {
        String[] f = value.split("\\|", -1);
        if (f.length != 8) {
            throw new IllegalStateException("not an entry of this store at the key for this recipient and appId");
        }
        return new StoredOtp(
                recipient,
                appId,
                f[0],
                HEX.parseHex(f[2]),
                Integer.parseInt(f[1]),
                Integer.parseInt(f[3]),
                Integer.parseInt(f[4]),
                Instant.ofEpochMilli(Long.parseLong(f[5])),
                Instant.ofEpochMilli(Long.parseLong(f[6])),
                Instant.ofEpochMilli(Long.parseLong(f[7])));
    }

    private Object run(Script script, String key, String... args) {
        try {
            return jedis.evalsha(script.sha1, List.of(key), List.of(args));
        } catch (JedisNoScriptException e) {
            return jedis.eval(script.source, List.of(key), List.of(args));
        }
    }

    /** A Lua script and its SHA-1, the name EVALSHA knows it by. */
    private static final class Script {
        final String source;
        final String sha1;

        Script(String source) {
            this.source = source;
            try {
                this.sha1 = HEX.formatHex(
                        MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-1 is required of every Java platform", e);
            }
        }
    }
}
