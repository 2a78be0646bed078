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
 * <p>A control keeps its type name and properties as one reference: {@link #forType} gives the set named for one
 * type, one instance shared by every control of that type.
 */
public final class PropSet {
    private static final PropSet[] NONE = new PropSet[0];
    /** No properties: what a control declared with none (a null set) has. */
    public static final PropSet EMPTY = of(null);

    private final Map<String, Prop<?>> byName;
    private final List<Prop<?>> controlLists;
    /** The type name ({@code _c}) of a set given by {@link #forType}, or null for a declared set. */
    private final String type;
    /** The declared set a named one was made from; itself for a declared set. */
    private final PropSet declared;
    /**
     * The named sets made from this declared set. Few types share a set, so a copied-on-write array is enough, and
     * readers never see it half written (two controls created at once may at worst make one set twice).
     */
    private volatile PropSet[] named = NONE;

    private PropSet(Map<String, Prop<?>> byName, List<Prop<?>> controlLists, String type, PropSet declared) {
        this.byName = byName;
        this.controlLists = controlLists;
        this.type = type;
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
        return new PropSet(byName, Collections.unmodifiableList(lists), null, null);
    }

    /**
     * These properties named for the control type {@code type}: the same properties, and the same instance for
     * every call with the same name.
     */
    public PropSet forType(String type) {
        Objects.requireNonNull(type, "type");
        PropSet[] known = declared.named;
        for (PropSet s : known) {
            if (s.type.equals(type)) {
                return s;
            }
        }
        PropSet made = new PropSet(byName, controlLists, type, declared);
        PropSet[] grown = Arrays.copyOf(known, known.length + 1);
        grown[known.length] = made;
        declared.named = grown;
        return made;
    }

    /** The type name given to {@link #forType}, or null for a set as declared. */
    public String type() {
        return type;
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
