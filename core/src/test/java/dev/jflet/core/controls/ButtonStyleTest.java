package dev.jflet.core.controls;

import dev.jflet.core.Control;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.FilledButton;
import dev.jflet.core.controls.material.IconButton;
import dev.jflet.core.controls.material.OutlinedButton;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.internal.protocol.Action;
import dev.jflet.core.internal.tree.Nodes;
import dev.jflet.core.testing.AppTester;
import dev.jflet.core.testing.SentFrame;
import dev.jflet.core.types.BorderSide;
import dev.jflet.core.types.ButtonStyle;
import dev.jflet.core.types.ControlState;
import dev.jflet.core.types.Icons;
import dev.jflet.core.types.Padding;
import dev.jflet.core.types.RoundedRectangleBorder;
import dev.jflet.core.types.StadiumBorder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Buttons' {@code style} (flet-protocol.md §2.6, §5.2): where each kind sends it, and its patches after mount. */
class ButtonStyleTest {
    private static final ButtonStyle HOVER_RED = new ButtonStyle().bgcolor("blue").bgcolor(ControlState.HOVERED, "red");

    @Test
    void flatAndIconButtons_style_isTheirStyleProperty() {
        TextButton text = new TextButton("Skip").style(HOVER_RED);
        OutlinedButton outlined = new OutlinedButton("Cancel").style(new ButtonStyle().shape(new StadiumBorder()));
        IconButton icon = new IconButton(Icons.ADD).style(new ButtonStyle().padding(Padding.all(4)));
        AppTester t = AppTester.start(page -> page.add(text, outlined, icon));

        assertEquals(Map.of("content", "Skip", "style", Map.of("bgcolor", Map.of("default", "blue", "hovered", "red")),
                "_c", "TextButton"), WireForm.of(t, text));
        assertEquals(Map.of("content", "Cancel", "style", Map.of("shape", Map.of("_type", "stadium")),
                "_c", "OutlinedButton"), WireForm.of(t, outlined));
        assertEquals(Map.of("icon", Icons.ADD, "style", Map.of("padding",
                Map.of("left", 4, "top", 4, "right", 4, "bottom", 4)), "_c", "IconButton"), WireForm.of(t, icon));
    }

    @Test
    void button_style_isFoldedIntoInternalsWithTheButtonsElevation() {
        Button plain = new Button("Plain");
        Button styled = new Button("Go").style(HOVER_RED.elevation(ControlState.HOVERED, 6));
        FilledButton colored = new FilledButton("Save").color("white").bgcolor("green");
        AppTester t = AppTester.start(page -> page.add(plain, styled, colored));

        assertEquals(Map.of("content", "Plain", "_c", "Button"), WireForm.of(t, plain),
                "no style, colours or elevation: no _internals");
        assertEquals(Map.of("content", "Go", "_internals", Map.of("style", Map.of("bgcolor",
                Map.of("default", "blue", "hovered", "red"), "elevation", 1)), "_c", "Button"), WireForm.of(t, styled),
                "Flet's Button replaces the style's elevation with its own, 1 by default");
        assertEquals(Map.of("content", "Save", "_internals", Map.of("style",
                Map.of("color", "white", "bgcolor", "green", "elevation", 1)), "_c", "FilledButton"),
                WireForm.of(t, colored));
        assertNull(Nodes.props(styled).get("style"), "Button has no style property on the wire");
    }

    @Test
    void button_styleSetAfterMount_replacesTheEmptyInternals() {
        Button b = new Button("Go");
        AppTester t = AppTester.start(page -> page.add(b));
        t.clearFrames();

        b.style(new ButtonStyle().bgcolor("red"));
        b.update();

        assertEquals(List.of(List.of(0), List.of(0, 0, "_internals", Map.of("style",
                Map.of("bgcolor", "red", "elevation", 1)))), onlyPatch(t, b));
        t.assertClientInSync();
    }

    @Test
    void button_styleChangedAfterMount_replacesOnlyTheStyleEntry() {
        Button b = new Button("Go").style(HOVER_RED);
        AppTester t = AppTester.start(page -> page.add(b));
        t.clearFrames();

        b.style(HOVER_RED.bgcolor(ControlState.HOVERED, "green"));
        b.content("Went");
        b.update();

        assertEquals(List.of(List.of(0, Map.of("_internals", List.of(1))),
                List.of(0, 0, "content", "Went"),
                List.of(0, 1, "style", Map.of("bgcolor", Map.of("default", "blue", "hovered", "green"),
                        "elevation", 1))), onlyPatch(t, b), "scalars first, then the _internals dict, as Flet");
        assertEquals(Map.of("bgcolor", Map.of("default", "blue", "hovered", "green"), "elevation", 1),
                ((Map<?, ?>) t.client().control(b).get("_internals")).get("style"));
        t.assertClientInSync();
    }

    @Test
    void button_styleRemovedAfterMount_sendsEmptyInternals_andNothingWhenUnchanged() {
        Button b = new Button("Go").style(HOVER_RED);
        AppTester t = AppTester.start(page -> page.add(b));
        t.clearFrames();

        b.style(HOVER_RED);
        b.update();
        assertTrue(t.frames(Action.PATCH_CONTROL).isEmpty(), "an equal style is no change");

        b.style(null);
        b.update();
        assertEquals(List.of(List.of(0), List.of(0, 0, "_internals", Map.of())), onlyPatch(t, b));
        t.assertClientInSync();
    }

    @Test
    void textButton_styleChangedAfterMount_replacesTheStyleProperty() {
        TextButton b = new TextButton("Skip").style(HOVER_RED);
        AppTester t = AppTester.start(page -> page.add(b));
        t.clearFrames();

        b.style(HOVER_RED.side(ControlState.FOCUSED, new BorderSide(2, "black")));
        b.update();

        assertEquals(List.of(List.of(0), List.of(0, 0, "style", Map.of("bgcolor",
                Map.of("default", "blue", "hovered", "red"), "side", Map.of("focused", Map.of("width", 2))))),
                onlyPatch(t, b));
        t.assertClientInSync();
    }

    @Test
    void badValues_areRejected_namingTheField() {
        IllegalArgumentException color = assertThrows(IllegalArgumentException.class,
                () -> new ButtonStyle().bgcolor(ControlState.HOVERED, " "));
        assertTrue(color.getMessage().contains("ButtonStyle.bgcolor"), color.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ButtonStyle().elevation(-1));
        assertThrows(IllegalArgumentException.class, () -> new ButtonStyle().shape(null));
        assertThrows(IllegalArgumentException.class, () -> new ButtonStyle().color(null, "red"));
        IllegalArgumentException button = assertThrows(IllegalArgumentException.class, () -> new Button("x").bgcolor(""));
        assertTrue(button.getMessage().startsWith("Button("), button.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RoundedRectangleBorder(-2));
    }

    private static Object onlyPatch(AppTester t, Control c) {
        List<SentFrame> patches = t.frames(Action.PATCH_CONTROL);
        assertEquals(1, patches.size(), patches.toString());
        assertEquals(Nodes.id(c), patches.get(0).get("id"));
        return patches.get(0).get("patch");
    }
}
