package dev.jflet.core.internal.props;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Internal: the properties one control type declares, looked up by wire name.
 *
 * <p>A control keeps what it shares with others of its type as one reference: {@link #forType} gives the set named
 * for one type, one instance for every control of that type, and {@link #withInternals} the same set with the
 * control's {@code _internals} hints.
 */
public final class PropSet {
    private static final PropSet[] NONE = new PropSet[0];
    /** No properties: what a control declared with none (a null set) has. */
    public static final PropSet EMPTY = of(null);

    private final Map<String, Prop<?>> byName;
    private final List<Prop<?>> controlLists;
    /** The type name ({@code _c}) of a set given by {@link #forType}, or null for a declared set. */
    private final String type;
    /** The {@code _internals} hints of a set given by {@link #withInternals}, or null for none. */
    private final Map<String, Object> internals;
    /** The declared set a named one was made from; itself for a declared set. */
    private final PropSet declared;
    /**
     * The shared named sets made from this declared set: a few types and hints each. A copied-on-write array is
     * enough, and readers never see it half written (two controls made at once may at worst make one set twice).
     */
    private volatile PropSet[] named = NONE;

    private PropSet(Map<String, Prop<?>> byName, List<Prop<?>> controlLists, String type,
            Map<String, Object> internals, PropSet declared) {
        this.byName = byName;
        this.controlLists = controlLists;
        this.type = type;
        this.internals = internals;
        this.declared = declared == null ? this : declared;
    }

    public static PropSet of(PropSet base, Prop<?>... props) {
        Map<String, Prop<?>> byName = base == null ? new HashMap<>() : new HashMap<>(base.byName);
        List<Prop<?>> lists = base == null ? new ArrayList<>() : new ArrayList<>(base.controlLists);
        for (Prop<?> p : props) {
            if (byName.put(p.name(), p) != null) {
                throw new IllegalStateException("property declared twice: " + p.name());
            }
            if (p.kind() == Prop.Kind.CONTROLS) {
                lists.add(p);
            }
        }
        lists.sort((a, b) -> Integer.compare(a.order(), b.order()));
        return new PropSet(byName, Collections.unmodifiableList(lists), null, null, null);
    }

    /**
     * These properties named for the control type {@code type}: the same properties, and the same instance for
     * every call with the same name.
     */
    public PropSet forType(String type) {
        return named(Objects.requireNonNull(type, "type"), null, true);
    }

    /**
     * This set, named as it is, with the {@code _internals} hints {@code internals} (null or empty for none), which
     * the caller must not change. When {@code share} is set, every call with the same name and the same map object
     * (the caller shares equal maps) returns the same instance; else a new one.
     */
    public PropSet withInternals(Map<String, Object> internals, boolean share) {
        if (type == null) {
            throw new IllegalStateException("a declared set has no hints; name it with forType first");
        }
        Map<String, Object> hints = internals == null || internals.isEmpty() ? null : internals;
        return named(type, hints, share || hints == null);
    }

    private PropSet named(String type, Map<String, Object> internals, boolean share) {
        if (!share) {
            return new PropSet(byName, controlLists, type, internals, declared);
        }
        PropSet[] known = declared.named;
        for (PropSet s : known) {
            if (s.internals == internals && s.type.equals(type)) {
                return s;
            }
        }
        PropSet made = new PropSet(byName, controlLists, type, internals, declared);
        PropSet[] grown = Arrays.copyOf(known, known.length + 1);
        grown[known.length] = made;
        declared.named = grown;
        return made;
    }

    /** The type name given to {@link #forType}, or null for a set as declared. */
    public String type() {
        return type;
    }

    /** The {@code _internals} hints given to {@link #withInternals}; empty for none. */
    public Map<String, Object> internals() {
        return internals == null ? Map.of() : internals;
    }

    /** Returns the property with this wire name, or null. */
    public Prop<?> get(String wireName) {
        return byName.get(wireName);
    }

    /** The list-of-controls properties, in declaration order. */
    public List<Prop<?>> controlLists() {
        return controlLists;
    }
}
