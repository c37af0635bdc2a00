/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report reads JMH's JSON shape and derives every figure from it. */
class ResultsChartTest {
    private static String result(String benchmark, String peer, String input, double ns, double bytes) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"dev.septet.bench." + benchmark + "\",\"mode\":\"avgt\","
                + "\"threads\":1,\"forks\":1,\"jdkVersion\":\"17\",\"vmName\":\"VM\",\"vmVersion\":\"17\","
                + "\"warmupIterations\":3,\"warmupTime\":\"1 s\",\"measurementIterations\":5,"
                + "\"measurementTime\":\"1 s\",\"params\":{\"input\":\"" + input + "\",\"peer\":\"" + peer + "\"},"
                + "\"primaryMetric\":{\"score\":" + ns + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ns/op\"},"
                + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + bytes + ",\"scoreUnit\":\"B/op\"}}}";
    }

    private static final String JSON = "[" + result("EncodeBenchmark.packed", "SEPTET", "GSM_160", 100.0, 160.0) + ",\n"
            + result("EncodeBenchmark.packed", "JCHARSET", "GSM_160", 600.0, 1.8e3) + "]";

    @Test
    void tableHasRatiosAndTargetsFromTheJson() {
        List<?> json = (List<?>) Json.parse(JSON);
        String md = ResultsChart.markdown(ResultsChart.rows(json), json, "the command");
        assertThat(md)
                .contains("| Encode.packed | GSM_160 | 100 ns, 160 B |  | 600 ns, 1,800 B |  | jcharset 6.00x |")
                .contains("- Command: `the command`")
                .contains("#### Performance goals")
                .contains(
                        "MISSED: Encode.packed on GSM_160 vs jcharset, at least 8x faster: 6.00x (100.0 ns vs 600.0 ns)")
                .contains("MET: Encode.packed on GSM_160 allocates only its output (1 parts:")
                .contains("NOT RUN: countParts on GSM_160 vs cloudhopper's yes/no canRepresent, at least 2x faster")
                .doesNotContain("issue");
        assertThat(ResultsChart.svg(ResultsChart.rows(json)))
                .startsWith("<svg")
                .endsWith("</svg>\n")
                .contains(">600<");
    }

    @Test
    void aThirdParameterNamesTheRowSoLanguageSettingsDoNotCollide() {
        String none = result("AnalyzeBenchmark.countPartsLanguages", "SEPTET", "GSM_160", 50.0, 0.0)
                .replace("\"peer\":\"SEPTET\"", "\"enabled\":\"NONE\"");
        String all = result("AnalyzeBenchmark.countPartsLanguages", "SEPTET", "GSM_160", 60.0, 0.0)
                .replace("\"peer\":\"SEPTET\"", "\"enabled\":\"ALL\"");
        List<?> json = (List<?>) Json.parse("[" + none + "," + all + "]");
        String md = ResultsChart.markdown(ResultsChart.rows(json), json, "the command");
        assertThat(md)
                .contains("| Analyze.countPartsLanguages [NONE] | GSM_160 | 50 ns, 0 B |")
                .contains("| Analyze.countPartsLanguages [ALL] | GSM_160 | 60 ns, 0 B |")
                .contains("MET: countParts with all 13 languages enabled vs none, on GSM_160, at most 1.3x the time:"
                        + " 1.20x")
                .contains("NOT RUN: countParts with all 13 languages enabled vs none, on GSM_EXTENSION");
    }

    private static String otp(String benchmark, String params, double ns) {
        return result(benchmark, "SEPTET", "-", ns, 0.0)
                .replace("\"params\":{\"input\":\"-\",\"peer\":\"SEPTET\"}", "\"params\":{" + params + "}");
    }

    @Test
    void otherParametersNameTheRowsAndTheStoreAndGuardGoalsReadThem() {
        String json = "["
                + otp("OtpJdbcBenchmark.generateAndCheckRight2Threads", "\"store\":\"POSTGRES\"", 700_000.0) + ","
                + otp("OtpJdbcBenchmark.generateAndCheckRight2Threads", "\"store\":\"REDIS\"", 100_000.0) + ","
                + otp("OtpJdbcBenchmark.roundTrip2Threads", "\"store\":\"POSTGRES\"", 80_000.0) + ","
                + otp("OtpJdbcBenchmark.roundTrip2Threads", "\"store\":\"REDIS\"", 50_000.0) + ","
                + otp("OtpGuardBenchmark.generate", "\"guard\":\"NONE\",\"country\":\"GB\"", 5_000.0) + ","
                + otp("OtpGuardBenchmark.generate", "\"guard\":\"DEFAULTS\",\"country\":\"GB\"", 12_000.0)
                + "]";
        List<?> parsed = (List<?>) Json.parse(json);
        String md = ResultsChart.markdown(ResultsChart.rows(parsed), parsed, "the command");
        assertThat(md)
                .contains("| OtpJdbc.generateAndCheckRight2Threads [store=REDIS] |")
                .contains("| OtpGuard.generate [country=GB, guard=DEFAULTS] |")
                .contains("MET: Redis store vs the PostgreSQL store, generate+check on 2 threads (right code), at least"
                        + " 5x faster: 7.00x")
                .contains("REPORTED: round trips on 2 threads: Redis PING 50000.0 ns, PostgreSQL SELECT 1 80000.0 ns"
                        + " (1.60x); the most a three-call Redis pair can gain on this PostgreSQL pair: 4.67x")
                .contains("MISSED: generate with the SMS-pumping guard's defaults vs without a guard, in memory, GB"
                        + " numbers, at most 2x the time: 2.40x")
                .contains("NOT RUN: generate with the SMS-pumping guard's defaults vs without a guard, in memory, ES");
    }

    @Test
    void anAllowanceIsMetDespiteJmhsFractionOfAByteAndMissedByOneByte() {
        String goal = "Encode.packed on GSM_160 allocates only its output (1 parts:";
        for (double bytes : new double[] {248.004, 249.0}) {
            List<?> json = (List<?>)
                    Json.parse("[" + result("EncodeBenchmark.packed", "SEPTET", "GSM_160", 100.0, bytes) + "]");
            String md = ResultsChart.markdown(ResultsChart.rows(json), json, "the command");
            assertThat(md).contains((bytes < 249 ? "MET: " : "MISSED: ") + goal);
        }
    }

    @Test
    void readerHandlesEscapesNumbersAndLiterals() {
        assertThat(Json.parse("{\"a\":[1,-2.5e1,true,false,null,\"x\\\"\\u0041\\n\"]}"))
                .isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, -25.0, true, false, null, "x\"A\n")));
        assertThatThrownBy(() -> Json.parse("[1,]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1, column 4");
        assertThatThrownBy(() -> Json.parse("{} x")).isInstanceOf(IllegalArgumentException.class);
    }
}
