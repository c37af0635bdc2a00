/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The list of characters outside GSM 7-bit that an analysis of UCS-2 text reports behaves as an unmodifiable
 * {@link List} of {@link CharacterAt} in every respect, compared with the JDK's own list of the same records.
 */
class CharactersAtTest {
    /** Characters at 0, 1, 2 (a surrogate pair), 5, 6 and 7, with ASCII between them. */
    private static final String TEXT = "\u0416\u00E1\uD83D\uDE00x\u0416\u00E3\u0416y";

    private static final int[] AT = {0, 1, 2, 5, 6, 7};

    private static List<CharacterAt> list(int size) {
        return new CharactersAt(TEXT, java.util.Arrays.copyOf(AT, Math.max(size, 8)), size); // room past the size
    }

    private static List<CharacterAt> expected(int size) {
        List<CharacterAt> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            records.add(new CharacterAt(AT[i], TEXT.codePointAt(AT[i])));
        }
        return List.copyOf(records);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6})
    void readsAsTheJdkListOfTheSameRecords(int size) {
        List<CharacterAt> expected = expected(size);
        List<CharacterAt> actual = list(size);
        assertThat(actual).hasSize(size).isEqualTo(expected).isEqualTo(new LinkedList<>(expected));
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(actual.isEmpty()).isFalse();
        assertThat(actual.toArray()).isEqualTo(expected.toArray()).hasSameClassAs(new Object[0]);
        assertThat(actual.toArray(new CharacterAt[0])).isEqualTo(expected.toArray(new CharacterAt[0]));
        assertThat(actual.stream().collect(Collectors.toList())).isEqualTo(expected);
        assertThat(actual.parallelStream().map(CharacterAt::text).collect(Collectors.joining()))
                .isEqualTo(expected.stream().map(CharacterAt::text).collect(Collectors.joining()));
        assertThat(actual).isInstanceOf(RandomAccess.class);
        List<Object> probes = new ArrayList<>(expected(6));
        probes.add(new CharacterAt(3, 0x1F600)); // the right character at the wrong index
        probes.add("\u0416");
        for (Object probe : probes) {
            assertThat(actual.contains(probe)).as("%s", probe).isEqualTo(expected.contains(probe));
            assertThat(actual.indexOf(probe)).as("%s", probe).isEqualTo(expected.indexOf(probe));
            assertThat(actual.lastIndexOf(probe)).as("%s", probe).isEqualTo(expected.lastIndexOf(probe));
        }
        assertThat(actual.contains(null)).isFalse();
        assertThat(actual.containsAll(expected)).isTrue();
        for (int from = 0; from <= size; from++) {
            for (int to = from; to <= size; to++) {
                assertThat(actual.subList(from, to)).isEqualTo(expected.subList(from, to));
            }
        }
        assertThat(actual).isNotEqualTo(expected(size == 6 ? 5 : size + 1)).isNotEqualTo(null);
    }

    @Test
    void rejectsIndexesOutsideTheListEvenWhereTheArrayHasRoom() {
        List<CharacterAt> list = list(2);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.listIterator(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.listIterator(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.subList(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.subList(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listIteratorWalksBothWaysFromAnyStart() {
        List<CharacterAt> expected = expected(3);
        ListIterator<CharacterAt> it = list(3).listIterator(1);
        assertThat(it.previousIndex()).isZero();
        assertThat(it.next()).isEqualTo(expected.get(1));
        assertThat(it.next()).isEqualTo(expected.get(2));
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThat(it.previous()).isEqualTo(expected.get(2));
        assertThat(it.previous()).isEqualTo(expected.get(1));
        assertThat(it.previous()).isEqualTo(expected.get(0));
        assertThatThrownBy(it::previous).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void everyMutatorThrowsWhateverItsArguments() {
        CharacterAt some = new CharacterAt(0, 'x');
        List<ThrowingConsumer<List<CharacterAt>>> mutators = List.of(
                l -> l.add(some),
                l -> l.add(0, some),
                l -> l.addAll(List.of()),
                l -> l.addAll(List.of(some)),
                l -> l.addAll(0, List.of()),
                l -> l.set(0, some),
                l -> l.remove(0),
                l -> l.remove(l.get(0)),
                l -> l.remove(some),
                l -> l.removeAll(List.of()),
                l -> l.removeAll(List.of(l.get(0))),
                l -> l.retainAll(List.copyOf(l)),
                l -> l.removeIf(c -> false),
                l -> l.replaceAll(c -> c),
                l -> l.sort(Comparator.comparingInt(CharacterAt::index)),
                l -> l.sort(null),
                List::clear,
                l -> l.iterator().remove(),
                l -> {
                    var it = l.iterator();
                    it.next();
                    it.remove();
                },
                l -> l.listIterator().set(some),
                l -> l.listIterator().add(some),
                l -> l.subList(0, 1).set(0, some),
                l -> l.subList(0, 1).clear(),
                l -> Collections.reverse(l));
        for (ThrowingConsumer<List<CharacterAt>> mutator : mutators) {
            List<CharacterAt> list = list(3);
            assertThatThrownBy(() -> mutator.accept(list)).isInstanceOf(UnsupportedOperationException.class);
            assertThat(list).isEqualTo(expected(3));
        }
    }

    @Test
    void analysesOfUcs2TextUseIt() {
        Analysis analysis = Sms.analyze("Hello " + TEXT + " and more text");
        assertThat(analysis.nonGsm()).isInstanceOf(CharactersAt.class);
        List<CharacterAt> shifted = new ArrayList<>();
        for (CharacterAt c : expected(6)) {
            shifted.add(new CharacterAt(c.index() + 6, c.codePoint()));
        }
        assertThat(analysis.nonGsm()).isEqualTo(shifted);
    }
}
