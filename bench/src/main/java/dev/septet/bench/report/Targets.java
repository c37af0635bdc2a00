/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench.report;

import dev.septet.bench.Input;
import dev.septet.bench.Messages;
import dev.septet.bench.Peer;
import dev.septet.sms.EncodedPart;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The performance goals, each checked against one run's results and reported as MET, MISSED or NOT RUN (a goal
 * whose benchmarks are not in the file). Every goal is a ratio between two rows of the same run, or an allocation.
 */
final class Targets {
    /** The most a part may allocate besides its arrays: the part object itself (a small fixed-size object). */
    static final int PART_OBJECT_BYTES = 64;

    private Targets() {}

    /** A row looked up by operation, input and peer. */
    private static final class Rows {
        private final Map<String, Map<Peer, ResultsChart.Row>> groups;

        Rows(Map<String, Map<Peer, ResultsChart.Row>> groups) {
            this.groups = groups;
        }

        ResultsChart.Row get(String operation, Object input, Peer peer) {
            Map<Peer, ResultsChart.Row> group = groups.get(operation + " " + input);
            return group == null ? null : group.get(peer);
        }

        ResultsChart.Row septet(String operation, Object input) {
            return get(operation, input, Peer.SEPTET);
        }
    }

    static List<String> check(Map<String, Map<Peer, ResultsChart.Row>> groups) {
        Rows rows = new Rows(groups);
        List<String> out = new ArrayList<>();
        counting(rows, out);
        languages(rows, out);
        encoding(rows, out);
        analysis(rows, out);
        scaling(rows, out);
        otp(rows, out);
        stores(rows, out);
        guard(rows, out);
        return out;
    }

    private static void counting(Rows rows, List<String> out) {
        ResultsChart.Row count = rows.septet("Analyze.countParts", Input.GSM_160);
        allocatesNothing(out, "countParts on GSM_160", count);
        atLeast(
                out,
                "countParts on GSM_160 vs cloudhopper's yes/no canRepresent",
                2,
                rows.get("Analyze.canRepresent", Input.GSM_160, Peer.CLOUDHOPPER),
                count);
        atMost(
                out,
                "countParts on GSM_160 vs the JDK's getBytes(ISO_8859_1) copy of the same text",
                4,
                count,
                rows.get("Analyze.copyFloor", Input.GSM_160, Peer.JDK));
        ResultsChart.Row exact = rows.get("Analyze.exactCopyFloor", Input.GSM_160, Peer.JDK);
        ResultsChart.Row canRepresent = rows.get("Analyze.canRepresent", Input.GSM_160, Peer.CLOUDHOPPER);
        ResultsChart.Row copy = rows.get("Analyze.copyFloor", Input.GSM_160, Peer.JDK);
        if (exact != null && canRepresent != null && copy != null) {
            // what any counter that allocates nothing pays before it looks at a character, on JDK 17's public API
            out.add(String.format(
                    Locale.ROOT,
                    "REPORTED: the exact copy of GSM_160 into reused buffers (no allocation) alone: %.1f ns, %.2fx"
                            + " the allocating getBytes copy; the two goals above ask countParts for at most %.1f ns"
                            + " and %.1f ns",
                    exact.nanos(),
                    exact.nanos() / copy.nanos(),
                    canRepresent.nanos() / 2,
                    4 * copy.nanos()));
        }
        atLeast(
                out,
                "countParts on GSM_160 vs counting by cloudhopper's encode",
                50,
                rows.get("Analyze.countParts", Input.GSM_160, Peer.CLOUDHOPPER),
                count);
    }

