package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Padding;

import java.util.Objects;

/**
 * Insets its content by the screen's safe areas (notches, rounded corners, the home indicator): Flet's
 * {@code SafeArea}. On a plain desktop browser the insets are zero and only {@code minimum_padding} applies.
 */
public class SafeArea extends LayoutControl<SafeArea> {
    /** The child. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** Whether the content avoids intrusions on the left. */
    static final Prop<Boolean> AVOID_INTRUSIONS_LEFT = Prop.outbound("avoid_intrusions_left", true);
    /** Whether the content avoids intrusions at the top, such as a status bar. */
    static final Prop<Boolean> AVOID_INTRUSIONS_TOP = Prop.outbound("avoid_intrusions_top", true);
    /** Whether the content avoids intrusions on the right. */
    static final Prop<Boolean> AVOID_INTRUSIONS_RIGHT = Prop.outbound("avoid_intrusions_right", true);
    /** Whether the content avoids intrusions at the bottom, such as a home indicator. */
    static final Prop<Boolean> AVOID_INTRUSIONS_BOTTOM = Prop.outbound("avoid_intrusions_bottom", true);
    /** Whether the bottom inset stays while an on-screen keyboard covers it. */
    static final Prop<Boolean> MAINTAIN_BOTTOM_VIEW_PADDING = Prop.outbound("maintain_bottom_view_padding", false);
    /** The least padding on each side: a number or a {@link Padding}; the larger of it and the inset applies. */
    static final Prop<Object> MINIMUM_PADDING = Prop.outbound("minimum_padding", 0.0);

    static final PropSet SAFE_AREA_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, AVOID_INTRUSIONS_LEFT,
            AVOID_INTRUSIONS_TOP, AVOID_INTRUSIONS_RIGHT, AVOID_INTRUSIONS_BOTTOM, MAINTAIN_BOTTOM_VIEW_PADDING,
            MINIMUM_PADDING);

    /** A safe area around {@code content}. */
    public SafeArea(Control content) {
        super("SafeArea", SAFE_AREA_PROPS);
        content(content);
    }

    /** Sets the child. */
    public SafeArea content(Control content) {
        set(CONTENT, Objects.requireNonNull(content, "content"));
        return this;
    }

    public Control content() {
        return get(CONTENT);
    }

    /** Sets which sides avoid the screen's intrusions (all four by default). */
    public SafeArea avoidIntrusions(boolean left, boolean top, boolean right, boolean bottom) {
        set(AVOID_INTRUSIONS_LEFT, left);
        set(AVOID_INTRUSIONS_TOP, top);
        set(AVOID_INTRUSIONS_RIGHT, right);
        set(AVOID_INTRUSIONS_BOTTOM, bottom);
        return this;
    }

    /** Keeps the bottom inset while an on-screen keyboard covers it. */
    public SafeArea maintainBottomViewPadding(boolean maintain) {
        set(MAINTAIN_BOTTOM_VIEW_PADDING, maintain);
        return this;
    }

    /** Sets the least padding on each side. */
    public SafeArea minimumPadding(Padding padding) {
        set(MINIMUM_PADDING, padding);
        return this;
    }

    /** Sets the same least padding on all sides. */
    public SafeArea minimumPadding(double all) {
        if (!(all >= 0)) {
            throw new IllegalArgumentException("minimumPadding must be >= 0: " + all);
        }
        set(MINIMUM_PADDING, all);
        return this;
    }
}
