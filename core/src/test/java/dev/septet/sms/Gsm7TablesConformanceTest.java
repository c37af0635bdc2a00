/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.septet.sms.SpecTables.Row;
import dev.septet.sms.SpecTables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every row of the 3GPP TS 23.038 table files (the default alphabet and extension table of clause 6.2.1,
 * and the National Language Locking Shift and Single Shift Tables of Annex A) and checks {@link Gsm7Tables} and
 * {@link TableIndex} against them in both directions, plus every position the files leave undefined.
 */
class Gsm7TablesConformanceTest {
    private static final int ESCAPE = 0x1B;
    private static final int CR2 = 0x0D;
    /** Every character any spec table holds. */
    private static final Set<Integer> EVERY_CHAR = new TreeSet<>();

    static {
        everyTable().forEach(t -> t.rows().forEach(r -> EVERY_CHAR.add(r.codePoint())));
        EVERY_CHAR.remove(SpecTables.ESC);
    }

    static Stream<Table> everyTable() {
        return Stream.concat(
                SpecTables.tables(SpecTables.DEFAULT_AND_PORTUGUESE).stream(),
                SpecTables.tables(SpecTables.ALL_LANGUAGES).stream());
    }

    private static char[] codeTable(Table table) {
        return (table.locking() ? Gsm7Tables.LOCKING : Gsm7Tables.SINGLE_SHIFT)[table.nli()];
    }