    private static void languages(Rows rows, List<String> out) {
        for (Input input : List.of(Input.GSM_160, Input.GSM_EXTENSION)) {
            ResultsChart.Row all = rows.septet("Analyze.countPartsLanguages [ALL]", input);
            atMost(
                    out,
                    "countParts with all 13 languages enabled vs none, on " + input,
                    1.3,
                    all,
                    rows.septet("Analyze.countPartsLanguages [NONE]", input));
            allocatesNothing(
                    out,
                    "countParts with all 13 languages enabled, on " + input + " (the default tables carry it)",
                    all);
        }
        ResultsChart.Row national = rows.septet("Analyze.countPartsNational", Input.PORTUGUESE);
        ResultsChart.Row count = rows.septet("Analyze.countParts", Input.GSM_160);
        if (national == null || count == null) {
            out.add("NOT RUN: countPartsNational on PORTUGUESE vs countParts on GSM_160, per character");
        } else {
            double perCharNational = national.nanos() / Input.PORTUGUESE.characters();
            double perChar = count.nanos() / Input.GSM_160.characters();
            out.add(verdict(
                    perCharNational <= 2 * perChar,
                    String.format(
                            Locale.ROOT,
                            "countPartsNational on PORTUGUESE at most 2x countParts on GSM_160 per character: %.2fx"
                                    + " (%.3f ns/char vs %.3f ns/char)",
                            perCharNational / perChar,
                            perCharNational,
                            perChar)));
        }
        allocatesNothing(out, "countPartsNational on PORTUGUESE", national);
    }

    private static void encoding(Rows rows, List<String> out) {
        atLeast(
                out,
                "Encode.packed on GSM_160 vs jcharset",
                8,
                rows.get("Encode.packed", Input.GSM_160, Peer.JCHARSET),
                rows.septet("Encode.packed", Input.GSM_160));
        atLeast(
                out,
                "Encode.packed on GSM_EXTENSION vs jcharset",
                4,
                rows.get("Encode.packed", Input.GSM_EXTENSION, Peer.JCHARSET),
                rows.septet("Encode.packed", Input.GSM_EXTENSION));
        for (Input input : List.of(Input.GSM_160, Input.GSM_EXTENSION)) {
            outputOnly(out, "Encode.packed on " + input, rows.septet("Encode.packed", input), input.text(), Set.of());
        }
        outputOnly(
                out,
                "Encode.packedLong on GSM_16000",
                rows.septet("Encode.packedLong", Input.GSM_16000),
                Messages.GSM_16000,
                Set.of());
        outputOnly(
                out,
                "Encode.packedNational on PORTUGUESE",
                rows.septet("Encode.packedNational", Input.PORTUGUESE),
                Messages.PORTUGUESE,
                Set.of(NationalLanguage.PORTUGUESE));
        for (Input input : List.of(Input.GSM_160, Input.GSM_1600)) {
            atLeast(
                    out,
                    "Charset.encode (GSM-7) on " + input + " vs jcharset",
                    2,
                    rows.get("Charset.encode", input, Peer.JCHARSET),
                    rows.septet("Charset.encode", input));
        }
        atMost(
                out,
                "Encode.ucs2 on UCS2_EMOJI vs the JDK's getBytes(UTF_16BE)",
                1.5,
                rows.septet("Encode.ucs2", Input.UCS2_EMOJI),
                rows.get("Encode.ucs2", Input.UCS2_EMOJI, Peer.JDK));
    }

    private static void analysis(Rows rows, List<String> out) {
        atMost(
                out,
                "analyze on PORTUGUESE vs countParts on the same input and options",
                2,
                rows.septet("Analyze.analyze", Input.PORTUGUESE),
                rows.septet("Analyze.countPartsNational", Input.PORTUGUESE));
        atMost(
                out,
                "analyze on UCS2_EMOJI vs countParts on the same input",
                2,
                rows.septet("Analyze.analyze", Input.UCS2_EMOJI),
                rows.septet("Analyze.countParts", Input.UCS2_EMOJI));
    }

