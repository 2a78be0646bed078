package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.DialogControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.BoxConstraints;
import dev.jflet.core.types.OutlinedBorder;

import java.util.Objects;

/**
 * A modal sheet that slides up from the bottom of the page: Flet's {@code BottomSheet}. Open it with
 * {@code page.showDialog(sheet)}; close it with {@code page.popDialog()} or {@code sheet.open(false)}. The user
 * dismisses it with Escape or a click on the barrier unless it is not {@code dismissible}.
 */
public class BottomSheet extends DialogControl<BottomSheet> {
    /** The body. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** Whether Escape and a click on the barrier dismiss the sheet. */
    static final Prop<Boolean> DISMISSIBLE = Prop.outbound("dismissible", true);
    /** Whether the sheet can be dragged down to dismiss it. */
    static final Prop<Boolean> DRAGGABLE = Prop.outbound("draggable", false);
    /** Whether a drag handle shows at the top of the sheet. */
    static final Prop<Boolean> SHOW_DRAG_HANDLE = Prop.outbound("show_drag_handle", false);
    /** Whether the sheet avoids the screen's safe-area intrusions. */
    static final Prop<Boolean> USE_SAFE_AREA = Prop.outbound("use_safe_area", true);
    /** Whether the sheet may grow past half the page's height, for scrolling content. */
    static final Prop<Boolean> SCROLLABLE = Prop.outbound("scrollable", false);
    /** Whether the sheet takes the page's full height. */
    static final Prop<Boolean> FULLSCREEN = Prop.outbound("fullscreen", false);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Elevation of the sheet. */
    static final Prop<Double> ELEVATION = Prop.outbound("elevation", null);
    /** Color of the barrier over the page behind the sheet. */
    static final Prop<String> BARRIER_COLOR = Prop.outbound("barrier_color", null);

    /** The outline's shape. */
    static final Prop<OutlinedBorder> SHAPE = Prop.outbound("shape", null);
    /** The sizes the sheet may take. */
    static final Prop<BoxConstraints> SIZE_CONSTRAINTS = Prop.outbound("size_constraints", null);

    static final PropSet BOTTOM_SHEET_PROPS = PropSet.of(DialogControl.PROPS, CONTENT, DISMISSIBLE, DRAGGABLE,
            SHOW_DRAG_HANDLE, USE_SAFE_AREA, SCROLLABLE, FULLSCREEN, BGCOLOR, ELEVATION, BARRIER_COLOR, SHAPE,
            SIZE_CONSTRAINTS);

    /** A sheet showing {@code content}. */
    public BottomSheet(Control content) {
        super("BottomSheet", BOTTOM_SHEET_PROPS);
        content(content);
    }

    /** Sets the body. */
    public BottomSheet content(Control content) {
        set(CONTENT, Objects.requireNonNull(content, "content"));
        return this;
    }

    public Control content() {
        return get(CONTENT);
    }

    /** Lets ({@code true}, the default) or stops Escape and a click on the barrier dismissing the sheet. */
    public BottomSheet dismissible(boolean dismissible) {
        set(DISMISSIBLE, dismissible);
        return this;
    }

    public boolean dismissible() {
        return get(DISMISSIBLE);
    }

    /** Lets the user drag the sheet down to dismiss it. */
    public BottomSheet draggable(boolean draggable) {
        set(DRAGGABLE, draggable);
        return this;
    }

    /** Shows a drag handle at the top of the sheet. */
    public BottomSheet showDragHandle(boolean show) {
        set(SHOW_DRAG_HANDLE, show);
        return this;
    }

    /** Keeps the sheet clear of the screen's safe-area intrusions ({@code true} by default). */
    public BottomSheet useSafeArea(boolean use) {
        set(USE_SAFE_AREA, use);
        return this;
    }

    /** Lets the sheet grow past half the page's height, for scrolling content. */
    public BottomSheet scrollable(boolean scrollable) {
        set(SCROLLABLE, scrollable);
        return this;
    }

    /** Makes the sheet take the page's full height. */
    public BottomSheet fullscreen(boolean fullscreen) {
        set(FULLSCREEN, fullscreen);
        return this;
    }

    /** Sets the background color. */
    public BottomSheet bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the elevation. */
    public BottomSheet elevation(double elevation) {
        if (!(elevation >= 0)) {
            throw new IllegalArgumentException("elevation must be >= 0: " + elevation);
        }
        set(ELEVATION, elevation);
        return this;
    }

    /** Sets the color of the barrier over the page behind the sheet. */
    public BottomSheet barrierColor(String color) {
        set(BARRIER_COLOR, color);
        return this;
    }

    /** Sets the outline's shape; null restores the rounded top corners. */
    public BottomSheet shape(OutlinedBorder value) {
        set(SHAPE, value);
        return this;
    }

    /** Sets the sizes the sheet may take, e.g. a maximum width; null restores the default. */
    public BottomSheet sizeConstraints(BoxConstraints value) {
        set(SIZE_CONSTRAINTS, value);
        return this;
    }
}
