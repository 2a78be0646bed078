package dev.jflet.core.internal.patch;

import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.testing.AppTester;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Map-valued properties are diffed key by key, as Flet diffs dicts (flet-protocol.md §3.5). */
class MapDiffTest {
    /** A control with a map-valued property. */
    static final class Tagged extends LayoutControl<Tagged> {
        static final Prop<Map<String, Object>> TAGS = Prop.outbound("tags", null);

        Tagged() {
            super("Tagged", PropSet.of(LayoutControl.PROPS, TAGS));
        }

        Tagged tags(Map<String, Object> tags) {
            set(TAGS, tags);
            return this;
        }
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static List<?> ops(AppTester t) {
        List<?> patch = (List<?>) t.frames(Action.PATCH_CONTROL).get(t.frames(Action.PATCH_CONTROL).size() - 1)
                .get("patch");
        return patch.subList(1, patch.size());
    }

    @Test
    void changedMap_emitsRemovesThenAddsThenReplaces() {
        Tagged tagged = new Tagged().tags(map("a", 1, "b", 2, "n", map("x", 1)));
        AppTester t = AppTester.start(page -> page.add(tagged));
        tagged.tags(map("b", 3, "c", 4, "n", map("x", 2)));
        t.page().update();
        assertEquals(List.of(List.of(2, 5, "a"), List.of(1, 5, "c", 4), List.of(0, 5, "b", 3), List.of(0, 6, "x", 2)),
                ops(t));
        t.assertClientInSync();
    }

    @Test
    void mapBecomingEmpty_replacesTheWholeField() {
        Tagged tagged = new Tagged().tags(map("a", 1));
        AppTester t = AppTester.start(page -> page.add(tagged));
        tagged.tags(map());
        t.page().update();
        assertEquals(List.of(List.of(0, 4, "tags", Map.of())), ops(t));
        t.assertClientInSync();
    }
}
