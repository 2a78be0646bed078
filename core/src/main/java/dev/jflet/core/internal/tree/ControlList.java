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
    // AbstractList's modCount, which its iterators and sub-lists only compare with the value they saw, holds the size
    // in its low SIZE_BITS bits and a count of changes in the rest: every change gives it a new value, so the
    // iterators fail fast as with a plain count (unless exactly a multiple of 256 changes that restore the size come
    // between two of their steps), and the size needs no field of its own.
    private static final int SIZE_BITS = 24;
    /** The most controls a list holds. */
    static final int MAX_SIZE = (1 << SIZE_BITS) - 1;

    // A table has one list per row, so a list keeps only its owner and items: the owner's property that holds it is
    // the one whose value it is, and what the client last saw of it is in the owner's change log (Nodes.listBefore).
    private final ControlNode owner;
    /** The items, without an ArrayList around them. */
    private Control[] items = EMPTY;

    /** A list held by {@code owner} as the value of one of its properties. */
    public ControlList(ControlNode owner) {
        this.owner = owner;
    }

    /** Drops spare capacity, for a list that the client now shows and that may live long unchanged. */
    void trim() {
        int size = size();
        if (items.length > size) {
            items = size == 0 ? EMPTY : Arrays.copyOf(items, size);
        }
    }

    /** Called before a change that leaves {@code added} more items (or fewer, when negative). */
    private void changing(int added) {
        if (added > MAX_SIZE - size()) {
            throw new IllegalStateException("a list of controls holds at most " + MAX_SIZE + " of them");
        }
        if (Nodes.mounted(owner)) {
            Nodes.listChanging(owner, this);
        }
    }

    /** Records a change that leaves {@code size} items. */
    private void changed(int size) {
        modCount = ((modCount & ~MAX_SIZE) + (1 << SIZE_BITS)) | size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size());
        return (T) items[index];
    }

    @Override
    public int size() {
        return modCount & MAX_SIZE;
    }

    @Override
    public T set(int index, T element) {
        Objects.requireNonNull(element, "control");
        T old = get(index);
        changing(0);
        items[index] = element;
        changed(size());
        Nodes.release(owner, old);
        Nodes.adopt(owner, element);
        return old;
    }

    @Override
    public void add(int index, T element) {
        Objects.requireNonNull(element, "control");
        int size = size();
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        changing(1);
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = element;
        changed(size + 1);
        Nodes.adopt(owner, element);
    }

    @Override
    public boolean addAll(Collection<? extends T> added) {
        return addAll(size(), added);
    }

    @Override
    public boolean addAll(int index, Collection<? extends T> added) {
        int size = size();
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
        changing(incoming.length);
        if (size + incoming.length > items.length) {
            items = Arrays.copyOf(items, Math.max(size + incoming.length, size + (size >> 1) + 1));
        }
        System.arraycopy(items, index, items, index + incoming.length, size - index);
        System.arraycopy(incoming, 0, items, index, incoming.length);
        changed(size + incoming.length);
        for (Object control : incoming) {
            Nodes.adopt(owner, (Control) control);
        }
        return true;
    }

    @Override
    public T remove(int index) {
        T old = get(index);
        int size = size();
        changing(-1);
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[size - 1] = null;
        changed(size - 1);
        Nodes.release(owner, old);
        return old;
    }

    @Override
    public void clear() {
        int count = size();
        if (count == 0) {
            return;
        }
        changing(-count);
        Control[] old = items;
        items = EMPTY;
        changed(0);
        for (int i = 0; i < count; i++) {
            Nodes.release(owner, old[i]);
        }
    }

    /** Identity index of a child, or -1. */
    public int indexOfIdentity(Object child) {
        int size = size();
        for (int i = 0; i < size; i++) {
            if (items[i] == child) {
                return i;
            }
        }
        return -1;
    }
}
