package dev.jflet.core.controls;

import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.FloatingActionButton;
import dev.jflet.core.controls.material.NavigationRail;
import dev.jflet.core.controls.material.NavigationRailDestination;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.NavigationRailLabelType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NavigationRail (flet-protocol.md §5.2): the wire form, and change with selected_index synced first. */
class NavigationRailTest {
    private final List<String> log = new ArrayList<>();
    private final NavigationRail rail = new NavigationRail(
            new NavigationRailDestination(Icons.INBOX, "Inbox").selectedIcon(Icons.INBOX_OUTLINED),
            new NavigationRailDestination(Icons.SEND, "Sent"),
            new NavigationRailDestination(new Text("T"), new Text("Trash")).disabled(true))
            .labelType(NavigationRailLabelType.ALL).extended(false);

    @Test
    void rail_withoutSelection_sendsNoIndex_andItsDestinations() {
        rail.leading(new FloatingActionButton(Icons.EDIT).tooltip("Compose")).groupAlignment(-1);
        AppTester t = AppTester.start(page -> page.add(new Row(rail)));

        Map<?, ?> wire = (Map<?, ?>) WireForm.of(t, rail);
        assertEquals("all", wire.get("label_type"));
        assertEquals(-1, wire.get("group_alignment"));
        assertEquals("FloatingActionButton", ((Map<?, ?>) wire.get("leading")).get("_c"));
        assertTrue(!wire.containsKey("selected_index") && !wire.containsKey("extended"), wire.toString());
        assertEquals(List.of(
                Map.of("icon", Icons.INBOX, "label", "Inbox", "selected_icon", Icons.INBOX_OUTLINED,
                        "_c", "NavigationRailDestination"),
                Map.of("icon", Icons.SEND, "label", "Sent", "_c", "NavigationRailDestination"),
                Map.of("disabled", true, "icon", Map.of("value", "T", "_c", "Text"),
                        "label", Map.of("value", "Trash", "_c", "Text"), "_c", "NavigationRailDestination")),
                wire.get("destinations"));
        assertEquals(OptionalInt.empty(), rail.selectedIndex());
    }

    @Test
    void change_isTyped_andTheSyncedIndexIsCurrentInTheHandler() {
        rail.selectedIndex(0).onChange(e -> log.add("picked " + e.selectedIndex() + ", rail at "
                + e.control().selectedIndex().getAsInt()));
        AppTester t = AppTester.start(page -> page.add(rail));

        t.change(rail, "selected_index", 1);
        t.change(rail, "selected_index", 0);

        assertEquals(List.of("picked 1, rail at 1", "picked 0, rail at 0"), log);
        assertEquals(List.of(), t.problems());
        t.assertClientInSync();
    }

    @Test
    void change_withBadData_isDroppedWithTheReason() {
        rail.onChange(() -> log.add("changed"));
        AppTester t = AppTester.start(page -> page.add(rail));

        t.fire(rail, "change", -1).fire(rail, "change", "first").fire(rail, "change", "2");

        assertEquals(List.of("changed"), log, "a numeric string is accepted, as Flet's Python side does");
        assertEquals(2, t.problems().size());
        assertTrue(t.problems().get(0).contains("event 'change' expects a destination index >= 0, got"),
                t.problems().get(0));
    }

    @Test
    void badArguments_nameTheValue() {
        assertEquals("selectedIndex < 0: -1",
                assertThrows(IllegalArgumentException.class, () -> rail.selectedIndex(-1)).getMessage());
        assertEquals("groupAlignment must be between -1.0 and 1.0: 2.0",
                assertThrows(IllegalArgumentException.class, () -> rail.groupAlignment(2)).getMessage());
    }
}
