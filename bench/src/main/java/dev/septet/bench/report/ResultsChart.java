/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench.report;

import dev.septet.bench.Input;
import dev.septet.bench.Peer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns a JMH JSON result file ({@code -rf json}, with {@code -prof gc}) into {@code results.md} (a Markdown
 * table: operation, input, each peer's time and allocation, ratio against Septet; the ns-per-character scaling;
 * the performance goals, each checked) and {@code chart.svg} (bars on a log scale). Every number comes from the
 * JSON; nothing is copied by hand.
 *
 * <p>Run after a benchmark run, on the same machine (the CPU model and core count are read here):
 * {@code java -cp bench/target/benchmarks.jar dev.septet.bench.report.ResultsChart bench/results/results.json
 * bench/results "<the exact JMH command>"}
 */
public final class ResultsChart {
    private static final String PACKAGE = "dev.septet.bench.";

    private ResultsChart() {}

    /** One benchmark result: the method, its params and its scores. */
    record Row(
            String operation,
            String input,
            Peer peer,
            int threads,
            double score,
            String unit,
            double bytes,
            double heapBytesPerPendingCode) {
        String key() {
            return operation + " " + input;
        }

        /** The time per operation in ns, or NaN for other units (the single-shot footprint run). */
        double nanos() {
            return "ns/op".equals(unit) ? score : Double.NaN;
        }

        boolean otp() {
            return operation.startsWith("Otp");
        }
    }

    /**
     * Reads the JSON and writes {@code results.md} and {@code chart.svg}.
     *
     * @param args the JSON file, the output directory, and the exact command that produced the JSON
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ResultsChart results.json outputDir \"exact JMH command\"");
            System.exit(2);
        }
        List<?> json = (List<?>) Json.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        List<Row> rows = rows(json);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), markdown(rows, json, args[2]), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("chart.svg"), svg(rows), StandardCharsets.UTF_8);
    }

    static List<Row> rows(List<?> json) {
        List<Row> rows = new ArrayList<>();
        for (Object o : json) {
            Map<?, ?> result = (Map<?, ?>) o;
            Map<?, ?> params = result.get("params") == null ? Map.of() : (Map<?, ?>) result.get("params");
            Map<?, ?> primary = (Map<?, ?>) result.get("primaryMetric");
            Map<?, ?> secondary =
                    result.get("secondaryMetrics") == null ? Map.of() : (Map<?, ?>) result.get("secondaryMetrics");
            String benchmark =
                    ((String) result.get("benchmark")).replace(PACKAGE, "").replace("Benchmark.", ".");
            Object enabled = params.get("enabled"); // the national languages enabled, a third parameter
            if (enabled != null) {
                benchmark += " [" + enabled + "]";
            }
            benchmark += otherParams(params);
            Object peer = params.get("peer");
            Object input = params.get("input");
            rows.add(new Row(
                    benchmark,
                    input == null ? "-" : (String) input,
                    peer == null ? Peer.SEPTET : Peer.valueOf((String) peer),
                    ((Double) result.get("threads")).intValue(),
                    number(primary.get("score")),
                    (String) primary.get("scoreUnit"),
                    secondary(secondary, "gc.alloc.rate.norm"),
                    secondary(secondary, "heapBytesPerPendingCode")));
        }
        return rows;
    }

    /** Returns the parameters other than peer, input and enabled as " [name=value, ...]", or "" if there are none. */
    static String otherParams(Map<?, ?> params) {
        java.util.TreeMap<String, String> others = new java.util.TreeMap<>();
        params.forEach((k, v) -> {
            if (!List.of("peer", "input", "enabled").contains(k)) {
                others.put(String.valueOf(k), String.valueOf(v));
            }
        });
        if (others.isEmpty()) {
            return "";
        }
        StringBuilder label = new StringBuilder(" [");
        others.forEach((k, v) -> label.append(label.length() > 2 ? ", " : "")
                .append(k)
                .append('=')
                .append(v));
        return label.append(']').toString();
    }

    private static double secondary(Map<?, ?> secondary, String name) {
        Map<?, ?> metric = (Map<?, ?>) secondary.get(name);
        return metric == null ? Double.NaN : number(metric.get("score"));
    }

    private static double number(Object value) {
        return value instanceof Double ? (Double) value : Double.NaN; // JMH writes "NaN" for one iteration
    }

