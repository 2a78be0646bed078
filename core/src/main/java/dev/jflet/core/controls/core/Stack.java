package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.ClipBehavior;
import dev.jflet.core.types.StackFit;

import java.util.List;

/**
 * Places its controls on top of each other, the last on top: Flet's {@code Stack}. Children are positioned
 * with their {@code left/top/right/bottom}.
 */
public class Stack extends LayoutControl<Stack> {
    /** The children, bottom first. */
    static final Prop<List<Control>> CONTROLS = Prop.controls("controls");
    /** Where children without a position are placed. */
    static final Prop<Alignment> ALIGNMENT = Prop.outbound("alignment", null);
    /** How children without a position are sized. */
    static final Prop<String> FIT = Prop.outbound("fit", "loose");
    /** How children that overflow the stack are clipped. */
    static final Prop<String> CLIP_BEHAVIOR = Prop.outbound("clip_behavior", "hardEdge");

    static final PropSet STACK_PROPS = PropSet.of(LayoutControl.PROPS, CONTROLS, ALIGNMENT, FIT, CLIP_BEHAVIOR);

    public Stack(Control... controls) {
        this(List.of(controls));
    }

    public Stack(List<? extends Control> controls) {
        super("Stack", STACK_PROPS);
        internal("host_positioned", true);
        controls().addAll(controls);
    }

    /** The children, bottom first; changes are sent with the next update. */
    public List<Control> controls() {
        return controls(CONTROLS);
    }

    /** Sets where children without a position are placed. */
    public Stack alignment(Alignment alignment) {
        set(ALIGNMENT, alignment);
        return this;
    }

    /** Sets how children without a position are sized. */
    public Stack fit(StackFit fit) {
        set(FIT, fit.value());
        return this;
    }

    /** Sets how children that overflow the stack are clipped. */
    public Stack clipBehavior(ClipBehavior clip) {
        set(CLIP_BEHAVIOR, clip.value());
        return this;
    }
}
