package dev.jflet.core.internal.tree;

import dev.jflet.core.controls.core.Text;
import dev.jflet.core.internal.props.Prop;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlNodeStorageTest {
    private static final List<Prop<Object>> PROPS = new ArrayList<>();

    static {
        for (int i = 0; i < 7; i++) {
            PROPS.add(Prop.outbound("p" + i, null));
        }
    }

    @Test
    void randomSetsAndResets_agreeWithAnInsertionOrderedMap() {
        agreeWithAnInsertionOrderedMap(PROPS, 7);
    }

    @Test
    void randomSetsAndResets_withPropertiesPastTheCodes_agreeWithAnInsertionOrderedMap() {
        List<Prop<Object>> props = withCodes();
        props.add(1, pastTheCodes());
        props.add(pastTheCodes());
        agreeWithAnInsertionOrderedMap(props, 11);
    }

    /**
     * Sets and resets at random, on a node the client sometimes knows: then the node also logs its changes, in the
     * field of its spilled values, and must give back what the client saw.
     */
    private static void agreeWithAnInsertionOrderedMap(List<Prop<Object>> props, long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            ControlNode node = new Text("");
            Map<Prop<?>, Object> model = new LinkedHashMap<>();
            Map<Prop<?>, Object> seen = null;
            for (int step = 0; step < 40; step++) {
                Prop<Object> p = props.get(random.nextInt(props.size()));
                Object value = random.nextInt(4) == 0 ? p.defaultValue() : "v" + random.nextInt(3);
                Nodes.set(node, p, value);
                if (p.isDefault(value)) {
                    model.remove(p);
                } else {
                    model.put(p, value);
                }
                int turn = random.nextInt(10);
                if (turn == 0) {
                    Nodes.mount(node); // mounting trims the storage and forgets the changes
                    seen = new LinkedHashMap<>(model);
                } else if (turn == 1) {
                    Nodes.unmount(node);
                    seen = null;
                }
                assertSameContent(props, model, node);
                assertEquals(seen != null && !seen.equals(model), Nodes.dirty(node));
                Map<Prop<?>, Object> client = seen != null ? seen : model;
                for (Prop<Object> q : props) {
                    Object original = client.containsKey(q) ? client.get(q) : q.defaultValue();
                    assertEquals(original, Nodes.originalValue(node, q));
                }
            }
        }
    }

    @Test
    void threeValues_liveInFields_andAFourthSpills() {
        List<Prop<Object>> props = withCodes();
        ControlNode node = new Text("");
        for (int i = 0; i < 3; i++) {
            Nodes.set(node, props.get(i), "v" + i);
        }
        assertEquals(0, NodeValues.spilledLength(node));
        Nodes.set(node, props.get(3), "v3");
        assertTrue(NodeValues.spilledLength(node) > 0);

        Nodes.set(node, props.get(1), props.get(1).defaultValue());
        assertEquals(List.of(props.get(0), props.get(2), props.get(3)), stored(node));
        assertEquals("v3", Nodes.get(node, props.get(3)));
        Nodes.mount(node);
        assertEquals(0, NodeValues.spilledLength(node));
    }

    @Test
    void spilledValues_changedWhileTheChangeLogHoldsThem_areKeptWhenItGoes() {
        List<Prop<Object>> props = withCodes();
        ControlNode node = new Text("");
        Nodes.set(node, props.get(0), "v0");
        Nodes.mount(node);
        assertNull(ControlNode.changes(node));

        for (int i = 1; i < 4; i++) {
            Nodes.set(node, props.get(i), "v" + i); // the fourth value spills into an array the log holds
        }
        Nodes.set(node, PROPS.get(0), "w");
        assertTrue(Nodes.dirty(node));
        assertTrue(NodeValues.spilledLength(node) >= 4);
        assertEquals(List.of(props.get(1), props.get(2), props.get(3), PROPS.get(0)), Nodes.changedProps(node));
        assertEquals(props.get(3).defaultValue(), Nodes.originalValue(node, props.get(3)));

        Nodes.set(node, props.get(1), props.get(1).defaultValue()); // a spilled value moves into the freed field
        assertEquals(List.of(props.get(0), props.get(2), props.get(3), PROPS.get(0)), stored(node));
        assertEquals(List.of(props.get(2), props.get(3), PROPS.get(0)), Nodes.changedProps(node));

        Nodes.clearChanges(node);
        assertNull(ControlNode.changes(node));
        assertEquals("v3", Nodes.get(node, props.get(3)));
        assertEquals("w", Nodes.get(node, PROPS.get(0)));
        assertEquals(List.of(props.get(0), props.get(2), props.get(3), PROPS.get(0)), stored(node));
        Nodes.mount(node);
        assertEquals(2, NodeValues.spilledLength(node));
    }

    @Test
    void propertyPastTheCodes_keepsItsPlaceAndComesBack() {
        List<Prop<Object>> props = withCodes();
        Prop<Object> big = pastTheCodes();
        assertSame(big, Prop.ofOrder(big.order()));
        assertSame(PROPS.get(0), Prop.ofOrder(PROPS.get(0).order()));
        ControlNode node = new Text("");
        Nodes.set(node, big, "b");
        for (int i = 0; i < 3; i++) {
            Nodes.set(node, props.get(i), "v" + i);
        }
        assertEquals(List.of(big, props.get(0), props.get(1), props.get(2)), stored(node));
        assertEquals("b", Nodes.get(node, big));
        assertEquals("v2", Nodes.get(node, props.get(2)));
        Nodes.set(node, big, "c");
        assertEquals("c", Nodes.storedValue(node, 0));

        Nodes.set(node, big, null);
        assertEquals(List.of(props.get(0), props.get(1), props.get(2)), stored(node));
        Nodes.mount(node);
        assertEquals(0, NodeValues.spilledLength(node));
        assertEquals("v1", Nodes.get(node, props.get(1)));
        assertNull(Nodes.get(node, big));
    }

    /**
     * The first four properties declared: their orders fit in a code whatever the tests declared before. The node
     * does not check the values' types, and these tests store strings no default equals.
     */
    @SuppressWarnings("unchecked")
    private static List<Prop<Object>> withCodes() {
        List<Prop<Object>> props = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            props.add((Prop<Object>) Prop.ofOrder(i));
        }
        return props;
    }

    /** A new property whose order is too large for a code. */
    private static Prop<Object> pastTheCodes() {
        Prop<Object> p;
        do {
            p = Prop.outbound("big", null);
        } while (p.order() < 1023);
        return p;
    }

    private static List<Prop<?>> stored(ControlNode node) {
        List<Prop<?>> out = new ArrayList<>();
        for (int i = 0; i < Nodes.storedCount(node); i++) {
            out.add(Nodes.storedProp(node, i));
        }
        return out;
    }

    @Test
    void equalIntegers_areStoredAsOneObject() {
        ControlNode a = new Text("a");
        ControlNode b = new Text("b");
        Nodes.set(a, PROPS.get(0), Integer.valueOf(0xe5cd));
        Nodes.set(b, PROPS.get(0), Integer.valueOf(0xe5cd));
        assertSame(Nodes.get(a, PROPS.get(0)), Nodes.get(b, PROPS.get(0)));
        assertEquals(0xe5cd, Nodes.get(b, PROPS.get(0)));
    }

    private static void assertSameContent(List<Prop<Object>> props, Map<Prop<?>, Object> model, ControlNode node) {
        assertEquals(model.size(), Nodes.storedCount(node));
        int i = 0;
        for (Map.Entry<Prop<?>, Object> e : model.entrySet()) {
            assertSame(e.getKey(), Nodes.storedProp(node, i));
            assertEquals(e.getValue(), Nodes.storedValue(node, i));
            i++;
        }
        for (Prop<Object> p : props) {
            assertEquals(model.containsKey(p) ? model.get(p) : p.defaultValue(), Nodes.get(node, p));
        }
    }
}