    /** Rows grouped by operation and input, peers in enum order. */
    static Map<String, Map<Peer, Row>> grouped(List<Row> rows) {
        Map<String, Map<Peer, Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.key(), k -> new EnumMap<>(Peer.class)).put(row.peer(), row);
        }
        return groups;
    }

    static String markdown(List<Row> rows, List<?> json, String command) {
        Map<?, ?> first = (Map<?, ?>) json.get(0);
        Map<String, Map<Peer, Row>> groups = grouped(rows);
        StringBuilder md = new StringBuilder();
        md.append("<!-- generated by dev.septet.bench.report.ResultsChart from results.json; do not edit -->\n\n");
        md.append("- JDK: ")
                .append(first.get("jdkVersion"))
                .append(", ")
                .append(first.get("vmName"))
                .append(' ')
                .append(first.get("vmVersion"))
                .append('\n');
        md.append("- CPU: ")
                .append(cpuModel())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores available\n");
        md.append("- Date: ").append(LocalDate.now(ZoneOffset.UTC)).append('\n');
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Settings (from the JSON):\n");
        settings(json)
                .forEach((setting, classes) -> md.append("  - ")
                        .append(setting)
                        .append(": ")
                        .append(String.join(", ", classes))
                        .append('\n'));
        md.append('\n');
        md.append("Time is ns/op (lower is better), with allocation in bytes/op from `-prof gc`"
                + " (`gc.alloc.rate.norm`). Ratio = the peer's time / Septet's time: above 1 means Septet is faster."
                + " An empty cell means that peer cannot do that operation on that input.\n\n");
        md.append("| operation | input |");
        for (Peer peer : Peer.values()) {
            md.append(' ').append(name(peer)).append(" |");
        }
        md.append(" ratio (peer / Septet) |\n|---|---|");
        for (int p = 0; p < Peer.values().length; p++) {
            md.append("---:|");
        }
        md.append("---|\n");
        for (Map<Peer, Row> group : groups.values()) {
            Row any = group.values().iterator().next();
            if (any.otp()) {
                continue;
            }
            md.append("| ")
                    .append(any.operation())
                    .append(" | ")
                    .append(any.input())
                    .append(" |");
            for (Peer peer : Peer.values()) {
                Row row = group.get(peer);
                md.append(' ')
                        .append(
                                row == null
                                        ? ""
                                        : String.format(Locale.ROOT, "%,.0f ns, %,.0f B", row.nanos(), row.bytes()))
                        .append(" |");
            }
            md.append(' ').append(ratios(group)).append(" |\n");
        }
        md.append(
                "\n#### Scaling: ns per character\n\n| operation | peer | 160 | 1,600 | 16,000 |\n|---|---|---:|---:|---:|\n");
        Map<String, Map<Input, Row>> scaling = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.input().startsWith("GSM_1")) {
                String op = row.operation().replace("Long", "");
                scaling.computeIfAbsent(op + "|" + row.peer(), k -> new EnumMap<>(Input.class))
                        .put(Input.valueOf(row.input()), row);
            }
        }
        scaling.forEach((key, sizes) -> {
            if (sizes.size() < 2) {
                return;
            }
            String[] parts = key.split("\\|");
            md.append("| ")
                    .append(parts[0])
                    .append(" | ")
                    .append(name(Peer.valueOf(parts[1])))
                    .append(" |");
            for (Input size : List.of(Input.GSM_160, Input.GSM_1600, Input.GSM_16000)) {
                Row row = sizes.get(size);
                md.append(' ')
                        .append(row == null ? "" : String.format(Locale.ROOT, "%.2f", row.nanos() / size.characters()))
                        .append(" |");
            }
            md.append('\n');
        });
        otp(md, rows);
        md.append("\n#### Performance goals\n\n");
        for (String target : Targets.check(groups)) {
            md.append("- ").append(target).append('\n');
        }
        return md.toString();
    }

    private static void otp(StringBuilder md, List<Row> rows) {
        if (rows.stream().noneMatch(Row::otp)) {
            return;
        }
        md.append("\n#### OTP (Septet only)\n\nA pair is one generate and one check for the same recipient."
                + " Pairs/s = threads x 1e9 / (ns/op).\n\n| operation | threads | ns/op | pairs/s | B/op |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            if (row.otp() && !Double.isNaN(row.nanos())) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %,.0f | %,.0f | %,.0f |%n",
                        row.operation(),
                        row.threads(),
                        row.nanos(),
                        row.threads() * 1e9 / row.nanos(),
                        row.bytes()));
            }
        }
        for (Row row : rows) {
            if (!Double.isNaN(row.heapBytesPerPendingCode())) {
                md.append(String.format(
                        Locale.ROOT,
                        "%nHeap per pending code in InMemoryOtpStore, measured with"
                                + " %,d pending codes (live heap after full GC, before and after): %,.0f bytes.%n",
                        dev.septet.bench.OtpFootprintBenchmark.CODES,
                        row.heapBytesPerPendingCode()));
            }
        }
    }

    private static String ratios(Map<Peer, Row> group) {
        Row septet = group.get(Peer.SEPTET);
        if (septet == null || group.size() < 2) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Row row : group.values()) {
            if (row.peer() != Peer.SEPTET) {
                out.append(out.length() == 0 ? "" : ", ")
                        .append(name(row.peer()))
                        .append(' ')
                        .append(String.format(Locale.ROOT, "%.2fx", row.nanos() / septet.nanos()));
            }
        }
        return out.toString();
    }

    static String name(Peer peer) {
        switch (peer) {
            case SEPTET:
                return "Septet";
            case CLOUDHOPPER:
                return "cloudhopper";
            case JCHARSET:
                return "jcharset";
            default:
                return "JDK";
        }
    }

    /** Each distinct fork/warmup/measurement setting and the benchmark classes that ran with it. */
    private static Map<String, Set<String>> settings(List<?> json) {
        Map<String, Set<String>> settings = new LinkedHashMap<>();
        for (Object o : json) {
            Map<?, ?> r = (Map<?, ?>) o;
            String setting = fmt(r.get("forks")) + " fork, " + fmt(r.get("warmupIterations")) + " x "
                    + r.get("warmupTime") + " warmup, " + fmt(r.get("measurementIterations")) + " x "
                    + r.get("measurementTime") + " measurement, mode " + r.get("mode");
            String benchmark = ((String) r.get("benchmark")).replace(PACKAGE, "");
            settings.computeIfAbsent(setting, k -> new TreeSet<>())
                    .add(benchmark.substring(0, benchmark.lastIndexOf('.')));
        }
        return settings;
    }

    private static String fmt(Object number) {
        return number instanceof Double ? String.valueOf(((Double) number).intValue()) : String.valueOf(number);
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown (no /proc/cpuinfo)";
        }
    }

    private static final String[] COLORS = {"#1b7837", "#2166ac", "#b2182b", "#7f7f7f"};

    static String svg(List<Row> all) {
        List<Row> rows = new ArrayList<>();
        for (Row row : all) {
            if (!row.otp() && !Double.isNaN(row.nanos())) {
                rows.add(row);
            }
        }
        Map<String, Map<Peer, Row>> groups = grouped(rows);
        double max = rows.stream().mapToDouble(Row::nanos).max().orElse(1);
        double min = Math.max(1, rows.stream().mapToDouble(Row::nanos).min().orElse(1));
        double lo = Math.floor(Math.log10(min));
        double hi = Math.ceil(Math.log10(max));
        int labelWidth = 300;
        int plotWidth = 560;
        int bar = 11;
        int top = 50;
        int height = top + 30;
        for (Map<Peer, Row> group : groups.values()) {
            height += group.size() * bar + 10;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " font-family=\"sans-serif\" font-size=\"10\">\n",
                labelWidth + plotWidth + 90,
                height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"16\" font-size=\"13\">Septet and peers: ns/op, log scale, shorter is"
                + " faster (JMH average time)</text>\n");
        for (int p = 0; p < Peer.values().length; p++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"26\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"35\">%s</text>\n",
                    10 + p * 110,
                    COLORS[p],
                    24 + p * 110,
                    name(Peer.values()[p])));
        }
        for (double d = lo; d <= hi; d++) {
            double x = labelWidth + (d - lo) / (hi - lo) * plotWidth;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s ns</text>\n",
                    x,
                    top,
                    x,
                    height - 25,
                    x,
                    height - 12,
                    String.format(Locale.ROOT, "%,.0f", Math.pow(10, d))));
        }
        int y = top;
        for (Map<Peer, Row> group : groups.values()) {
            Row any = group.values().iterator().next();
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s %s</text>\n",
                    labelWidth - 6,
                    y + bar - 2,
                    any.operation(),
                    any.input()));
            for (Row row : group.values()) {
                double w = Math.max(1, (Math.log10(Math.max(row.nanos(), min)) - lo) / (hi - lo) * plotWidth);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                                + " fill=\"%s\"/><text x=\"%.1f\" y=\"%d\">%,.0f</text>\n",
                        labelWidth,
                        y,
                        w,
                        bar - 2,
                        COLORS[row.peer().ordinal()],
                        labelWidth + w + 3,
                        y + bar - 3,
                        row.nanos()));
                y += bar;
            }
            y += 10;
        }
        return svg.append("</svg>\n").toString();
    }
}
