/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeKeysTest {
    @Test
    void prefixKeysNameTheBlockOfTheNumber() {
        ScopeKeys k = ScopeKeys.prefix("447400123456", 9);

        assertThat(k.key).isEqualTo("447400123");
        assertThat(k.rate).isEqualTo("septet-guard:rate:prefix:447400123");
        assertThat(k.block).isEqualTo("septet-guard:block:prefix:447400123");
        assertThat(k.generated(7).now()).isEqualTo("septet-guard:generated:prefix:447400123:7");
        assertThat(k.generated(7).before()).isEqualTo("septet-guard:generated:prefix:447400123:6");
        assertThat(ScopeKeys.prefix("447400123999", 9)).isSameAs(k);
    }

    @Test
    void aShorterBlockOfTheSameDigitsIsAnotherScope() {
        ScopeKeys nine = ScopeKeys.prefix("447400123456", 9);
        ScopeKeys eight = ScopeKeys.prefix("447400123456", 8);

        assertThat(eight.key).isEqualTo("44740012");
        assertThat(ScopeKeys.prefix("447400123456", 9).key).isEqualTo(nine.key);
    }

    @Test
    void blocksThatShareASlotEachGetTheirOwnKeys() {
        // walk numbers until two blocks land in one slot, then alternate between them
        Map<Integer, String> bySlot = new HashMap<>();
        String first = null;
        String second = null;
        for (int i = 0; second == null; i++) {
            String block = Integer.toString(100_000_000 + i);
            int h = block.hashCode();
            String other = bySlot.putIfAbsent((h ^ (h >>> 16)) & 1023, block);
            if (other != null) {
                first = other;
                second = block;
            }
        }
        for (int round = 0; round < 3; round++) {
            assertThat(ScopeKeys.prefix(first + "123", 9).rate).isEqualTo("septet-guard:rate:prefix:" + first);
            assertThat(ScopeKeys.prefix(second + "123", 9).rate).isEqualTo("septet-guard:rate:prefix:" + second);
        }
    }

    @Test
    void clientKeysAreCachedByValue() {
        ScopeKeys k = ScopeKeys.client("203.0.113.7");

        assertThat(k.rate).isEqualTo("septet-guard:rate:client:203.0.113.7");
        assertThat(ScopeKeys.client(new String("203.0.113.7"))).isSameAs(k);
        assertThat(ScopeKeys.client("203.0.113.8").rate).isEqualTo("septet-guard:rate:client:203.0.113.8");
    }
}