    private static void scaling(Rows rows, List<String> out) {
        perCharacter(
                out,
                "countParts",
                rows.septet("Analyze.countParts", Input.GSM_160),
                rows.septet("Analyze.countParts", Input.GSM_16000));
        perCharacter(
                out,
                "split",
                rows.septet("Split.split", Input.GSM_160),
                rows.septet("Split.splitLong", Input.GSM_16000));
        perCharacter(
                out,
                "encode (packed)",
                rows.septet("Encode.packed", Input.GSM_160),
                rows.septet("Encode.packedLong", Input.GSM_16000));
    }

    private static void otp(Rows rows, List<String> out) {
        boolean otp = false;
        for (String op : List.of("Otp.generateAndCheckRight", "Otp.generateAndCheckWrong")) {
            ResultsChart.Row pair = rows.septet(op, "-");
            if (pair != null) {
                otp = true;
                double perSecond = 1e9 / pair.nanos();
                out.add(verdict(
                        perSecond >= 200_000,
                        String.format(
                                Locale.ROOT,
                                "OTP in memory >= 200,000 generate+check pairs/s on one thread (%s): %,.0f pairs/s",
                                op.contains("Right") ? "right code" : "wrong code",
                                perSecond)));
            }
        }
        ResultsChart.Row footprint = rows.septet("OtpFootprint.pendingCodes", "-");
        if (footprint != null) {
            out.add(String.format(
                    Locale.ROOT,
                    "REPORTED: heap per pending code with %,d pending codes: %,.0f bytes",
                    dev.septet.bench.OtpFootprintBenchmark.CODES,
                    footprint.heapBytesPerPendingCode()));
        }
        if (!otp) {
            out.add("NOT RUN: OTP goals: no OTP benchmark results in this file");
        }
    }

    private static void stores(Rows rows, List<String> out) {
        atLeast(
                out,
                "Redis store vs the PostgreSQL store, generate+check on 2 threads (right code)",
                5,
                rows.septet("OtpJdbc.generateAndCheckRight2Threads [store=POSTGRES]", "-"),
                rows.septet("OtpJdbc.generateAndCheckRight2Threads [store=REDIS]", "-"));
        ResultsChart.Row postgresPair = rows.septet("OtpJdbc.generateAndCheckRight2Threads [store=POSTGRES]", "-");
        ResultsChart.Row redisTrip = rows.septet("OtpJdbc.roundTrip2Threads [store=REDIS]", "-");
        ResultsChart.Row postgresTrip = rows.septet("OtpJdbc.roundTrip2Threads [store=POSTGRES]", "-");
        if (postgresPair != null && redisTrip != null && postgresTrip != null) {
            // a pair is three store calls on either store, and none can cost less than the server's cheapest round trip
            out.add(String.format(
                    Locale.ROOT,
                    "REPORTED: round trips on 2 threads: Redis PING %.1f ns, PostgreSQL SELECT 1 %.1f ns (%.2fx);"
                            + " the most a three-call Redis pair can gain on this PostgreSQL pair: %.2fx",
                    redisTrip.nanos(),
                    postgresTrip.nanos(),
                    postgresTrip.nanos() / redisTrip.nanos(),
                    postgresPair.nanos() / (3 * redisTrip.nanos())));
        }
    }

    private static void guard(Rows rows, List<String> out) {
        for (String country : List.of("GB", "ES")) {
            atMost(
                    out,
                    "generate with the SMS-pumping guard's defaults vs without a guard, in memory, " + country
                            + " numbers",
                    2,
                    rows.septet("OtpGuard.generate [country=" + country + ", guard=DEFAULTS]", "-"),
                    rows.septet("OtpGuard.generate [country=" + country + ", guard=NONE]", "-"));
        }
    }

    /** Goal: {@code peer} takes at least {@code factor} times as long as {@code septet}. */
    private static void atLeast(
            List<String> out, String what, double factor, ResultsChart.Row peer, ResultsChart.Row septet) {
        if (peer == null || septet == null) {
            out.add(String.format(Locale.ROOT, "NOT RUN: %s, at least %sx faster", what, factor(factor)));
            return;
        }
        double ratio = peer.nanos() / septet.nanos();
        out.add(verdict(
                ratio >= factor,
                String.format(
                        Locale.ROOT,
                        "%s, at least %sx faster: %.2fx (%.1f ns vs" + " %.1f ns)",
                        what,
                        factor(factor),
                        ratio,
                        septet.nanos(),
                        peer.nanos())));
    }

