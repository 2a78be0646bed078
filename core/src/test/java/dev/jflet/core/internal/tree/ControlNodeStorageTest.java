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
import static org.junit.jupiter.api.Assertions.assertSame;

class ControlNodeStorageTest {
    private static final List<Prop<Object>> PROPS = new ArrayList<>();

    static {
        for (int i = 0; i < 7; i++) {
            PROPS.add(Prop.outbound("p" + i, null));
        }
    }

    @Test
    void randomSetsAndResets_agreeWithAnInsertionOrderedMap() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            ControlNode node = new Text("").node();
            Map<Prop<?>, Object> model = new LinkedHashMap<>();
            for (int step = 0; step < 40; step++) {
                Prop<Object> p = PROPS.get(random.nextInt(PROPS.size()));
                Object value = random.nextInt(4) == 0 ? null : "v" + random.nextInt(3);
                node.set(p, value);
                if (value == null) {
                    model.remove(p);
                } else {
                    model.put(p, value);
                }
                if (random.nextInt(10) == 0) {
                    node.mount(null); // mounting trims the storage; a null session leaves the node unmounted
                }
                assertSameContent(model, node);
            }
        }
    }

    @Test
    void equalIntegers_areStoredAsOneObject() {
        ControlNode a = new Text("a").node();
        ControlNode b = new Text("b").node();
        a.set(PROPS.get(0), Integer.valueOf(0xe5cd));
        b.set(PROPS.get(0), Integer.valueOf(0xe5cd));
        assertSame(a.get(PROPS.get(0)), b.get(PROPS.get(0)));
        assertEquals(0xe5cd, b.get(PROPS.get(0)));
    }

    private static void assertSameContent(Map<Prop<?>, Object> model, ControlNode node) {
        assertEquals(model.size(), node.storedCount());
        int i = 0;
        for (Map.Entry<Prop<?>, Object> e : model.entrySet()) {
            assertSame(e.getKey(), node.storedProp(i));
            assertEquals(e.getValue(), node.storedValue(i));
            i++;
        }
        for (Prop<Object> p : PROPS) {
            assertEquals(model.get(p), node.get(p));
        }
    }
}
