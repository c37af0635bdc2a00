/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every public record checks the ranges its javadoc states, at both ends of each range, with a message naming the
 * component, its range and the bad value.
 */
class PublicRecordsTest {
    private static void rejects(String message, ThrowingCallable create) {
        assertThatThrownBy(create)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    private static Analysis analysis(
            Encoding encoding,
            Optional<NationalLanguage> locking,
            int characters,
            int units,
            int parts,
            int unitsPerPart,
            int remaining,
            int udhOctets,
            int withoutSmart,
            int withoutNonGsm) {
        return new Analysis(
                encoding,
                locking,
                Optional.empty(),
                characters,
                units,
                parts,
                unitsPerPart,
                remaining,
                udhOctets,
                List.of(),
                List.of(),
                withoutSmart,
                withoutNonGsm);
    }

    @Test
    void analysisChecksEveryRange() {
        Optional<NationalLanguage> none = Optional.empty();
        assertThatCode(() -> analysis(Encoding.GSM7, none, 1, 1, 1, 160, 159, 0, 0, 0))
                .doesNotThrowAnyException();
        assertThatCode(() -> analysis(Encoding.GSM7, none, 1, 1, 255, 1, 0, 139, 300, 300))
                .doesNotThrowAnyException();
        rejects("characters must be 1 or more, was 0", () -> analysis(Encoding.GSM7, none, 0, 1, 1, 160, 0, 0, 1, 1));
        rejects("units must be 1 or more, was 0", () -> analysis(Encoding.GSM7, none, 1, 0, 1, 160, 0, 0, 1, 1));
        rejects("parts must be 1 to 255, was 0", () -> analysis(Encoding.GSM7, none, 1, 1, 0, 160, 0, 0, 1, 1));
        rejects("parts must be 1 to 255, was 256", () -> analysis(Encoding.GSM7, none, 1, 1, 256, 160, 0, 0, 1, 1));
        rejects("unitsPerPart must be 1 to 160, was 0", () -> analysis(Encoding.GSM7, none, 1, 1, 1, 0, 0, 0, 1, 1));
        rejects(
                "unitsPerPart must be 1 to 160, was 161",
                () -> analysis(Encoding.GSM7, none, 1, 1, 1, 161, 0, 0, 1, 1));
        rejects("remaining must be 0 to 159, was 160", () -> analysis(Encoding.GSM7, none, 1, 1, 1, 160, 160, 0, 1, 1));
        rejects("remaining must be 0 to 159, was -1", () -> analysis(Encoding.GSM7, none, 1, 1, 1, 160, -1, 0, 1, 1));
        rejects("udhOctets must be 0 to 139, was 140", () -> analysis(Encoding.GSM7, none, 1, 1, 1, 160, 0, 140, 1, 1));
        rejects("udhOctets must be 0 to 139, was -1", () -> analysis(Encoding.GSM7, none, 1, 1, 1, 160, 0, -1, 1, 1));
        rejects(
                "partsWithoutSmartEncoding must be 0 or more, was -1",
                () -> analysis(Encoding.GSM7, none, 1, 1, 1, 160, 0, 0, -1, 1));
        rejects(
                "partsWithoutNonGsm must be 0 or more, was -1",
                () -> analysis(Encoding.GSM7, none, 1, 1, 1, 160, 0, 0, 1, -1));
        assertThatThrownBy(() ->
                        analysis(Encoding.UCS2, Optional.of(NationalLanguage.PORTUGUESE), 1, 1, 1, 70, 0, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UCS-2");
        assertThatThrownBy(() -> new Analysis(Encoding.GSM7, none, none, 1, 1, 1, 160, 0, 0, null, List.of(), 1, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("nonGsm");
    }

    @Test
    void analysisCopiesItsLists() {
        List<CharacterAt> nonGsm = new ArrayList<>(List.of(new CharacterAt(0, 0xE7)));
        Analysis a = new Analysis(
                Encoding.UCS2, Optional.empty(), Optional.empty(), 1, 1, 1, 70, 69, 0, nonGsm, List.of(), 1, 0);
        nonGsm.clear();
        assertThat(a.nonGsm()).hasSize(1);
    }

    @Test
    void segmentChecksTextAndUnits() {
        assertThatCode(() -> new Segment("a", 1)).doesNotThrowAnyException();
        assertThatCode(() -> new Segment("a", 160)).doesNotThrowAnyException();
        rejects("text must not be empty", () -> new Segment("", 1));
        rejects("units must be 1 to 160, was 0", () -> new Segment("a", 0));
        rejects("units must be 1 to 160, was 161", () -> new Segment("a", 161));
        assertThatThrownBy(() -> new Segment(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void characterAtChecksIndexAndCodePoint() {
        assertThatCode(() -> new CharacterAt(0, 0)).doesNotThrowAnyException();
        assertThatCode(() -> new CharacterAt(Integer.MAX_VALUE, 0x10FFFF)).doesNotThrowAnyException();
        rejects("index must be 0 or more, was -1", () -> new CharacterAt(-1, 0x41));
        rejects("codePoint must be 0 to 0x10FFFF, was 0x110000", () -> new CharacterAt(0, 0x110000));
        rejects("codePoint must be 0 to 0x10FFFF, was 0xFFFFFFFF", () -> new CharacterAt(0, -1));
    }

    @Test
    void concatenationChecksReferenceTotalAndSequence() {
        assertThatCode(() -> new Concatenation(255, 255, 255, false)).doesNotThrowAnyException();
        assertThatCode(() -> new Concatenation(65535, 1, 1, true)).doesNotThrowAnyException();
        rejects("reference must be 0 to 255, was 256", () -> new Concatenation(256, 2, 1, false));
        rejects("reference must be 0 to 65535, was 65536", () -> new Concatenation(65536, 2, 1, true));
        rejects("reference must be 0 to 255, was -1", () -> new Concatenation(-1, 2, 1, false));
        rejects("total must be 1 to 255, was 0", () -> new Concatenation(0, 0, 1, false));
        rejects("total must be 1 to 255, was 256", () -> new Concatenation(0, 256, 1, false));
        rejects("sequence must be 1 to 3, was 4", () -> new Concatenation(0, 3, 4, false));
        rejects("sequence must be 1 to 3, was 0", () -> new Concatenation(0, 3, 0, false));
    }

    @Test
    void replacementChecksIndexAndOriginal() {
        assertThatCode(() -> new Replacement(0, "\u2019", "")).doesNotThrowAnyException();
        rejects("index must be 0 or more, was -1", () -> new Replacement(-1, "x", "y"));
        rejects("original must not be empty", () -> new Replacement(0, "", "y"));
        assertThatThrownBy(() -> new Replacement(0, "x", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("replacement");
    }

    @Test
    void informationElementChecksIdentifierAndDataLength() {
        assertThatCode(() -> new InformationElement(0xFF, new byte[255], false)).doesNotThrowAnyException();
        rejects("identifier must be 0 to 255, was 256", () -> new InformationElement(256, new byte[0], false));
        rejects("identifier must be 0 to 255, was -1", () -> new InformationElement(-1, new byte[0], false));
        rejects("data length must be 0 to 255, was 256", () -> new InformationElement(0, new byte[256], false));
        byte[] data = {1, 2};
        InformationElement e = new InformationElement(0x70, data, false);
        data[0] = 9;
        assertThat(e.data()).containsExactly(1, 2);
    }

    @Test
    void decodedMessageRefusesNationalTablesWithUcs2() {
        Optional<NationalLanguage> pt = Optional.of(NationalLanguage.PORTUGUESE);
        assertThatCode(() -> new DecodedMessage("a", Encoding.GSM7, Optional.empty(), pt, pt, List.of()))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> new DecodedMessage("a", Encoding.UCS2, Optional.empty(), pt, Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UCS-2");
        assertThatThrownBy(() -> new DecodedMessage(
                        "a", Encoding.GSM7, Optional.empty(), Optional.empty(), Optional.empty(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("informationElements");
    }

    @Test
    void incompleteMessageChecksItsParts() {
        TreeMap<Integer, String> one = new TreeMap<>(Map.of(2, "b"));
        assertThatCode(() -> new IncompleteMessage("s", 65535, true, 255, one, IncompleteMessage.Reason.EXPIRED))
                .doesNotThrowAnyException();
        rejects(
                "reference must be 0 to 255, was 256",
                () -> new IncompleteMessage("s", 256, false, 3, one, IncompleteMessage.Reason.EXPIRED));
        rejects(
                "total must be 1 to 255, was 256",
                () -> new IncompleteMessage("s", 1, false, 256, one, IncompleteMessage.Reason.EXPIRED));
        rejects(
                "parts must hold 1 to 1 of the 2 parts, held 0",
                () -> new IncompleteMessage("s", 1, false, 2, new TreeMap<>(), IncompleteMessage.Reason.EXPIRED));
        rejects(
                "parts must hold 1 to 1 of the 2 parts, held 2",
                () -> new IncompleteMessage(
                        "s", 1, false, 2, new TreeMap<>(Map.of(1, "a", 2, "b")), IncompleteMessage.Reason.EVICTED));
        rejects(
                "part number must be 1 to 3, was 4",
                () -> new IncompleteMessage(
                        "s", 1, false, 3, new TreeMap<>(Map.of(4, "d")), IncompleteMessage.Reason.SUPERSEDED));
        IncompleteMessage m = new IncompleteMessage("s", 1, false, 3, one, IncompleteMessage.Reason.EXPIRED);
        one.put(1, "a");
        assertThat(m.parts()).containsExactly(Map.entry(2, "b"));
        assertThatThrownBy(() -> m.parts().put(3, "c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
