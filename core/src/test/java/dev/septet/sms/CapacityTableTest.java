/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the README's capacity table, read from README.md itself: units per part for each User Data Header,
 * from 3GPP TS 23.040 clause 9.2.3.24 (140 octets of user data less the header: UDHL octet, 5-octet 8-bit or 6-octet
 * 16-bit concatenation element, 3 octets per national language element). Each row's header is parsed into the
 * elements it names, and each number in it is checked against what {@link Sms#analyze} reports for a text that needs
 * exactly that header. Each test's display name is the README cell it proves.
 */
class CapacityTableTest {
    /** Locks to the Portuguese table: U+221E INFINITY is only in the Portuguese locking table. */
    private static final String PT_LOCKING_ONLY = "\u221E";
    /** Needs the Portuguese single shift as well: U+03A6 PHI is in it but not in the Portuguese locking table. */
    private static final String PT_SHIFT_TOO = "\u03A6";

    /** One cell: the row's header text, the elements it names, the encoding and the number the README shows. */
    record Cell(String header, String concat, int nationalIes, Encoding encoding, int unitsPerPart) {
        @Override
        public String toString() {
            return encoding + ", " + header + ": " + unitsPerPart;
        }
    }

    /** The rows of the table under "## Capacity table", each non-empty GSM7 and UCS2 number as a cell. */
    static List<Cell> readmeCells() {
        String readme;
        try {
            readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = readme.indexOf("\n## Capacity table\n");
        int to = readme.indexOf("\n## ", from + 1);
        assertThat(from).as("README has a capacity table section").isPositive();
        List<Cell> cells = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.substring(from, to).split("\n")) {
            if (line.startsWith("| header | GSM7 | UCS2 |")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("| ---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] columns = line.split("\\|", -1);
            String header = columns[1].strip();
            String concat = header.contains("16-bit concatenation")
                    ? "16"
                    : header.contains("8-bit concatenation") ? "8" : "none";
            int national = header.contains("two national IEs") ? 2 : header.contains("one national IE") ? 1 : 0;
            if (!columns[2].isBlank()) {
                cells.add(new Cell(header, concat, national, Encoding.GSM7, Integer.parseInt(columns[2].strip())));
            }
            if (!columns[3].isBlank()) {
                cells.add(new Cell(header, concat, national, Encoding.UCS2, Integer.parseInt(columns[3].strip())));
            }
        }
        return cells;
    }

    static Stream<Arguments> cells() {
        return readmeCells().stream().map(Arguments::of);
    }

    @Test
    void theReadmeTableCoversEveryHeaderSeptetWrites() {
        assertThat(readmeCells())
                .extracting(Cell::toString)
                .containsExactlyInAnyOrder(
                        "GSM7, none (single part): 160",
                        "UCS2, none (single part): 70",
                        "GSM7, 8-bit concatenation: 153",
                        "UCS2, 8-bit concatenation: 67",
                        "GSM7, 16-bit concatenation: 152",
                        "UCS2, 16-bit concatenation: 66",
                        "GSM7, one national IE (single part): 155",
                        "GSM7, two national IEs (single part): 152",
                        "GSM7, 8-bit concatenation + one national IE: 149",
                        "GSM7, 8-bit concatenation + two national IEs: 146",
                        "GSM7, 16-bit concatenation + one national IE: 148",
                        "GSM7, 16-bit concatenation + two national IEs: 145");
    }

    /** The README's formula, {@code floor((140 - udh) * 8 / 7)} or {@code floor((140 - udh) / 2)}, gives each cell. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void theFormulaGivesTheCell(Cell cell) {
        int udh = UserDataHeader.octets(
                cell.nationalIes(), !cell.concat().equals("none"), cell.concat().equals("16"));
        int octets = UserDataHeader.USER_DATA_OCTETS - udh;
        assertThat(cell.encoding() == Encoding.GSM7 ? octets * 8 / 7 : octets / 2)
                .isEqualTo(cell.unitsPerPart());
    }

    /**
     * Builds a text that needs exactly this header: the national characters pick the tables, and filler makes one
     * full part (no concatenation) or two full parts (concatenation), so the last part has nothing remaining.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void analyzeReportsTheCell(Cell cell) {
        boolean concatenated = !cell.concat().equals("none");
        int nationalIes = cell.nationalIes();
        int total = concatenated ? 2 * cell.unitsPerPart() : cell.unitsPerPart();
        String national = nationalIes == 0 ? "" : nationalIes == 1 ? PT_LOCKING_ONLY : PT_LOCKING_ONLY + PT_SHIFT_TOO;
        int nationalUnits = nationalIes == 2 ? 3 : nationalIes; // PHI is escaped: 2 septets
        String filler = cell.encoding() == Encoding.GSM7 ? "a" : "\u0436"; // CYRILLIC ZHE forces UCS-2
        String text = national + filler.repeat(total - nationalUnits);
        SmsOptions options = SmsOptions.defaults()
                .withLanguages(NationalLanguage.PORTUGUESE)
                .withReference16(cell.concat().equals("16"));

        Analysis a = Sms.analyze(text, options);

        assertThat(a.encoding()).isEqualTo(cell.encoding());
        assertThat(a.lockingShift())
                .isEqualTo(nationalIes > 0 ? Optional.of(NationalLanguage.PORTUGUESE) : Optional.empty());
        assertThat(a.singleShift())
                .isEqualTo(nationalIes > 1 ? Optional.of(NationalLanguage.PORTUGUESE) : Optional.empty());
        assertThat(a.units()).isEqualTo(total);
        assertThat(a.udhOctets())
                .as("UDH octets")
                .isEqualTo(UserDataHeader.octets(
                        nationalIes, concatenated, cell.concat().equals("16")));
        assertThat(a.unitsPerPart()).as(cell.toString()).isEqualTo(cell.unitsPerPart());
        assertThat(a.parts()).isEqualTo(concatenated ? 2 : 1);
        assertThat(a.remaining()).isZero();
    }
}
