/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench.report;

import dev.septet.bench.Input;
import dev.septet.bench.Messages;
import dev.septet.bench.Peer;
import dev.septet.sms.EncodedPart;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The performance goals, each checked against one run's results and reported as MET, MISSED or NOT RUN. */
final class Targets {
    private Targets() {
    }

    static List<String> check(Map<String, Map<Peer, ResultsChart.Row>> groups) {
        List<String> out = new ArrayList<>();
        ResultsChart.Row count = row(groups, "Analyze.countParts GSM_160", Peer.SEPTET);
        ResultsChart.Row canRepresent = row(groups, "Analyze.canRepresent GSM_160", Peer.CLOUDHOPPER);
        ResultsChart.Row countByEncode = row(groups, "Analyze.countParts GSM_160", Peer.CLOUDHOPPER);
        if (count != null) {
            out.add(verdict(count.bytes() < 1, String.format(Locale.ROOT,
                    "count-only analysis of the 160-char GSM message allocates 0 B/op: %.3f B/op", count.bytes())));
        }
        if (count != null && canRepresent != null) {
            out.add(verdict(count.nanos() < canRepresent.nanos(), String.format(Locale.ROOT,
                    "countParts faster than cloudhopper canRepresent: %.1f ns vs %.1f ns (%.2fx)", count.nanos(),
                    canRepresent.nanos(), canRepresent.nanos() / count.nanos())));
        }
        if (count != null && countByEncode != null) {
            double ratio = countByEncode.nanos() / count.nanos();
            out.add(verdict(ratio >= 50, String.format(Locale.ROOT,
                    "countParts >= 50x faster than counting by cloudhopper encode: %.1fx (%.1f ns vs %.1f ns)",
                    ratio, count.nanos(), countByEncode.nanos())));
        }
        long outputArrays = outputArrayBytes(Messages.GSM_160);
        for (Input input : List.of(Input.GSM_160, Input.GSM_EXTENSION)) {
            ResultsChart.Row septet = row(groups, "Encode.packed " + input, Peer.SEPTET);
            ResultsChart.Row jcharset = row(groups, "Encode.packed " + input, Peer.JCHARSET);
            if (septet != null && jcharset != null) {
                double ratio = jcharset.nanos() / septet.nanos();
                out.add(verdict(ratio >= 5, String.format(Locale.ROOT,
                        "packed encoding (%s) >= 5x jcharset SCPGSM throughput: %.2fx (%.1f ns vs %.1f ns)", input,
                        ratio, septet.nanos(), jcharset.nanos())));
            }
            if (septet != null && input == Input.GSM_160) {
                out.add(verdict(septet.bytes() <= outputArrays, String.format(Locale.ROOT,
                        "packed encoding (GSM_160) allocates no more than its output arrays: %.0f B/op vs %d B"
                                + " (user data array)", septet.bytes(), outputArrays)));
            }
        }
        ResultsChart.Row ucs2 = row(groups, "Encode.ucs2 UCS2_EMOJI", Peer.SEPTET);
        ResultsChart.Row jdk = row(groups, "Encode.ucs2 UCS2_EMOJI", Peer.JDK);
        if (ucs2 != null && jdk != null) {
            double ratio = ucs2.nanos() / jdk.nanos();
            out.add(verdict(ratio <= 1.5, String.format(Locale.ROOT,
                    "UCS-2 encoding within 1.5x of getBytes(UTF_16BE): %.2fx (%.1f ns vs %.1f ns)", ratio,
                    ucs2.nanos(), jdk.nanos())));
        }
        boolean otp = false;
        for (String op : List.of("Otp.generateAndCheckRight -", "Otp.generateAndCheckWrong -")) {
            ResultsChart.Row pair = row(groups, op, Peer.SEPTET);
            if (pair != null) {
                otp = true;
                double perSecond = 1e9 / pair.nanos();
                out.add(verdict(perSecond >= 200_000, String.format(Locale.ROOT,
                        "OTP in memory >= 200,000 generate+check pairs/s on one thread (%s): %,.0f pairs/s",
                        op.contains("Right") ? "right code" : "wrong code", perSecond)));
            }
        }
        ResultsChart.Row footprint = row(groups, "OtpFootprint.pendingCodes -", Peer.SEPTET);
        if (footprint != null) {
            out.add(String.format(Locale.ROOT, "REPORTED: heap per pending code with %,d pending codes: %,.0f bytes",
                    dev.septet.bench.OtpFootprintBenchmark.CODES, footprint.heapBytesPerPendingCode()));
        }
        if (!otp) {
            out.add("NOT RUN: OTP targets: no OTP benchmark results in this file");
        }
        return out;
    }

    /** The heap size of the user data arrays Septet must return: 16-byte array header, 8-byte alignment. */
    private static long outputArrayBytes(String text) {
        long total = 0;
        for (EncodedPart part : Sms.encode(text, SmsOptions.defaults(), 0)) {
            total += (16 + part.userData().length + 7) / 8 * 8;
        }
        return total;
    }

    private static ResultsChart.Row row(Map<String, Map<Peer, ResultsChart.Row>> groups, String key, Peer peer) {
        Map<Peer, ResultsChart.Row> group = groups.get(key);
        return group == null ? null : group.get(peer);
    }

    private static String verdict(boolean met, String text) {
        return (met ? "MET: " : "MISSED: ") + text;
    }
}
