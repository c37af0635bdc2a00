/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the text scans over random texts built from the pieces that matter to them (scheme, shortener
 * domains, dots, slashes, at signs, quotes, spaces, STOP line words), with a fixed seed.
 */
class TextScanPropertyTest {

    private static final long SEED = 0x5E97E7L;
    private static final String[] PIECES = {
        "http://",
        "HTTPS://",
        "bit.ly",
        "Bit.Ly",
        "tinyurl.com",
        "t.co",
        ".",
        "/",
        "?",
        "#",
        ":",
        "@",
        "(",
        ")",
        "\"",
        "'",
        " ",
        "\n",
        "\u00A0",
        "www.",
        "or",
        "x",
        "STOP",
        "au",
        "36180",
        "-",
        "\u00AB",
        "\u00BB",
        "\u2026",
        "\uD83D\uDE00",
        "\uD83D"
    };
    private static final Set<String> DOMAINS = RuleTable.defaults().publicShortenerDomains();

    private static Gen<String> texts() {
        return lists().of(integers().between(0, PIECES.length - 1))
                .ofSizeBetween(0, 24)
                .map(list -> {
                    StringBuilder s = new StringBuilder();
                    for (int i : list) {
                        s.append(PIECES[i]);
                    }
                    return s.toString();
                });
    }

    @Test
    void everyShortenerHitIsASpanOfTheTextWhoseHostIsAListedDomain() {
        qt().withFixedSeed(SEED).withExamples(20_000).forAll(texts()).checkAssert(text -> {
            List<ShortenerScanner.Hit> hits = ShortenerScanner.find(text, DOMAINS);
            int previousEnd = 0;
            for (ShortenerScanner.Hit hit : hits) {
                assertThat(hit.span().start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(hit.span().end())
                        .isLessThanOrEqualTo(text.length())
                        .isGreaterThan(hit.span().start());
                assertThat(DOMAINS).contains(hit.domain());
                String link =
                        text.substring(hit.span().start(), hit.span().end()).toLowerCase(Locale.ROOT);
                assertThat(link).contains(hit.domain());
                assertThat(link).doesNotContainAnyWhitespaces();
                previousEnd = hit.span().end();
            }
        });
    }

    @Test
    void anAppendedStopLineIsAlwaysFound() {
        qt().withFixedSeed(SEED)
                .withExamples(20_000)
                .forAll(texts())
                .checkAssert(text -> assertThat(StopLines.endsWithLine(
                                StopLines.append(text, "STOP au", "36180"), "STOP au", Optional.of("36180")))
                        .isTrue());
    }
}