    /** Goal: {@code septet} takes at most {@code factor} times as long as {@code baseline}. */
    private static void atMost(
            List<String> out, String what, double factor, ResultsChart.Row septet, ResultsChart.Row baseline) {
        if (septet == null || baseline == null) {
            out.add(String.format(Locale.ROOT, "NOT RUN: %s, at most %sx the time", what, factor(factor)));
            return;
        }
        double ratio = septet.nanos() / baseline.nanos();
        out.add(verdict(
                ratio <= factor,
                String.format(
                        Locale.ROOT,
                        "%s, at most %sx the time: %.2fx (%.1f ns vs" + " %.1f ns)",
                        what,
                        factor(factor),
                        ratio,
                        septet.nanos(),
                        baseline.nanos())));
    }

    private static void allocatesNothing(List<String> out, String what, ResultsChart.Row row) {
        if (row == null) {
            out.add("NOT RUN: " + what + " allocates 0 B/op");
        } else {
            // JMH's normalised allocation has a fraction of a byte of noise per operation
            out.add(verdict(
                    row.bytes() < 1, String.format(Locale.ROOT, "%s allocates 0 B/op: %.3f B/op", what, row.bytes())));
        }
    }

    /** Goal: the only allocation is the output arrays plus one small object per part (and the list of parts). */
    private static void outputOnly(
            List<String> out, String what, ResultsChart.Row row, String text, Set<NationalLanguage> languages) {
        if (row == null) {
            out.add("NOT RUN: " + what + " allocates only its output");
            return;
        }
        List<EncodedPart> parts = Sms.encode(text, SmsOptions.defaults().withLanguages(languages), 0);
        boolean single = parts.size() == 1;
        long allowed = single ? 24 : 16 + arrayBytes(4L * parts.size()); // the immutable list of parts
        for (EncodedPart part : parts) {
            // the header is inside the user data, and a part's text is made only when asked for
            allowed += arrayBytes(part.userData().length) + PART_OBJECT_BYTES;
        }
        out.add(verdict(
                row.bytes() < allowed + 1, // JMH's own bookkeeping adds a fraction of a byte per operation
                String.format(
                        Locale.ROOT,
                        "%s allocates only its output (%d parts:"
                                + " a user data array and a part object each, and the list): %,.0f B/op vs %,d B allowed",
                        what,
                        parts.size(),
                        row.bytes(),
                        allowed)));
    }

    private static void perCharacter(
            List<String> out, String what, ResultsChart.Row short160, ResultsChart.Row long16000) {
        if (short160 == null || long16000 == null) {
            out.add("NOT RUN: " + what + " ns per character at 16,000 characters within 1.2x of 160");
            return;
        }
        double at160 = short160.nanos() / Input.GSM_160.characters();
        double at16000 = long16000.nanos() / Input.GSM_16000.characters();
        out.add(verdict(
                at16000 <= 1.2 * at160,
                String.format(
                        Locale.ROOT,
                        "%s ns per character at 16,000"
                                + " characters within 1.2x of 160: %.2fx (%.3f vs %.3f ns/char)",
                        what,
                        at16000 / at160,
                        at16000,
                        at160)));
    }

    private static String factor(double factor) {
        return factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor);
    }

    /** The heap size of an array of {@code bytes} payload: 16-byte header, 8-byte alignment. */
    private static long arrayBytes(long bytes) {
        return (16 + bytes + 7) / 8 * 8;
    }

    private static String verdict(boolean met, String text) {
        return (met ? "MET: " : "MISSED: ") + text;
    }
}
