/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The characters of a {@link String} at given UTF-16 indexes, as an unmodifiable list of {@link CharacterAt} that
 * creates each record when it is read: an analysis of a text with many characters outside GSM 7-bit then holds one
 * {@code int} per character instead of an object. Every mutator throws {@link UnsupportedOperationException},
 * whatever its arguments; equality, hash code and string form are those of any list of the same records.
 */
final class CharactersAt extends AbstractList<CharacterAt> implements RandomAccess {
    private final String text;
    private final int[] indexes;
    private final int size;

    /**
     * Lists the characters of {@code text} at {@code indexes[0, size)}, which the caller hands over: each is the index
     * of a character (of the high surrogate of a pair), and no one may write to the array afterwards.
     */
    CharactersAt(String text, int[] indexes, int size) {
        this.text = text;
        this.indexes = indexes;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public CharacterAt get(int index) {
        int at = indexes[Objects.checkIndex(index, size)];
        return new CharacterAt(at, text.codePointAt(at));
    }

    @Override
    public Iterator<CharacterAt> iterator() {
        return listIterator(0);
    }

    @Override
    public ListIterator<CharacterAt> listIterator() {
        return listIterator(0);
    }

    /** Iterates over a copy, whose iterator throws {@link UnsupportedOperationException} from every mutator. */
    @Override
    public ListIterator<CharacterAt> listIterator(int index) {
        CharacterAt[] records = new CharacterAt[size];
        for (int i = 0; i < size; i++) {
            records[i] = get(i);
        }
        return List.of(records).listIterator(index);
    }

    // AbstractList's other mutators already throw, or would throw only when they found something to change

    @Override
    public boolean addAll(Collection<? extends CharacterAt> c) {
        throw unsupported();
    }

    @Override
    public boolean addAll(int index, Collection<? extends CharacterAt> c) {
        throw unsupported();
    }

    @Override
    public boolean remove(Object o) {
        throw unsupported();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw unsupported();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw unsupported();
    }

    @Override
    public boolean removeIf(Predicate<? super CharacterAt> filter) {
        throw unsupported();
    }

    @Override
    public void sort(Comparator<? super CharacterAt> c) {
        throw unsupported();
    }

    @Override
    public void clear() {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("the list is unmodifiable");
    }
}
