package dev.jflet.core.controls;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.BottomSheet;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.Divider;
import dev.jflet.core.controls.material.VerticalDivider;
import dev.jflet.core.testing.AppTester;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BottomSheet is a dialog (flet-protocol.md §3.13): shown with showDialog, dismissed as Flet's client does. */
class BottomSheetTest {
    private final List<String> log = new ArrayList<>();
    private final BottomSheet sheet = new BottomSheet(new Column(new Text("Sheet body"))).showDragHandle(true)
            .dismissible(true);

    private AppTester start() {
        sheet.onDismiss(() -> log.add("dismissed"));
        return AppTester.start(page -> page.add(new Button("open", e -> e.page().showDialog(sheet))));
    }

    @Test
    void showDialog_sendsTheOpenSheet_withItsNonDefaults() {
        AppTester t = start();
        t.click(t.find(Button.class));

        Map<?, ?> wire = (Map<?, ?>) WireForm.of(t, sheet);
        assertEquals(true, wire.get("open"));
        assertEquals(true, wire.get("show_drag_handle"));
        assertEquals(true, wire.get("on_dismiss"));
        assertEquals("Column", ((Map<?, ?>) wire.get("content")).get("_c"));
        assertFalse(wire.containsKey("dismissible"), "dismissible true is the default");
        // showDialog always listens for dismiss, to take the sheet off the page afterwards.
        assertEquals(Map.of("content", Map.of("controls", List.of(Map.of("value", "x", "_c", "Text")),
                "_internals", Map.of("host_expanded", true), "_c", "Column"), "open", true, "dismissible", false,
                "on_dismiss", true, "_c", "BottomSheet"), WireForm.of(t, dismissibleOff(t)));
    }

    private BottomSheet dismissibleOff(AppTester t) {
        BottomSheet fixed = new BottomSheet(new Column(new Text("x"))).dismissible(false);
        t.page().showDialog(fixed);
        return fixed;
    }

    @Test
    void userDismiss_syncsOpenThenDismiss_takesTheSheetOff_andRunsTheHandler() {
        AppTester t = start();
        t.click(t.find(Button.class));
        assertTrue(sheet.open());

        t.updateControl(sheet, Map.of("open", false)).fire(sheet, "dismiss", null);

        assertEquals(List.of("dismissed"), log);
        assertFalse(sheet.page().isPresent(), "the page took the sheet off");
        assertEquals(List.of(), t.problems());
        t.assertClientInSync();

        t.click(t.find(Button.class));
        assertTrue(sheet.open(), "it opens again");
    }

    @Test
    void popDialog_closesTheSheet_andTheClientReportsTheDismissal() {
        AppTester t = start();
        t.click(t.find(Button.class));

        assertEquals(sheet, t.page().popDialog().orElseThrow());
        assertEquals(false, t.client().control(sheet).getOrDefault("open", false));
        t.updateControl(sheet, Map.of("open", false)).fire(sheet, "dismiss", null);

        assertEquals(List.of("dismissed"), log);
        assertFalse(sheet.page().isPresent());
        t.assertClientInSync();
    }

    @Test
    void dividers_sendTheirOwnTypeName_andTheirExtent() {
        Divider divider = new Divider().height(24).thickness(2).color("primary").leadingIndent(8);
        VerticalDivider vertical = new VerticalDivider().width(1).trailingIndent(0).radius(2);
        AppTester t = AppTester.start(page -> page.add(divider, vertical));

        assertEquals(Map.of("height", 24, "thickness", 2, "color", "primary", "leading_indent", 8, "_c", "Divider"),
                WireForm.of(t, divider));
        assertEquals(Map.of("width", 1, "trailing_indent", 0, "radius", 2, "_c", "VerticalDivider"),
                WireForm.of(t, vertical));
        assertEquals("thickness must be >= 0: -1.0",
                assertThrows(IllegalArgumentException.class, () -> divider.thickness(-1)).getMessage());
    }
}
