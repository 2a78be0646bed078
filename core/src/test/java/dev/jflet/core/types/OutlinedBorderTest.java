package dev.jflet.core.types;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** OutlinedBorder kinds, BoxConstraints and ButtonStyle as Flet encodes them (flet-protocol.md §2.6). */
class OutlinedBorderTest {
    @Test
    void borders_sendTheirFieldsThenType() {
        assertEquals(Map.of("radius", 10.0, "_type", "roundedRectangle"), new RoundedRectangleBorder(10).toWire());
        assertEquals(Map.of("_type", "roundedRectangle"), new RoundedRectangleBorder().toWire());
        assertEquals(Map.of("side", Map.of("color", "red"), "radius", Map.of("top_left", 4.0, "top_right", 4.0,
                "bottom_left", 0.0, "bottom_right", 0.0), "_type", "beveledRectangle"),
                new BeveledRectangleBorder(BorderRadius.only(4, 4, 0, 0)).side(new BorderSide(1, "red")).toWire());
        assertEquals(Map.of("radius", 20.0, "_type", "continuousRectangle"),
                new ContinuousRectangleBorder(20).toWire());
        assertEquals(Map.of("_type", "stadium"), new StadiumBorder().toWire());
        assertEquals(Map.of("eccentricity", 0.5, "_type", "circle"), new CircleBorder().eccentricity(0.5).toWire());
        assertEquals(List.of("side", "radius", "_type"), List.copyOf(((Map<?, ?>) new RoundedRectangleBorder(2)
                .side(new BorderSide(3)).toWire()).keySet()), "Flet's order: fields, then _type");
    }

    @Test
    void borders_equalByKindAndFields() {
        assertEquals(new RoundedRectangleBorder(4), new RoundedRectangleBorder(4));
        assertNotEquals(new RoundedRectangleBorder(4), new ContinuousRectangleBorder(4));
        assertNotEquals(new StadiumBorder(), new StadiumBorder().side(new BorderSide(2)));
    }

    @Test
    void badBorderArguments_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CircleBorder().eccentricity(1.5));
        assertThrows(IllegalArgumentException.class, () -> new StadiumBorder().side(null));
        assertThrows(IllegalArgumentException.class, () -> new RoundedRectangleBorder((BorderRadius) null));
        assertThrows(IllegalArgumentException.class, () -> new ContinuousRectangleBorder(Double.NaN));
    }

    @Test
    void boxConstraints_sendAllFourLimits_infinityWhenUnbounded() {
        assertEquals(Map.of("min_width", 0.0, "min_height", 0.0, "max_width", 640.0,
                "max_height", Double.POSITIVE_INFINITY), BoxConstraints.NONE.maxWidth(640).toWire());
        assertEquals(List.of("min_width", "min_height", "max_width", "max_height"),
                List.copyOf(((Map<?, ?>) BoxConstraints.of(1, 2, 3, 4).toWire()).keySet()));
        assertThrows(IllegalArgumentException.class, () -> BoxConstraints.of(10, 0, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> BoxConstraints.NONE.minHeight(-1));
    }

    @Test
    void buttonStyle_sendsFletsFieldOrder_andStateMapsInTheOrderGiven() {
        ButtonStyle style = new ButtonStyle()
                .mouseCursor(MouseCursor.CLICK)
                .shape(ControlState.HOVERED, new RoundedRectangleBorder(4))
                .shape(new StadiumBorder())
                .bgcolor(ControlState.PRESSED, "red")
                .bgcolor(ControlState.HOVERED, "orange")
                .bgcolor(ControlState.DEFAULT, "blue")
                .textStyle(new TextStyle().size(18))
                .animationDuration(Duration.ofMillis(300))
                .visualDensity(VisualDensity.COMPACT)
                .enableFeedback(false)
                .alignment(Alignment.CENTER_LEFT);

        Map<?, ?> wire = (Map<?, ?>) style.toWire();
        assertEquals(List.of("bgcolor", "animation_duration", "shape", "alignment", "enable_feedback", "text_style",
                "visual_density", "mouse_cursor"), List.copyOf(wire.keySet()));
        assertEquals(List.of("pressed", "hovered", "default"), List.copyOf(((Map<?, ?>) wire.get("bgcolor")).keySet()));
        assertEquals(Map.of("_type", "stadium"), wire.get("shape"), "a plain value replaces a state map");
        assertEquals(Map.of("milliseconds", 300), wire.get("animation_duration"));
        assertEquals("compact", wire.get("visual_density"));
        assertEquals("click", wire.get("mouse_cursor"));
        assertEquals(Map.of("default", "blue", "hovered", "orange"), Map.of("default",
                style.bgcolor(ControlState.DEFAULT).orElseThrow(), "hovered",
                style.bgcolor(ControlState.HOVERED).orElseThrow()));
    }

    @Test
    void buttonStyle_plainValueThenState_keepsThePlainValueAsDefault() {
        Object wire = ((Map<?, ?>) new ButtonStyle().iconSize(18).iconSize(ControlState.SELECTED, 24).toWire())
                .get("icon_size");
        assertEquals(Map.of("default", 18.0, "selected", 24.0), wire);
        assertEquals(new ButtonStyle().color("red"), new ButtonStyle().color("red"));
    }
}
