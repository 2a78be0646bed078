package dev.jflet.core.internal.tree;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Internal: a list of child controls that records what the client last saw, so the next update can
 * send adds, removes and moves instead of the whole list (flet-protocol.md §3.5).
 */
public final class ControlList<T extends Control> extends AbstractList<T> implements RandomAccess {
    private final ControlNode owner;
    private final Prop<?> prop;
    private final ArrayList<T> items = new ArrayList<>();
    private List<T> snapshot;

    public ControlList(ControlNode owner, Prop<?> prop) {
        this.owner = owner;
        this.prop = prop;
    }

    public Prop<?> prop() {
        return prop;
    }

    public ControlNode owner() {
        return owner;
    }

    /** The items as the client last saw them, or the current items when nothing changed. */
    public List<T> before() {
        return snapshot != null ? snapshot : items;
    }

    void clearSnapshot() {
        snapshot = null;
    }

    private void changing() {
        modCount++;
        if (snapshot == null && owner.mounted()) {
            snapshot = new ArrayList<>(items);
            owner.listChanged(this);
        }
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public T set(int index, T element) {
        Objects.requireNonNull(element, "control");
        changing();
        T old = items.set(index, element);
        owner.release(old.node());
        owner.adopt(element.node(), prop);
        return old;
    }

    @Override
    public void add(int index, T element) {
        Objects.requireNonNull(element, "control");
        changing();
        items.add(index, element);
        owner.adopt(element.node(), prop);
    }

    @Override
    public T remove(int index) {
        changing();
        T old = items.remove(index);
        owner.release(old.node());
        return old;
    }

    @Override
    public void clear() {
        if (items.isEmpty()) {
            return;
        }
        changing();
        for (T t : items) {
            owner.release(t.node());
        }
        items.clear();
    }

    /** Identity index of a child, or -1. */
    public int indexOfIdentity(Object child) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == child) {
                return i;
            }
        }
        return -1;
    }
}
