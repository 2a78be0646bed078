package dev.jflet.core.controls;

import dev.jflet.core.controls.material.FloatingActionButton;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.FloatingActionButtonLocation;
import dev.jflet.core.types.Icons;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The view's {@code floating_action_button_location} (flet-protocol.md §5.2, View). */
class FabLocationTest {
    @Test
    void location_isSentOnTheFirstView_andChangesArePatched() {
        AppTester t = AppTester.start(page -> page.floatingActionButton(new FloatingActionButton(Icons.ADD))
                .floatingActionButtonLocation(FloatingActionButtonLocation.CENTER_DOCKED));
        Map<String, Object> view = t.client().control(t.page().views().get(0));
        assertEquals("centerDocked", view.get("floating_action_button_location"));

        t.page().floatingActionButtonLocation(FloatingActionButtonLocation.MINI_START_FLOAT).update();
        assertEquals("miniStartFloat", view.get("floating_action_button_location"));
        t.page().floatingActionButtonLocation(null).update();
        assertNull(t.client().control(t.page().views().get(0)).get("floating_action_button_location"));
        t.assertClientInSync();
    }
}
