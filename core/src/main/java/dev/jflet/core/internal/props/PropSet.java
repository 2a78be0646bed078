package dev.jflet.core.internal.props;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Internal: the properties one control type declares, looked up by wire name. */
public final class PropSet {
    private final Map<String, Prop<?>> byName;
    private final List<Prop<?>> controlLists;

    private PropSet(Map<String, Prop<?>> byName, List<Prop<?>> controlLists) {
        this.byName = byName;
        this.controlLists = controlLists;
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
        return new PropSet(byName, Collections.unmodifiableList(lists));
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
