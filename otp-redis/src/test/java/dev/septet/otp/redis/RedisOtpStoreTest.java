/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.otp.CheckRequest;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.OtpService;
import dev.septet.otp.StoredOtp;
import dev.septet.otp.Throttle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/** What only {@link RedisOtpStore} promises: its key layout and hash tags, prefixes, native expiry, scripts. */
class RedisOtpStoreTest {
    private static final byte[] SECRET = "a secret shared by both nodes, 32".getBytes(StandardCharsets.US_ASCII);
    private static final String ID = "0123456789abcdef0123456789abcdef";

    private static StoredOtp entry(Instant now) {
        return new StoredOtp("34666555444", "shop", ID, new byte[32], 0, 3, 60, now, now, now.plusSeconds(60));
    }

    /** Asserts a key expires at an instant, to the second (PEXPIRETIME needs Redis 7; PTTL is relative). */
    private static void assertExpiresAt(UnifiedJedis jedis, String key, Instant expected) {
        long remaining = jedis.pttl(key);
        assertThat(remaining).as(key).isPositive();
        Instant at = Instant.now().plusMillis(remaining);
        assertThat(Duration.between(expected, at).abs()).as(key).isLessThan(Duration.ofSeconds(1));
    }

    private static String tag(String key) {
        int open = key.indexOf('{');
        return key.substring(open + 1, key.indexOf('}', open));
    }

    @Test
    void keysOfOneRecipientAndAppIdShareOneHashTag() {
        UnifiedJedis jedis = Redis.flushedClient();
        OtpService otp = OtpService.builder(RedisOtpStore.create(jedis))
                .secret(SECRET)
                .throttle(Throttle.none()
                        .withMinInterval(Duration.ofSeconds(1))
                        .withMaxCodes(5, Duration.ofHours(1))
                        .withMaxFailedChecks(5, Duration.ofHours(1)))
                .build();
        String code = otp.generate(GenerateRequest.of("+34 666 555 444").withAppId("{shop}"))
                .code();
        otp.check(CheckRequest.of("+34 666 555 444", "9" + code.substring(1) + "9")
                .withAppId("{shop}"));
        TreeSet<String> keys = new TreeSet<>(jedis.keys("*"));
        assertThat(keys)
                .containsExactly(
                        "septet:otp:code:{6:%7Bshop%7D:34666555444}",
                        "septet:otp:count:otp:codes:{6:%7Bshop%7D:34666555444}",
                        "septet:otp:count:otp:failures:{6:%7Bshop%7D:34666555444}",
                        "septet:otp:count:otp:interval:{6:%7Bshop%7D:34666555444}");
        assertThat(keys.stream().map(RedisOtpStoreTest::tag).distinct()).containsExactly("6:%7Bshop%7D:34666555444");
    }

