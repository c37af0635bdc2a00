/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;
import java.util.Spliterator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The list of parts behaves as an unmodifiable {@link List} in every respect, compared with the JDK's own. */
class FrozenListTest {
    private static FrozenList<String> list(String... elements) {
        return new FrozenList<>(elements.clone());
    }

    private static String[] elements(int size) {
        String[] elements = new String[size];
        for (int i = 0; i < size; i++) {
            elements[i] = "part " + (i % 3); // repeats, so first and last occurrences differ
        }
        return elements;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 7})
    void readsAsTheJdkListOfTheSameElements(int size) {
        String[] elements = elements(size);
        List<String> expected = List.of(elements);
        List<String> actual = list(elements);
        assertThat(actual).hasSize(size).isEqualTo(expected).isEqualTo(new LinkedList<>(expected));
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(actual.isEmpty()).isEqualTo(size == 0);
        assertThat(actual.toArray()).isEqualTo(expected.toArray()).hasSameClassAs(new Object[0]);
        assertThat(actual.toArray(new String[0])).isEqualTo(elements);
        assertThat(actual.stream().collect(Collectors.toList())).isEqualTo(expected);
        assertThat(actual).isInstanceOf(RandomAccess.class);
        for (String probe : List.of("part 0", "part 1", "part 2", "absent")) {
            assertThat(actual.contains(probe)).as(probe).isEqualTo(expected.contains(probe));
            assertThat(actual.indexOf(probe)).as(probe).isEqualTo(expected.indexOf(probe));
            assertThat(actual.lastIndexOf(probe)).as(probe).isEqualTo(expected.lastIndexOf(probe));
        }
        assertThat(actual.contains(null)).isFalse();
        assertThat(actual.indexOf(null)).isEqualTo(-1);
        assertThat(actual.containsAll(expected)).isTrue();
        for (int from = 0; from <= size; from++) {
            for (int to = from; to <= size; to++) {
                assertThat(actual.subList(from, to)).isEqualTo(expected.subList(from, to));
            }
        }
    }

    @Test
    void differsFromListsWithOtherElementsOrderOrLength() {
        List<String> list = list("a", "b", "c");
        assertThat(list)
                .isNotEqualTo(List.of("a", "b"))
                .isNotEqualTo(List.of("a", "b", "c", "d"))
                .isNotEqualTo(List.of("a", "c", "b"))
                .isNotEqualTo(Set.of("a", "b", "c"))
                .isNotEqualTo(null);
        assertThat(list.equals(list)).isTrue();
        assertThat(List.of("a", "b").equals(list)).isFalse();
    }

    @Test
    void toArrayFillsAGivenArrayAndMarksTheEndWithNull() {
        String[] room = {"x", "x", "x", "x", "x"};
        assertThat(list("a", "b", "c").toArray(room)).isSameAs(room);
        assertThat(room).containsExactly("a", "b", "c", null, "x");
        String[] exact = new String[3];
        assertThat(list("a", "b", "c").toArray(exact)).isSameAs(exact).containsExactly("a", "b", "c");
        Object[] copy = list("a").toArray();
        copy[0] = "changed";
        assertThat(list("a")).containsExactly("a");
    }

    @Test
    void getAndListIteratorRejectIndexesOutsideTheList() {
        List<String> list = list("a", "b");
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.listIterator(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.listIterator(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.subList(-1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.subList(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.subList(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listIteratorWalksBothWaysFromAnyStart() {
        List<String> list = list("a", "b", "c");
        ListIterator<String> it = list.listIterator(1);
        assertThat(it.hasPrevious()).isTrue();
        assertThat(it.previousIndex()).isZero();
        assertThat(it.nextIndex()).isEqualTo(1);
        assertThat(it.next()).isEqualTo("b");
        assertThat(it.next()).isEqualTo("c");
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThat(it.previous()).isEqualTo("c");
        assertThat(it.previous()).isEqualTo("b");
        assertThat(it.previous()).isEqualTo("a");
        assertThat(it.hasPrevious()).isFalse();
        assertThatThrownBy(it::previous).isInstanceOf(NoSuchElementException.class);
        assertThat(list.listIterator(3).hasNext()).isFalse();
        List<String> walked = new ArrayList<>();
        list.listIterator().forEachRemaining(walked::add);
        list.forEach(walked::add);
        assertThat(walked).containsExactly("a", "b", "c", "a", "b", "c");
        Iterator<String> plain = list("a").iterator();
        assertThat(plain.next()).isEqualTo("a");
        assertThatThrownBy(plain::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void spliteratorIsSizedOrderedAndImmutable() {
        Spliterator<String> spliterator = list("a", "b", "c").spliterator();
        assertThat(spliterator.estimateSize()).isEqualTo(3);
        assertThat(spliterator.hasCharacteristics(
                        Spliterator.SIZED | Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL))
                .isTrue();
        assertThat(list("a", "b", "c").parallelStream().collect(Collectors.joining()))
                .isEqualTo("abc");
    }

    @Test
    void everyMutatorThrowsWhateverItsArguments() {
        List<ThrowingConsumer<List<String>>> mutators = List.of(
                l -> l.add("d"),
                l -> l.add(0, "d"),
                l -> l.addAll(List.of()),
                l -> l.addAll(List.of("d")),
                l -> l.addAll(0, List.of()),
                l -> l.set(0, "d"),
                l -> l.remove(0),
                l -> l.remove("a"),
                l -> l.remove("absent"),
                l -> l.removeAll(List.of()),
                l -> l.removeAll(List.of("a")),
                l -> l.retainAll(List.of("a", "b", "c")),
                l -> l.removeIf(s -> false),
                l -> l.replaceAll(s -> s),
                l -> l.sort(Comparator.naturalOrder()),
                l -> l.sort(null),
                List::clear,
                l -> l.iterator().remove(),
                l -> l.listIterator().set("d"),
                l -> l.listIterator().add("d"),
                l -> l.subList(0, 1).set(0, "d"),
                l -> l.subList(0, 1).clear(),
                l -> Collections.reverse(l));
        for (ThrowingConsumer<List<String>> mutator : mutators) {
            FrozenList<String> list = list("a", "b", "c");
            assertThatThrownBy(() -> mutator.accept(list)).isInstanceOf(UnsupportedOperationException.class);
            assertThat(list).containsExactly("a", "b", "c");
        }
    }

    @Test
    void encodedMessagesOfThreeOrMorePartsUseIt() {
        List<EncodedPart> parts = Sms.encode("x".repeat(500), SmsOptions.defaults(), 7);
        assertThat(parts).isInstanceOf(FrozenList.class).hasSize(4);
        assertThat(parts).isEqualTo(new ArrayList<>(parts)).isEqualTo(List.copyOf(parts));
        assertThat(Arrays.asList(parts.toArray(new EncodedPart[0]))).isEqualTo(parts);
    }
}
