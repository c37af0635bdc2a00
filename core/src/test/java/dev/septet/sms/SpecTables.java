/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 3GPP TS 23.038 tables as the spec files on the test classpath state them, read independently of
 * {@link Gsm7Tables} so tests can check the code against them.
 */
final class SpecTables {
    static final String DEFAULT_AND_PORTUGUESE = "3gpp-ts-23038-tables.tsv";
    static final String ALL_LANGUAGES = "3gpp-ts-23038-national-tables.tsv";

    /** Code point of the rows that mark the escape position itself. */
    static final int ESC = -1;

    /** One defined position of one table. {@code codePoint} is {@link #ESC} for the escape. */
    record Row(String file, int line, int nli, boolean locking, int septet, int codePoint, String name) {
        String table() {
            return (locking ? "locking" : "single_shift") + " nli " + nli;
        }
    }

    /** One table: its identity and rows in file order. */
    record Table(String file, int nli, boolean locking, List<Row> rows) {
        @Override
        public String toString() {
            return file + ": " + (locking ? "locking" : "single shift") + " table, nli " + nli;
        }

        /** Lowest septet of each code point, as the encoder must use it. */
        Map<Integer, Integer> lowestSeptets() {
            Map<Integer, Integer> lowest = new LinkedHashMap<>();
            for (Row row : rows) {
                if (row.codePoint() != ESC) {
                    lowest.merge(row.codePoint(), row.septet(), Math::min);
                }
            }
            return lowest;
        }

        BitSet definedSeptets() {
            BitSet defined = new BitSet(128);
            rows.forEach(row -> defined.set(row.septet()));
            return defined;
        }

        boolean contains(int codePoint) {
            return rows.stream().anyMatch(row -> row.codePoint() == codePoint);
        }
    }

    private SpecTables() {}

    private static final Map<String, List<Row>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static List<Row> rows(String file) {
        return CACHE.computeIfAbsent(file, SpecTables::read);
    }

    private static List<Row> read(String file) {
        InputStream in = SpecTables.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException(file + " is not on the test classpath");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = null;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    continue;
                }
                rows.add(parse(file, lineNumber, header, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    /** The rows of one file grouped into tables, in file order. */
    static List<Table> tables(String file) {
        Map<String, List<Row>> byTable = new LinkedHashMap<>();
        for (Row row : rows(file)) {
            byTable.computeIfAbsent(row.table(), k -> new ArrayList<>()).add(row);
        }
        List<Table> tables = new ArrayList<>();
        byTable.values()
                .forEach(
                        r -> tables.add(new Table(file, r.get(0).nli(), r.get(0).locking(), r)));
        return tables;
    }

    /** The table of the given kind from the all-languages file, or null if the spec defines none. */
    static Table table(int nli, boolean locking) {
        return tables(ALL_LANGUAGES).stream()
                .filter(t -> t.nli() == nli && t.locking() == locking)
                .findFirst()
                .orElse(null);
    }

    private static Row parse(String file, int line, String header, String[] f) {
        if (header.startsWith("table\t")) {
            // table, septet, char, name: default | default_extension | portuguese_locking | portuguese_single_shift
            String table = f[0];
            int nli = table.startsWith("portuguese") ? 3 : 0;
            boolean locking = table.equals("default") || table.endsWith("_locking");
            return new Row(file, line, nli, locking, septet(f[1]), codePoint(f[2]), f[3]);
        }
        // language, nli, kind, septet, char, name
        boolean locking = switch (f[2]) {
            case "locking" -> true;
            case "single_shift" -> false;
            default -> throw new IllegalStateException(file + ":" + line + ": unknown kind " + f[2]);
        };
        return new Row(file, line, Integer.parseInt(f[1]), locking, septet(f[3]), codePoint(f[4]), f[5]);
    }

    private static int septet(String hex) {
        int septet = Integer.parseInt(hex.toLowerCase(Locale.ROOT).replace("0x", ""), 16);
        if (septet < 0 || septet > 0x7F) {
            throw new IllegalStateException("not a septet: " + hex);
        }
        return septet;
    }

    private static int codePoint(String s) {
        return s.equals("ESC") ? ESC : Integer.parseInt(s.substring(2), 16);
    }
}
