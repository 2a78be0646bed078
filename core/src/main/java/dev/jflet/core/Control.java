package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.tree.ControlList;
import dev.jflet.core.internal.tree.ControlNode;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.internal.tree.TreeSession;

import java.util.List;
import java.util.Optional;

/**
 * The base of every control: identity, the properties every control has, and {@link #update()}.
 *
 * <p>Subclass a control to make a custom one. Properties are typed descriptors; only values that differ
 * from the default are stored and sent.
 *
 * <p>A control is one object: its runtime state (identity, place in the tree, stored values, changes not yet sent)
 * lives in the fields of its internal superclass, none of which is visible to subclasses.
 */
public abstract class Control extends ControlNode {
    /** Key used to match items across list changes and to find the control in tests. */
    protected static final Prop<String> KEY = Prop.outbound("key", null);
    /** Whether the control is shown. */
    protected static final Prop<Boolean> VISIBLE = Prop.outbound("visible", true);
    /** Whether the control, and everything inside it, is disabled. */
    protected static final Prop<Boolean> DISABLED = Prop.outbound("disabled", false);
    /** Flex factor inside a parent that expands children ({@code true} is 1). */
    protected static final Prop<Object> EXPAND = Prop.outbound("expand", null);
    /** Whether an expanded control may be smaller than its share (Flutter's {@code Flexible} with a loose fit). */
    protected static final Prop<Boolean> EXPAND_LOOSE = Prop.outbound("expand_loose", false);
    /** Opacity from 0.0 to 1.0. */
    protected static final Prop<Double> OPACITY = Prop.outbound("opacity", 1.0);
    /** Tooltip: a string or a {@code Tooltip} value. */
    protected static final Prop<Object> TOOLTIP = Prop.outbound("tooltip", null);

    /** Properties shared by all controls. */
    protected static final PropSet PROPS = PropSet.of(null, KEY, VISIBLE, DISABLED, EXPAND, EXPAND_LOOSE, OPACITY,
            TOOLTIP);

    static {
        Nodes.installHooks(new LifecycleHooks());
    }

    /**
     * Creates a control.
     *
     * @param type  the Flet type name sent as {@code _c}
     * @param props the properties this control type declares
     */
    protected Control(String type, PropSet props) {
        this(type, props, 0);
    }

    Control(String type, PropSet props, int fixedId) {
        super(type, props, fixedId);
    }

    /** The key, if one was set. */
    public Optional<String> key() {
        return Optional.ofNullable(get(KEY));
    }

    public boolean visible() {
        return get(VISIBLE);
    }

    public boolean disabled() {
        return get(DISABLED);
    }

    /** The page this control is on: present once the control is inside the page's tree. */
    public Optional<Page> page() {
        ControlNode n = this;
        while (Nodes.parent(n) != null) {
            n = Nodes.parent(n);
        }
        return n instanceof Page ? Optional.of((Page) n) : Optional.empty();
    }

    /**
     * Sends this control's pending changes to the client now.
     *
     * @throws IllegalStateException if the control has not been added to a page
     */
    public void update() {
        Page page = page().orElseThrow(() -> new IllegalStateException(
                this + " must be added to the page before update() is called. Use page.add(control) first."));
        page.update(this);
    }

    /** Reads a property. */
    protected final <T> T get(Prop<T> prop) {
        return Nodes.get(this, prop);
    }

    /** Writes a property; the change is sent with the next update. */
    protected final <T> void set(Prop<T> prop, T value) {
        Nodes.set(this, prop, value);
    }

    /** The list of child controls held in {@code prop}, created on first use. */
    @SuppressWarnings("unchecked")
    protected final <C extends Control> List<C> controls(Prop<?> prop) {
        Object current = Nodes.get(this, prop);
        if (current == null) {
            ControlList<C> list = new ControlList<>(this);
            Nodes.setFromClient(this, (Prop<Object>) prop, list);
            return list;
        }
        return (List<C>) current;
    }

    /** Marks this control as owning its update boundary (flet-protocol.md §3.5). */
    protected final void isolated(boolean isolated) {
        Nodes.isolated(this, isolated);
    }

    /** Sets an {@code _internals} hint for the client, or removes it when {@code value} is null. */
    protected final void internal(String name, Object value) {
        Nodes.internal(this, name, value);
    }

    /**
     * Called once, right before the control is first sent to the client; {@link #page()} is present.
     * Custom controls build their children here, and what they add is sent with the control.
     */
    protected void build() {
    }

    /**
     * Called before the control is sent in full, before its changes are diffed, and before an update
     * rooted at it. Derive properties from Java-side state here; do not call {@code update()}.
     */
    protected void beforeUpdate() {
    }

    /** Called after the patch that added the control has been sent. */
    protected void didMount() {
    }

    /** Called before the patch that removes the control is sent. */
    protected void willUnmount() {
    }

    /**
     * Called before an event's handler runs; returning {@code false} cancels the handler and the
     * automatic update that would follow it.
     */
    protected boolean beforeEvent(Event<?> event) {
        return true;
    }

    @Override
    public String toString() {
        return Nodes.type(this) + "(" + Nodes.id(this) + ")";
    }

    /** A control is equal only to itself, as a Flet control is. */
    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    /**
     * The control's id: unique, and already stored, so hashing a control (list diffs, sets of controls) stores
     * nothing more in it. An identity hash would add a field to each of tens of thousands of controls in the JS build.
     */
    @Override
    public final int hashCode() {
        return Nodes.id(this);
    }

    private static final class LifecycleHooks implements Nodes.Hooks {
        @Override
        public void build(Control c) {
            c.build();
        }

        @Override
        public void beforeUpdate(Control c) {
            c.beforeUpdate();
        }

        @Override
        public void didMount(Control c) {
            c.didMount();
        }

        @Override
        public void willUnmount(Control c) {
            c.willUnmount();
        }

        @Override
        public boolean beforeEvent(Control c, Event<?> e) {
            return c.beforeEvent(e);
        }

        @Override
        public TreeSession session(Control root) {
            return root instanceof Page ? ((Page) root).treeSession() : null;
        }
    }
}