    private static int reverse(Table table, int codePoint) {
        return table.locking()
                ? TableIndex.lockingCode(table.nli(), (char) codePoint)
                : TableIndex.shiftCode(table.nli(), (char) codePoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTable")
    void everyRowMapsCodeToChar(Table table) {
        char[] codes = codeTable(table);
        assertThat(codes).as("%s exists", table).isNotNull().hasSize(128);
        SoftAssertions soft = new SoftAssertions();
        for (Row row : table.rows()) {
            // the escape is a control, not a character, so the embedded table leaves its position undefined
            char expected = row.codePoint() == SpecTables.ESC ? Gsm7Tables.UNDEFINED : (char) row.codePoint();
            soft.assertThat(codes[row.septet()])
                    .as("%s line %d: septet 0x%02X (%s)", row.file(), row.line(), row.septet(), row.name())
                    .isEqualTo(expected);
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTable")
    void everyCharMapsBackToItsLowestSeptet(Table table) {
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<Integer, Integer> e : table.lowestSeptets().entrySet()) {
            soft.assertThat(reverse(table, e.getKey()))
                    .as("%s: U+%04X", table, e.getKey())
                    .isEqualTo(e.getValue());
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTable")
    void everyPositionNotListedIsUndefined(Table table) {
        char[] codes = codeTable(table);
        SoftAssertions soft = new SoftAssertions();
        for (int septet = 0; septet < 128; septet++) {
            if (!table.definedSeptets().get(septet)) {
                soft.assertThat(codes[septet])
                        .as("%s: septet 0x%02X is not in the spec", table, septet)
                        .isEqualTo(Gsm7Tables.UNDEFINED);
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTable")
    void charsOfOtherTablesAreAbsentFromThisOne(Table table) {
        SoftAssertions soft = new SoftAssertions();
        for (int codePoint : EVERY_CHAR) {
            if (!table.contains(codePoint)) {
                soft.assertThat(reverse(table, codePoint))
                        .as("%s: U+%04X", table, codePoint)
                        .isEqualTo(-1);
            }
        }
        soft.assertAll();
    }

    @Test
    void theEmbeddedTablesAreExactlyTheSpecTables() {
        List<String> spec = new ArrayList<>();
        SpecTables.tables(SpecTables.ALL_LANGUAGES).forEach(t -> spec.add(t.nli() + (t.locking() ? "L" : "S")));
        List<String> embedded = new ArrayList<>();
        for (int nli = 0; nli < Gsm7Tables.LOCKING.length; nli++) {
            if (Gsm7Tables.LOCKING[nli] != null) {
                embedded.add(nli + "L");
            }
            if (Gsm7Tables.SINGLE_SHIFT[nli] != null) {
                embedded.add(nli + "S");
            }
        }
        assertThat(embedded).containsExactlyInAnyOrderElementsOf(spec);
    }

    @Test
    void theEncoderNeverProducesTheEscapeOrCr2InsideAShiftTable() {
        List<String> wrong = new ArrayList<>();
        for (int nli = 0; nli < Gsm7Tables.SINGLE_SHIFT.length; nli++) {
            if (Gsm7Tables.SINGLE_SHIFT[nli][ESCAPE] != Gsm7Tables.UNDEFINED
                    || Gsm7Tables.SINGLE_SHIFT[nli][CR2] != Gsm7Tables.UNDEFINED) {
                wrong.add("single shift nli " + nli + " defines a reserved position");
            }
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                int code = TableIndex.shiftCode(nli, (char) c);
                if (code == ESCAPE || code == CR2) {
                    wrong.add(String.format("single shift nli %d: U+%04X -> 0x%02X", nli, c, code));
                }
                if (Gsm7Tables.LOCKING[nli] != null && TableIndex.lockingCode(nli, (char) c) == ESCAPE) {
                    wrong.add(String.format("locking nli %d: U+%04X -> escape", nli, c));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theEscapeCharacterItselfIsInNoTable() {
        assertThat(TableIndex.mask('\u001B')).isZero();
    }

    @Test
    void analyzeCountsADefaultAlphabetCharAsOneSeptetAndAnExtensionCharAsTwo() {
        SoftAssertions soft = new SoftAssertions();
        for (Row row : SpecTables.rows(SpecTables.DEFAULT_AND_PORTUGUESE)) {
            if (row.nli() != 0 || row.codePoint() == SpecTables.ESC) {
                continue;
            }
            Analysis a = Sms.analyze(Character.toString(row.codePoint()));
            soft.assertThat(a.encoding())
                    .as("line %d %s", row.line(), row.name())
                    .isEqualTo(Encoding.GSM7);
            soft.assertThat(a.units()).as("line %d %s", row.line(), row.name()).isEqualTo(row.locking() ? 1 : 2);
        }
        soft.assertAll();
    }

    /**
     * With one language enabled, a lone character costs 1 septet when the default locking table holds it, or when
     * that language's locking table holds it and the default extension table does not (an escape in the default
     * tables leaves more room than a national locking element's 3 octets); otherwise 2 (it is in one of the single
     * shift tables, because it comes from a row).
     */
    @Test
    void analyzeCountsEveryNationalCharByTheTablesThatHoldIt() {
        SoftAssertions soft = new SoftAssertions();
        Table defaultLocking = SpecTables.table(0, true);
        Table defaultShift = SpecTables.table(0, false);
        for (Row row : SpecTables.rows(SpecTables.ALL_LANGUAGES)) {
            if (row.nli() == 0 || row.codePoint() == SpecTables.ESC) {
                continue;
            }
            NationalLanguage language = NationalLanguage.ofIdentifier(row.nli()).orElseThrow();
            Table locking = SpecTables.table(row.nli(), true);
            boolean oneSeptet = defaultLocking.contains(row.codePoint())
                    || locking != null && locking.contains(row.codePoint()) && !defaultShift.contains(row.codePoint());
            Analysis a = Sms.analyze(
                    Character.toString(row.codePoint()), SmsOptions.defaults().withLanguages(language));
            soft.assertThat(a.encoding())
                    .as("line %d %s", row.line(), row.name())
                    .isEqualTo(Encoding.GSM7);
            soft.assertThat(a.units())
                    .as("line %d %s %s", row.line(), language, row.name())
                    .isEqualTo(oneSeptet ? 1 : 2);
        }
        soft.assertAll();
    }
}
