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
import org.junit.jupiter.api.Test;

class NodeIndexTest {
    @Test
    void randomPutsAndRemoves_agreeWithAHashMap() {
        List<ControlNode> nodes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            nodes.add(new Text("t" + i).node());
        }
        NodeIndex index = new NodeIndex();
        Map<Integer, ControlNode> expected = new HashMap<>();
        Random random = new Random(11);
        for (int step = 0; step < 200_000; step++) {
            ControlNode node = nodes.get(random.nextInt(nodes.size()));
            if (random.nextInt(3) == 0) {
                index.remove(node.id());
                expected.remove(node.id());
            } else {
                index.put(node);
                expected.put(node.id(), node);
            }
            ControlNode probe = nodes.get(random.nextInt(nodes.size()));
            assertSame(expected.get(probe.id()), index.get(probe.id()));
        }
        assertEquals(expected.size(), index.size());
        for (ControlNode node : nodes) {
            assertSame(expected.get(node.id()), index.get(node.id()));
        }
    }

    @Test
    void unknownAndZeroIds_areAbsent() {
        NodeIndex index = new NodeIndex();
        index.put(new Text("a").node());
        assertNull(index.get(0));
        assertNull(index.get(-5));
        assertNull(index.get(Integer.MAX_VALUE));
        index.remove(0);
        assertEquals(1, index.size());
    }
}