    @Test
    void entriesAndCountersExpireNativelyAtTheirEnds() {
        UnifiedJedis jedis = Redis.flushedClient();
        RedisOtpStore store = RedisOtpStore.create(jedis);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.put(entry(now), now.plus(Duration.ofMinutes(11)));
        store.increment("k", 1, Duration.ofMinutes(2), now);
        assertExpiresAt(jedis, "septet:otp:code:{4:shop:34666555444}", now.plus(Duration.ofMinutes(11)));
        assertExpiresAt(jedis, "septet:otp:count:k", now.plus(Duration.ofMinutes(2)));
        StoredOtp counted = entry(now).withAttemptAt(now);
        assertThat(store.compareAndSet(entry(now), counted, now.plus(Duration.ofMinutes(12))))
                .isTrue();
        assertExpiresAt(jedis, "septet:otp:code:{4:shop:34666555444}", now.plus(Duration.ofMinutes(12)));
        store.increment("k", 5, Duration.ofHours(1), now.plusSeconds(1));
        // the window end stays
        assertExpiresAt(jedis, "septet:otp:count:k", now.plus(Duration.ofMinutes(2)));
        assertThat(store.purgeExpired(now.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void retentionsOutsideTheRangeOfRedisExpiryAreClampedNotRefused() {
        UnifiedJedis jedis = Redis.flushedClient();
        RedisOtpStore store = RedisOtpStore.create(jedis);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StoredOtp counted = entry(now).withAttemptAt(now);
        // at or before 1970: the store may forget the entry at once, and no write fails
        for (Instant past : new Instant[] {Instant.EPOCH, Instant.ofEpochMilli(-1), Instant.MIN}) {
            store.put(entry(now), past);
            store.putIfAbsent(entry(now), past);
            store.compareAndSet(entry(now), counted, past);
        }
        // far in the future: kept, without an overflow
        store.put(entry(now), Instant.MAX);
        assertThat(store.get("34666555444", "shop")).contains(entry(now));
        assertThat(store.compareAndSet(entry(now), counted, Instant.MAX)).isTrue();
        assertThat(store.get("34666555444", "shop")).contains(counted);
        assertThat(jedis.pttl("septet:otp:code:{4:shop:34666555444}"))
                .isGreaterThan(Duration.ofDays(3650).toMillis());
        jedis.del("septet:otp:code:{4:shop:34666555444}");
        assertThat(store.putIfAbsent(entry(now), Instant.MAX)).isTrue();
    }

    @Test
    void prefixesKeepStoresApart() {
        UnifiedJedis jedis = Redis.flushedClient();
        RedisOtpStore a = RedisOtpStore.create(jedis, "app-a:");
        RedisOtpStore b = RedisOtpStore.create(jedis, "");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        a.put(entry(now), now.plusSeconds(60));
        a.increment("k", 3, Duration.ofMinutes(1), now);
        assertThat(b.get("34666555444", "shop")).isEmpty();
        assertThat(b.read("k", now)).isEmpty();
        assertThat(a.keyPrefix()).isEqualTo("app-a:");
        assertThat(RedisOtpStore.create(jedis).keyPrefix()).isEqualTo("septet:otp:");
        assertThat(new TreeSet<>(jedis.keys("*"))).containsExactly("app-a:code:{4:shop:34666555444}", "app-a:count:k");
    }

    @Test
    void prefixesThatWouldBreakHashTagsAreRejected() {
        UnifiedJedis jedis = Redis.client();
        assertThatThrownBy(() -> RedisOtpStore.create(jedis, "a{b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without '{' or '}'");
        assertThatThrownBy(() -> RedisOtpStore.create(jedis, "}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedisOtpStore.create(jedis, "x".repeat(257)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RedisOtpStore.create(jedis, "x".repeat(256)).keyPrefix()).hasSize(256);
        assertThatThrownBy(() -> RedisOtpStore.create(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void scriptsAreLoadedAgainAfterAScriptFlush() {
        UnifiedJedis jedis = Redis.flushedClient();
        RedisOtpStore store = RedisOtpStore.create(jedis);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.increment("k", 1, Duration.ofMinutes(1), now);
        jedis.scriptFlush();
        assertThat(store.increment("k", 1, Duration.ofMinutes(1), now).value()).isEqualTo(2);
        store.put(entry(now), now.plusSeconds(60));
        jedis.scriptFlush();
        assertThat(store.compareAndDelete(entry(now))).isTrue();
    }

    @Test
    void aValueThatIsNoEntryIsReportedWithoutItsContent() {
        UnifiedJedis jedis = Redis.flushedClient();
        jedis.set("septet:otp:code:{4:shop:34666555444}", "garbage");
        assertThatThrownBy(() -> RedisOtpStore.create(jedis).get("34666555444", "shop"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("garbage");
    }

    @Test
    void nullArgumentsAreNamed() {
        RedisOtpStore store = RedisOtpStore.create(Redis.flushedClient());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StoredOtp otp = entry(now);
        assertThatThrownBy(() -> store.put(null, now)).hasMessage("otp");
        assertThatThrownBy(() -> store.put(otp, null)).hasMessage("retainUntil");
        assertThatThrownBy(() -> store.putIfAbsent(otp, null)).hasMessage("retainUntil");
        assertThatThrownBy(() -> store.compareAndSet(otp, otp, null)).hasMessage("retainUntil");
        assertThatThrownBy(() -> store.increment("k", 1, Duration.ofMinutes(1), null))
                .hasMessage("now");
        assertThatThrownBy(() -> store.read("k", null)).hasMessage("now");
        assertThatThrownBy(() -> store.purgeExpired(null)).hasMessage("now");
        assertThat(store.get("34666555444", "shop")).isEmpty();
    }

    @Test
    void theServerClockIsTheStoreClock() {
        assertThat(RedisOtpStore.create(Redis.client()).time())
                .hasValueSatisfying(t ->
                        assertThat(Duration.between(Instant.now(), t).abs()).isLessThan(Duration.ofSeconds(5)));
    }
}
