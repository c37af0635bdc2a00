/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.sms;

import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An unmodifiable list over an array no one else holds, equal to any list of the same elements in the same order.
 * Every mutator throws {@link UnsupportedOperationException}, whatever its arguments.
 *
 * <p>It extends {@link AbstractCollection} rather than {@link java.util.AbstractList} because the latter's
 * {@code modCount} field, useless for a list that never changes, would make each object 8 bytes larger: this one
 * is only an object header and the array reference (16 bytes with compressed references), so a long message's
 * list of parts costs no more than the allocation its encoder promises.
 *
 * @param <E> the element type; no element is null
 */
final class FrozenList<E> extends AbstractCollection<E> implements List<E>, RandomAccess {
    private final E[] elements;

    /** Wraps {@code elements}, which the caller hands over: no one may write to the array afterwards. */
    FrozenList(E[] elements) {
        this.elements = elements;
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public E get(int index) {
        return elements[Objects.checkIndex(index, elements.length)];
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i].equals(o)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        for (int i = elements.length - 1; i >= 0; i--) {
            if (elements[i].equals(o)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, elements.length, Object[].class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int n = elements.length;
        if (a.length < n) {
            return (T[]) Arrays.copyOf(elements, n, a.getClass());
        }
        System.arraycopy(elements, 0, a, 0, n);
        if (a.length > n) {
            a[n] = null;
        }
        return a;
    }

    @Override
    public Iterator<E> iterator() {
        return new Cursor<>(elements, 0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new Cursor<>(elements, 0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        if (index < 0 || index > elements.length) {
            throw new IndexOutOfBoundsException("index " + index + " out of bounds for length " + elements.length);
        }
        return new Cursor<>(elements, index);
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(elements, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
    }

    /**
     * Returns an unmodifiable view of {@code [fromIndex, toIndex)}, with the bounds checks of
     * {@link List#subList}.
     */
    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        return Collections.unmodifiableList(Arrays.asList(elements).subList(fromIndex, toIndex));
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        Iterator<?> other = ((List<?>) o).iterator();
        for (E e : elements) {
            if (!other.hasNext() || !e.equals(other.next())) {
                return false;
            }
        }
        return !other.hasNext();
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (E e : elements) {
            hash = 31 * hash + e.hashCode();
        }
        return hash;
    }

    // toString is AbstractCollection's: "[a, b, c]", as every JDK list prints

    @Override
    public boolean add(E e) {
        throw unsupported();
    }

    @Override
    public void add(int index, E element) {
        throw unsupported();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        throw unsupported();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        throw unsupported();
    }

    @Override
    public E set(int index, E element) {
        throw unsupported();
    }

    @Override
    public E remove(int index) {
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
    public boolean removeIf(Predicate<? super E> filter) {
        throw unsupported();
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        throw unsupported();
    }

    @Override
    public void sort(Comparator<? super E> c) {
        throw unsupported();
    }

    @Override
    public void clear() {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("the list is unmodifiable");
    }

    /** A read-only list iterator over the array. */
    private static final class Cursor<E> implements ListIterator<E> {
        private final E[] elements;
        private int next;

        Cursor(E[] elements, int next) {
            this.elements = elements;
            this.next = next;
        }

        @Override
        public boolean hasNext() {
            return next < elements.length;
        }

        @Override
        public E next() {
            if (next >= elements.length) {
                throw new NoSuchElementException();
            }
            return elements[next++];
        }

        @Override
        public boolean hasPrevious() {
            return next > 0;
        }

        @Override
        public E previous() {
            if (next <= 0) {
                throw new NoSuchElementException();
            }
            return elements[--next];
        }

        @Override
        public int nextIndex() {
            return next;
        }

        @Override
        public int previousIndex() {
            return next - 1;
        }

        @Override
        public void remove() {
            throw unsupported();
        }

        @Override
        public void set(E e) {
            throw unsupported();
        }

        @Override
        public void add(E e) {
            throw unsupported();
        }
    }
}
