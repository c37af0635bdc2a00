/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings' ranges, each at its bounds, and the values records refuse. */
class LimitsTest {
    @Test
    void rateLimitBounds() {
        assertThat(RateLimit.of(1, Duration.ofSeconds(1)).isOn()).isTrue();
        assertThat(RateLimit.of(RateLimit.MAX_CODES, Duration.ofDays(30)).maxCodes())
                .isEqualTo(1_000_000_000);
        assertThat(RateLimit.off().isOn()).isFalse();
        assertThatThrownBy(() -> RateLimit.of(0, Duration.ofSeconds(1))).hasMessageContaining("RateLimit.off()");
        assertThatThrownBy(() -> RateLimit.of(RateLimit.MAX_CODES + 1, Duration.ofSeconds(1)))
                .hasMessageContaining("maxCodes")
                .hasMessageContaining("was 1000000001");
        assertThatThrownBy(() -> RateLimit.of(1, Duration.ofMillis(999))).hasMessageContaining("window");
        assertThatThrownBy(() -> RateLimit.of(1, Duration.ofDays(30).plusMillis(1)))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> RateLimit.of(1, Duration.ofSeconds(1).plusNanos(1)))
                .hasMessageContaining("whole milliseconds");
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofSeconds(1))).hasMessageContaining("zero");
        assertThatThrownBy(() -> new RateLimit(-1, Duration.ZERO)).hasMessageContaining("was -1");
        assertThatThrownBy(() -> RateLimit.of(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void conversionLimitBounds() {
        Duration hour = Duration.ofHours(1);
        assertThat(ConversionLimit.of(1, 1, Duration.ofMinutes(1), Duration.ofSeconds(1))
                        .isOn())
                .isTrue();
        assertThat(ConversionLimit.of(1_000_000, 100, Duration.ofDays(7), Duration.ofDays(30))
                        .isOn())
                .isTrue();
        assertThat(ConversionLimit.off().isOn()).isFalse();
        assertThatThrownBy(() -> ConversionLimit.of(0, 20, hour, hour)).hasMessageContaining("off()");
        assertThatThrownBy(() -> ConversionLimit.of(1_000_001, 20, hour, hour)).hasMessageContaining("minGenerated");
        assertThatThrownBy(() -> ConversionLimit.of(30, 0, hour, hour)).hasMessageContaining("minVerifiedPercent");
        assertThatThrownBy(() -> ConversionLimit.of(30, 101, hour, hour)).hasMessageContaining("was 101");
        assertThatThrownBy(() -> ConversionLimit.of(30, 20, Duration.ofSeconds(59), hour))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> ConversionLimit.of(30, 20, Duration.ofDays(7).plusMillis(1), hour))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> ConversionLimit.of(30, 20, hour, Duration.ofMillis(999)))
                .hasMessageContaining("coolDown");
        assertThatThrownBy(() -> ConversionLimit.of(30, 20, hour, Duration.ofDays(31)))
                .hasMessageContaining("coolDown");
        assertThatThrownBy(() -> new ConversionLimit(0, 5, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("0 when minGenerated is 0");
    }

    @Test
    void conversionBlocksBelowTheShareOnly() {
        ConversionLimit c = ConversionLimit.of(30, 20, Duration.ofHours(1), Duration.ofHours(1));
        assertThat(c.blocks(29, 0)).isFalse();
        assertThat(c.blocks(30, 5)).isTrue();
        assertThat(c.blocks(30, 6)).isFalse();
        assertThat(c.blocks(31, 6)).isTrue(); // 6/31 = 19.4%
        assertThat(ConversionLimit.of(1, 100, Duration.ofHours(1), Duration.ofHours(1))
                        .blocks(1, 1))
                .isFalse();
        assertThat(ConversionLimit.off().blocks(1_000, 0)).isFalse();
        assertThat(c.blocks(4_000_000_000L, 0)).isTrue();
    }

    @Test
    void refusalAndAutoBlockCheckTheirFields() {
        Instant t = Instant.EPOCH;
        assertThatThrownBy(() -> new Refusal(Rule.NUMBER_TYPE, "PAGER", 0, 0, Optional.of(t)))
                .hasMessageContaining("empty for NUMBER_TYPE");
        assertThatThrownBy(() -> new Refusal(Rule.GLOBAL_VELOCITY, "global", 1, 1, Optional.empty()))
                .hasMessageContaining("present for GLOBAL_VELOCITY");
        assertThatThrownBy(() -> new Refusal(Rule.GLOBAL_VELOCITY, "global", -1, 1, Optional.of(t)))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new AutoBlock(Rule.GLOBAL_VELOCITY, "ES", 1, 0, t))
                .hasMessageContaining("COUNTRY_AUTO_BLOCK or PREFIX_AUTO_BLOCK");
        assertThatThrownBy(() -> new AutoBlock(Rule.COUNTRY_AUTO_BLOCK, "ES", 1, 2, t))
                .hasMessageContaining("was 2");
        assertThat(Rule.COUNTRY_NOT_ALLOWED.isPermanent()).isTrue();
        assertThat(Rule.COUNTRY_AUTO_BLOCK.isPermanent()).isFalse();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Guard g = Guard.defaults();
        assertThat(g.globalLimit()).isEqualTo(RateLimit.of(1_000, Duration.ofMinutes(1)));
        assertThat(g.countryLimit()).isEqualTo(RateLimit.of(1_000, Duration.ofHours(1)));
        assertThat(g.prefixLimit()).isEqualTo(RateLimit.of(20, Duration.ofHours(1)));
        assertThat(g.clientLimit()).isEqualTo(RateLimit.of(20, Duration.ofHours(1)));
        assertThat(g.blockSuffixDigits()).isEqualTo(3);
        assertThat(g.countryConversion())
                .isEqualTo(ConversionLimit.of(30, 20, Duration.ofHours(1), Duration.ofHours(1)));
        assertThat(g.prefixConversion())
                .isEqualTo(ConversionLimit.of(10, 20, Duration.ofHours(1), Duration.ofHours(1)));
        assertThat(g.internationalNetworksBlocked()).isTrue();
        assertThat(g.invalidNumbersBlocked()).isTrue();
        assertThat(g.listener()).isSameAs(GuardListener.none());
        assertThat(g.toString()).contains("prefixLimit=RateLimit[maxCodes=20, window=PT1H]");
        Guard none = Guard.none();
        assertThat(none.blockedTypes()).isEmpty();
        assertThat(none.globalLimit().isOn()).isFalse();
        assertThat(none.countryConversion().isOn()).isFalse();
    }
}
