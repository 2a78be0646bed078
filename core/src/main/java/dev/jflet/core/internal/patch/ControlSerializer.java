package dev.jflet.core.internal.patch;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.protocol.WireValue;
import dev.jflet.core.internal.tree.ControlList;
import dev.jflet.core.internal.tree.ControlNode;
import dev.jflet.core.internal.tree.Nodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal: turns a control and everything inside it into its wire map (flet-protocol.md §3.2): stored
 * (non-default) values, events as {@code true}, non-empty child lists, {@code _internals}, {@code _i}, {@code _c}.
 */
public final class ControlSerializer {
    private final MountTracker tracker;

    public ControlSerializer(MountTracker tracker) {
        this.tracker = tracker;
    }

    public Map<String, Object> serialize(ControlNode node) {
        if (!Nodes.built(node)) {
            Nodes.markBuilt(node);
            Nodes.hooks().build(Nodes.control(node));
        }
        Nodes.hooks().beforeUpdate(Nodes.control(node));
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < Nodes.storedCount(node); i++) {
            Prop<?> p = Nodes.storedProp(node, i);
            Object v = Nodes.storedValue(node, i);
            if (p.kind() == Prop.Kind.EVENT) {
                m.put(p.name(), Boolean.TRUE);
            } else if (p.kind() == Prop.Kind.CONTROLS) {
                ControlList<?> list = (ControlList<?>) v;
                if (!list.isEmpty()) {
                    m.put(p.name(), controls(list));
                }
            } else if (v != null) {
                m.put(p.name(), value(v));
            }
        }
        if (!Nodes.internals(node).isEmpty()) {
            m.put("_internals", internals(Nodes.internals(node)));
        }
        m.put("_i", Nodes.id(node));
        m.put("_c", Nodes.type(node));
        tracker.mounted(node);
        return m;
    }

    /** Encodes an {@code _internals} map; its values may be value types, such as a button's style. */
    public Map<String, Object> internals(Map<String, Object> internals) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : internals.entrySet()) {
            out.put(e.getKey(), value(e.getValue()));
        }
        return out;
    }

    /** Serializes a list of controls. */
    public List<Object> controls(List<? extends Control> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Control c : list) {
            out.add(serialize(c));
        }
        return out;
    }

    /** Encodes one property value; controls inside it are serialized in full. */
    public Object value(Object v) {
        if (v instanceof Control) {
            return serialize((Control) v);
        }
        if (v instanceof WireValue) {
            return ((WireValue) v).toWire();
        }
        if (v instanceof List) {
            List<?> l = (List<?>) v;
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(value(o));
            }
            return out;
        }
        return v;
    }
}
