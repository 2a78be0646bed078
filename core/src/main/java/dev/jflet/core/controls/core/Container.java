package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Padding;

import java.util.List;
import java.util.Optional;

/** Decorates and positions one child: Flet's {@code Container}. */
public class Container extends LayoutControl<Container> {
    /** The child. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** Space inside the container: a number (all sides) or a {@link Padding}. */
    static final Prop<Object> PADDING = Prop.outbound("padding", null);
    /** Space outside the container: a number (all sides) or a {@link Padding}. */
    static final Prop<Object> MARGIN = Prop.outbound("margin", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Corner radius in logical pixels. */
    static final Prop<Double> BORDER_RADIUS = Prop.outbound("border_radius", null);
    /** Fires when the container is clicked. */
    static final Prop<EventHandler<Event<Container>>> ON_CLICK = Prop.event("click");

    static final PropSet CONTAINER_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, PADDING, MARGIN, BGCOLOR,
            BORDER_RADIUS, ON_CLICK);

    public Container() {
        super("Container", CONTAINER_PROPS);
        internal("skip_properties", List.of("width", "height", "margin"));
    }

    public Container(Control content) {
        this();
        content(content);
    }

    /** Sets the child. */
    public Container content(Control content) {
        set(CONTENT, content);
        return this;
    }

    public Optional<Control> content() {
        return Optional.ofNullable(get(CONTENT));
    }

    /** Sets the space inside the container. */
    public Container padding(Padding padding) {
        set(PADDING, padding);
        return this;
    }

    /** Sets the same space inside the container on all sides. */
    public Container padding(double all) {
        set(PADDING, all);
        return this;
    }

    /** Sets the space outside the container. */
    public Container margin(Padding margin) {
        set(MARGIN, margin);
        return this;
    }

    /** Sets the same space outside the container on all sides. */
    public Container margin(double all) {
        set(MARGIN, all);
        return this;
    }

    /** Sets the background color. */
    public Container bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Rounds the corners by {@code radius} logical pixels. */
    public Container borderRadius(double radius) {
        set(BORDER_RADIUS, radius);
        return this;
    }

    /** Sets the click handler; {@code null} removes it. */
    public Container onClick(EventHandler<Event<Container>> handler) {
        set(ON_CLICK, handler);
        return this;
    }

    /** Sets a click handler without arguments. */
    public Container onClick(EventCallback callback) {
        return onClick(callback.<Event<Container>>asHandler());
    }
}
