package dev.jflet.core.controls;

import dev.jflet.core.Event;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.FilledButton;
import dev.jflet.core.controls.material.FilledIconButton;
import dev.jflet.core.controls.material.FilledTonalButton;
import dev.jflet.core.controls.material.FilledTonalIconButton;
import dev.jflet.core.controls.material.FloatingActionButton;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.OutlinedButton;
import dev.jflet.core.controls.material.OutlinedIconButton;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.types.ClipBehavior;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.Tooltip;
import dev.jflet.core.types.Duration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The button family (flet-protocol.md §5.2): wire names, defaults left out, and typed events. */
class ButtonsTest {
    private final List<String> log = new ArrayList<>();

    @Test
    void labelledVariants_sendTheirOwnTypeName_andOnlyNonDefaults() {
        FilledButton filled = new FilledButton("Save").icon(Icons.ADD).onClick(() -> { });
        FilledTonalButton tonal = new FilledTonalButton("Later").autofocus(false);
        OutlinedButton outlined = new OutlinedButton("Cancel").clipBehavior(ClipBehavior.NONE);
        TextButton text = new TextButton("Skip").clipBehavior(ClipBehavior.HARD_EDGE);
        Button elevated = new Button("Go").clipBehavior(ClipBehavior.NONE).url("https://flet.dev");
        AppTester t = AppTester.start(page -> page.add(filled, tonal, outlined, text, elevated));

        assertEquals(Map.of("content", "Save", "icon", Icons.ADD, "on_click", true, "_c", "FilledButton"),
                WireForm.of(t, filled));
        assertEquals(Map.of("content", "Later", "_c", "FilledTonalButton"), WireForm.of(t, tonal));
        assertEquals(Map.of("content", "Cancel", "_c", "OutlinedButton"), WireForm.of(t, outlined),
                "clip_behavior none is TextButton's and OutlinedButton's default");
        assertEquals(Map.of("content", "Skip", "clip_behavior", "hardEdge", "_c", "TextButton"),
                WireForm.of(t, text));
        assertEquals(Map.of("content", "Go", "clip_behavior", "none", "url", "https://flet.dev", "_c", "Button"),
                WireForm.of(t, elevated), "Button has no clip_behavior default");
    }

    @Test
    void iconVariants_sendTheirOwnTypeName_andTheTooltipAsTheirName() {
        FilledIconButton filled = new FilledIconButton(Icons.ADD).tooltip("Add");
        FilledTonalIconButton tonal = new FilledTonalIconButton(Icons.EDIT).selected(true)
                .selectedIcon(Icons.CHECK);
        OutlinedIconButton outlined = new OutlinedIconButton(Icons.DELETE)
                .tooltip(new Tooltip("Delete").waitDuration(Duration.ofMillis(200)));
        AppTester t = AppTester.start(page -> page.add(filled, tonal, outlined));

        assertEquals(Map.of("icon", Icons.ADD, "tooltip", "Add", "_c", "FilledIconButton"), WireForm.of(t, filled));
        assertEquals(Map.of("icon", Icons.EDIT, "selected", true, "selected_icon", Icons.CHECK,
                "_c", "FilledTonalIconButton"), WireForm.of(t, tonal));
        assertEquals(Map.of("icon", Icons.DELETE, "tooltip",
                Map.of("message", "Delete", "wait_duration", Map.of("milliseconds", 200)),
                "_c", "OutlinedIconButton"), WireForm.of(t, outlined));
    }

    @Test
    void everyVariant_click_reachesItsTypedHandler() {
        FilledButton filled = new FilledButton("f", e -> log.add("filled " + e.control().content().orElseThrow()));
        OutlinedIconButton outlined = new OutlinedIconButton(Icons.DELETE);
        outlined.onClick((Event<OutlinedIconButton> e) -> log.add("outlined " + e.control().icon().getAsInt()));
        FloatingActionButton fab = new FloatingActionButton(Icons.ADD, e -> log.add("fab " + e.name()));
        AppTester t = AppTester.start(page -> page.add(filled, outlined, fab));

        t.click(filled).click(outlined).click(fab);

        assertEquals(List.of("filled f", "outlined " + Icons.DELETE, "fab click"), log);
    }

    @Test
    void hover_isTyped_andBadDataIsDroppedWithAReason() {
        FilledTonalButton tonal = new FilledTonalButton("t");
        tonal.onHover(e -> log.add("tonal hovered " + e.hovered()));
        IconButton icon = new IconButton(Icons.STAR);
        icon.onHover(e -> log.add("icon hovered " + e.hovered() + " on " + e.control().icon().getAsInt()));
        AppTester t = AppTester.start(page -> page.add(tonal, icon));

        t.fire(tonal, "hover", true).fire(tonal, "hover", "false").fire(icon, "hover", false);
        t.fire(tonal, "hover", 3);

        assertEquals(List.of("tonal hovered true", "tonal hovered false", "icon hovered false on " + Icons.STAR), log);
        assertEquals(1, t.problems().size(), t.problems().toString());
        assertTrue(t.problems().get(0).contains("event 'hover' expects a bool, got"), t.problems().get(0));
        assertTrue(t.running());
    }

    @Test
    void floatingActionButton_onThePage_isTheFirstViewsProperty() {
        FloatingActionButton fab = new FloatingActionButton(Icons.ADD).tooltip("Compose").mini(false)
                .clipBehavior(ClipBehavior.NONE);
        AppTester t = AppTester.start(page -> page.floatingActionButton(fab).add());

        assertSame(fab, t.page().floatingActionButton().orElseThrow());
        assertEquals(Map.of("icon", Icons.ADD, "tooltip", "Compose", "_c", "FloatingActionButton"),
                WireForm.of(t, fab), "mini false and clip_behavior none are defaults");
        Map<?, ?> view = t.client().control(t.page().views().get(0));
        assertEquals("FloatingActionButton", ((Map<?, ?>) view.get("floating_action_button")).get("_c"));
        t.assertClientInSync();
    }

    @Test
    void badArguments_nameTheValue() {
        assertEquals("iconSize must be > 0: 0.0",
                assertThrows(IllegalArgumentException.class, () -> new IconButton(Icons.ADD).iconSize(0))
                        .getMessage());
        assertEquals("elevation must be >= 0: -1.0",
                assertThrows(IllegalArgumentException.class, () -> new FloatingActionButton().elevation(-1))
                        .getMessage());
    }
}
