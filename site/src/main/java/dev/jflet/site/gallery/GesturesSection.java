package dev.jflet.site.gallery;

import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Container;
import dev.jflet.core.controls.core.GestureDetector;
import dev.jflet.core.controls.core.Stack;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.events.GestureEvent;
import dev.jflet.core.types.MouseCursor;

/**
 * Gestures: a pad for taps, double taps, long presses and right clicks; a pad for hover and the mouse wheel; a box
 * dragged around a Stack with pan events (as Flet's drag example) and a knob on a horizontal drag track.
 */
final class GesturesSection {
    static final double BOX_SIZE = 60;
    static final double TRACK_WIDTH = 280;
    static final double KNOB_SIZE = 40;

    private double boxLeft = 20;
    private double boxTop = 20;
    private double knobLeft;
    private String secondaryAt = "";

    private GesturesSection() {
    }

    static Column build() {
        return new GesturesSection().column();
    }

    private Column column() {
        StatusLine status = new StatusLine("gestures");

        GestureDetector tapPad = new GestureDetector(pad("Tap, double-tap, long-press or right-click me", "primary"))
                .key("tap-pad").mouseCursor(MouseCursor.CLICK)
                .onTap(e -> status.say("tap at " + at(e) + " " + e.kind().value()))
                .onDoubleTap(e -> status.say("double tap"))
                .onLongPressStart(e -> status.say("long press at " + at(e)))
                .onLongPressEnd(e -> status.say("long press ended at " + at(e)))
                .onSecondaryTapDown(e -> secondaryAt = at(e))
                .onSecondaryTap(e -> status.say("secondary tap at " + secondaryAt));

        GestureDetector hoverPad = new GestureDetector(pad("Hover or scroll over me", "secondary"))
                .key("hover-pad")
                .onEnter(e -> status.say("entered at " + at(e)))
                .onHover(e -> status.say("hover at " + at(e)))
                .onExit(e -> status.say("exited"))
                .onScroll(e -> status.say("scroll by (" + Math.round(e.scrollDeltaX()) + ", "
                        + Math.round(e.scrollDeltaY()) + ")"));

        GestureDetector box = new GestureDetector(new Container(new Text("Drag").color("onTertiaryContainer")).width(BOX_SIZE).height(BOX_SIZE)
                .bgcolor("tertiaryContainer").borderRadius(8))
                .key("drag-box").mouseCursor(MouseCursor.MOVE).left(boxLeft).top(boxTop);
        Stack field = new Stack(new Container().width(320).height(160).bgcolor("grey200"), box)
                .width(320).height(160).key("drag-field");
        box.onPanStart(e -> status.say("pan started at " + at(e)))
                .onPanUpdate(e -> {
                    boxLeft = clamp(boxLeft + e.localDeltaX(), 320 - BOX_SIZE);
                    boxTop = clamp(boxTop + e.localDeltaY(), 160 - BOX_SIZE);
                    box.left(boxLeft).top(boxTop);
                    status.say("dragged to (" + Math.round(boxLeft) + ", " + Math.round(boxTop) + ")");
                })
                .onPanEnd(e -> status.say("pan ended at (" + Math.round(boxLeft) + ", " + Math.round(boxTop) + ")"));

        GestureDetector knob = new GestureDetector(new Container().width(KNOB_SIZE).height(KNOB_SIZE)
                .bgcolor("indigo400").borderRadius(KNOB_SIZE / 2))
                .key("drag-knob").mouseCursor(MouseCursor.RESIZE_LEFT_RIGHT).left(0).top(0);
        knob.onHorizontalDragUpdate(e -> {
            knobLeft = clamp(knobLeft + e.primaryDelta().orElse(0), TRACK_WIDTH - KNOB_SIZE);
            knob.left(knobLeft);
            status.say("knob at " + Math.round(knobLeft));
        });
        Stack track = new Stack(new Container().width(TRACK_WIDTH).height(KNOB_SIZE).bgcolor("indigo50")
                .borderRadius(KNOB_SIZE / 2), knob).width(TRACK_WIDTH).height(KNOB_SIZE).key("drag-track");

        return Gallery.section("Gestures", status, tapPad, hoverPad, field, track);
    }

    /** A labelled pad in theme colours ({@code role}Container), readable in light and dark mode. */
    private static Container pad(String label, String role) {
        String container = role + "Container";
        String onContainer = "on" + Character.toUpperCase(role.charAt(0)) + role.substring(1) + "Container";
        return new Container(new Text(label).color(onContainer)).width(280).height(80).padding(12).bgcolor(container)
                .borderRadius(8);
    }

    /** A local position as "(x, y)" in whole pixels. */
    private static String at(GestureEvent<?> e) {
        return "(" + Math.round(e.localX()) + ", " + Math.round(e.localY()) + ")";
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
