package dev.jflet.core.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jflet.core.controls.core.Text;
import dev.jflet.core.internal.tree.ControlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.jflet.core.internal.tree.Nodes;
import org.junit.jupiter.api.Test;

class NodeIndexTest {
    @Test
    void randomPutsAndRemoves_agreeWithAHashMap() {
        List<ControlNode> nodes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            nodes.add(new Text("t" + i));
        }
        NodeIndex index = new NodeIndex();
        Map<Integer, ControlNode> expected = new HashMap<>();
        Random random = new Random(11);
        for (int step = 0; step < 200_000; step++) {
            ControlNode node = nodes.get(random.nextInt(nodes.size()));
            if (random.nextInt(3) == 0) {
                index.remove(Nodes.id(node));
                expected.remove(Nodes.id(node));
            } else {
                index.put(node);
                expected.put(Nodes.id(node), node);
            }
            ControlNode probe = nodes.get(random.nextInt(nodes.size()));
            assertSame(expected.get(Nodes.id(probe)), index.get(Nodes.id(probe)));
        }
        assertEquals(expected.size(), index.size());
        for (ControlNode node : nodes) {
            assertSame(expected.get(Nodes.id(node)), index.get(Nodes.id(node)));
        }
    }

    @Test
    void emptiedPage_isDropped_andIdsPastItStillResolve() {
        NodeIndex index = new NodeIndex();
        List<ControlNode> nodes = new ArrayList<>();
        for (int id = 1; id < 3 * 256; id++) {
            ControlNode node = new FixedId(id);
            nodes.add(node);
            index.put(node);
        }
        assertEquals(3, index.pages());
        for (int id = 256; id < 2 * 256; id++) {
            index.remove(id);
        }
        assertEquals(2, index.pages());
        assertEquals(3 * 256 - 1 - 256, index.size());
        assertNull(index.get(256));
        assertNull(index.get(2 * 256 - 1));
        assertSame(nodes.get(255 - 1), index.get(255));
        for (int id = 2 * 256; id < 3 * 256; id++) {
            assertSame(nodes.get(id - 1), index.get(id));
        }

        index.put(nodes.get(300 - 1));
        assertEquals(3, index.pages());
        assertSame(nodes.get(300 - 1), index.get(300));
        assertNull(index.get(301));
        index.remove(300);
        assertEquals(2, index.pages());
    }

    @Test
    void idsFarApart_takeAPageEach() {
        NodeIndex index = new NodeIndex();
        ControlNode low = new FixedId(1);
        ControlNode high = new FixedId(5_000_000);
        index.put(low);
        index.put(high);
        assertEquals(2, index.pages());
        assertSame(low, index.get(1));
        assertSame(high, index.get(5_000_000));
        assertNull(index.get(5_000_001));
        assertNull(index.get(4_999_999));
        assertNull(index.get(5_000_000 + 256));
        index.remove(5_000_000);
        assertNull(index.get(5_000_000));
        assertEquals(1, index.pages());
        assertEquals(1, index.size());
    }

    @Test
    void unknownAndZeroIds_areAbsent() {
        NodeIndex index = new NodeIndex();
        index.put(new Text("a"));
        assertNull(index.get(0));
        assertNull(index.get(-5));
        assertNull(index.get(Integer.MAX_VALUE));
        index.remove(0);
        assertEquals(1, index.size());
    }

    /** A node with the id given, which a control does not take. */
    private static final class FixedId extends ControlNode {
        FixedId(int id) {
            super("Text", null, id);
        }
    }
}
