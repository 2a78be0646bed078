package dev.jflet.core.internal.tree;

import dev.jflet.core.Control;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Internal: a list of child controls that records what the client last saw, so the next update can
 * send adds, removes and moves instead of the whole list (flet-protocol.md §3.5).
 */
public final class ControlList<T extends Control> extends AbstractList<T> implements RandomAccess {
    private static final Control[] EMPTY = new Control[0];
    // A table has one list per row, so a list keeps only its owner and items: the owner's property that holds it is
    // the one whose value it is, and what the client last saw of it is in the owner's change log (Nodes.listBefore).
    private final ControlNode owner;
    /** The items, without an ArrayList around them. */
    private Control[] items = EMPTY;
    private int size;

    /** A list held by {@code owner} as the value of one of its properties. */
    public ControlList(ControlNode owner) {
        this.owner = owner;
    }

    /** Drops spare capacity, for a list that the client now shows and that may live long unchanged. */
    void trim() {
        if (items.length > size) {
            items = size == 0 ? EMPTY : Arrays.copyOf(items, size);
        }
    }

    private void changing() {
        modCount++;
        if (Nodes.mounted(owner)) {
            Nodes.listChanging(owner, this);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) items[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T set(int index, T element) {
        Objects.requireNonNull(element, "control");
        T old = get(index);
        changing();
        items[index] = element;
        Nodes.release(owner, old);
        Nodes.adopt(owner, element);
        return old;
    }

    @Override
    public void add(int index, T element) {
        Objects.requireNonNull(element, "control");
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        changing();
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = element;
        size++;
        Nodes.adopt(owner, element);
    }

    @Override
    public boolean addAll(Collection<? extends T> added) {
        return addAll(size, added);
    }

    @Override
    public boolean addAll(int index, Collection<? extends T> added) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        Object[] incoming = added.toArray();
        for (Object control : incoming) {
            Objects.requireNonNull(control, "control");
        }
        if (incoming.length == 0) {
            return false;
        }
        changing();
        if (size + incoming.length > items.length) {
            items = Arrays.copyOf(items, Math.max(size + incoming.length, size + (size >> 1) + 1));
        }
        System.arraycopy(items, index, items, index + incoming.length, size - index);
        System.arraycopy(incoming, 0, items, index, incoming.length);
        size += incoming.length;
        for (Object control : incoming) {
            Nodes.adopt(owner, (Control) control);
        }
        return true;
    }

    @Override
    public T remove(int index) {
        T old = get(index);
        changing();
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        Nodes.release(owner, old);
        return old;
    }

    @Override
    public void clear() {
        if (size == 0) {
            return;
        }
        changing();
        Control[] old = items;
        int count = size;
        items = EMPTY;
        size = 0;
        for (int i = 0; i < count; i++) {
            Nodes.release(owner, old[i]);
        }
    }

    /** Identity index of a child, or -1. */
    public int indexOfIdentity(Object child) {
        for (int i = 0; i < size; i++) {
            if (items[i] == child) {
                return i;
            }
        }
        return -1;
    }
}
