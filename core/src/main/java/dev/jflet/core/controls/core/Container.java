package dev.jflet.core.controls.core;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Alignment;
import dev.jflet.core.types.Animation;
import dev.jflet.core.types.Border;
import dev.jflet.core.types.BorderRadius;
import dev.jflet.core.types.BoxShadow;
import dev.jflet.core.types.BoxShape;
import dev.jflet.core.types.ClipBehavior;
import dev.jflet.core.types.DecorationImage;
import dev.jflet.core.types.LinearGradient;
import dev.jflet.core.types.Padding;
import dev.jflet.core.types.Theme;
import dev.jflet.core.types.ThemeMode;

import java.util.List;
import java.util.Optional;

/** Decorates and positions one child: Flet's {@code Container}. */
public class Container extends LayoutControl<Container> {
    /** The child. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** Space inside the container: a number (all sides) or a {@link Padding}. */
    static final Prop<Object> PADDING = Prop.outbound("padding", null);
    /** Where the child sits inside the container. */
    static final Prop<Alignment> ALIGNMENT = Prop.outbound("alignment", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Background gradient. */
    static final Prop<LinearGradient> GRADIENT = Prop.outbound("gradient", null);
    /** Border around the container. */
    static final Prop<Border> BORDER = Prop.outbound("border", null);
    /** Corner radii: a number (all corners) or a {@link BorderRadius}. */
    static final Prop<Object> BORDER_RADIUS = Prop.outbound("border_radius", null);
    /** Shape: {@code rectangle} or {@code circle}. */
    static final Prop<String> SHAPE = Prop.outbound("shape", "rectangle");
    /** How the child is clipped to the container's shape. */
    static final Prop<String> CLIP_BEHAVIOR = Prop.outbound("clip_behavior", null);
    /** Image painted behind the child. */
    static final Prop<DecorationImage> IMAGE = Prop.outbound("image", null);
    /** Shadows: one {@link BoxShadow} or a list. */
    static final Prop<Object> SHADOW = Prop.outbound("shadow", null);
    /** Animates changes of the decoration and size: milliseconds or an {@link Animation}. */
    static final Prop<Object> ANIMATE = Prop.outbound("animate", null);
    /** Whether clicks show a Material ink ripple. */
    static final Prop<Boolean> INK = Prop.outbound("ink", false);
    /** Color of the ink ripple. */
    static final Prop<String> INK_COLOR = Prop.outbound("ink_color", null);
    /** URL opened when the container is clicked. */
    static final Prop<String> URL = Prop.outbound("url", null);
    /** Fires when the container is clicked. */
    static final Prop<EventHandler<Event<Container>>> ON_CLICK = Prop.event("click");
    /** Fires on a long press. */
    static final Prop<EventHandler<Event<Container>>> ON_LONG_PRESS = Prop.event("long_press");
    /** Fires when the pointer enters ({@code true}) or leaves ({@code false}). */
    static final Prop<EventHandler<Event<Container>>> ON_HOVER = Prop.event("hover");

    /** The subtree's theme: overrides the inherited one, or with {@code theme_mode} replaces it. */
    static final Prop<Theme> THEME = Prop.outbound("theme", null);
    /** The subtree's theme in dark mode. */
    static final Prop<Theme> DARK_THEME = Prop.outbound("dark_theme", null);
    /** The subtree's own light/dark mode; unset, it inherits the parent's. */
    static final Prop<ThemeMode> THEME_MODE = Prop.outbound("theme_mode", null);

    static final PropSet CONTAINER_PROPS = PropSet.of(LayoutControl.PROPS, CONTENT, PADDING, ALIGNMENT, BGCOLOR,
            GRADIENT, BORDER, BORDER_RADIUS, SHAPE, CLIP_BEHAVIOR, IMAGE, SHADOW, ANIMATE, INK, INK_COLOR, URL,
            THEME, DARK_THEME, THEME_MODE, ON_CLICK, ON_LONG_PRESS, ON_HOVER);

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

    /** Sets where the child sits inside the container, e.g. {@code Alignment.CENTER}. */
    public Container alignment(Alignment alignment) {
        set(ALIGNMENT, alignment);
        return this;
    }

    /** Sets the background color. */
    public Container bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Paints a gradient as the background. */
    public Container gradient(LinearGradient gradient) {
        set(GRADIENT, gradient);
        return this;
    }

    /** Draws a border, e.g. {@code Border.all(2, Colors.BLUE_GREY)}. */
    public Container border(Border border) {
        set(BORDER, border);
        return this;
    }

    /** Rounds the corners by {@code radius} logical pixels. */
    public Container borderRadius(double radius) {
        set(BORDER_RADIUS, radius);
        return this;
    }

    /** Rounds each corner by its own radius. */
    public Container borderRadius(BorderRadius radius) {
        set(BORDER_RADIUS, radius);
        return this;
    }

    /** Sets the shape: a rectangle (the default) or a circle. */
    public Container shape(BoxShape shape) {
        set(SHAPE, shape.value());
        return this;
    }

    /** Sets how the child is clipped to the container's shape. */
    public Container clipBehavior(ClipBehavior clip) {
        set(CLIP_BEHAVIOR, clip.value());
        return this;
    }

    /** Paints an image behind the child. */
    public Container image(DecorationImage image) {
        set(IMAGE, image);
        return this;
    }

    /** Casts a shadow. */
    public Container shadow(BoxShadow shadow) {
        set(SHADOW, shadow);
        return this;
    }

    /** Casts several shadows. */
    public Container shadow(List<BoxShadow> shadows) {
        set(SHADOW, List.copyOf(shadows));
        return this;
    }

    /** Animates changes of the decoration and size linearly over {@code millis} milliseconds. */
    public Container animate(int millis) {
        set(ANIMATE, millis);
        return this;
    }

    /** Animates changes of the decoration and size. */
    public Container animate(Animation animation) {
        set(ANIMATE, animation);
        return this;
    }

    /** Shows a Material ink ripple on clicks. */
    public Container ink(boolean ink) {
        set(INK, ink);
        return this;
    }

    /** Sets the color of the ink ripple. */
    public Container inkColor(String color) {
        set(INK_COLOR, color);
        return this;
    }

    /** Opens {@code url} when the container is clicked. */
    public Container url(String url) {
        set(URL, url);
        return this;
    }

    /**
     * Themes this subtree. Without {@link #themeMode(ThemeMode)} only the theme's colour roles and font override the
     * inherited theme (its seed is ignored, as in Flet); with a theme mode the subtree gets a theme of its own.
     */
    public Container theme(Theme theme) {
        set(THEME, theme);
        return this;
    }

    /** The subtree's theme, if one is set. */
    public Optional<Theme> theme() {
        return Optional.ofNullable(get(THEME));
    }

    /** Sets the subtree's theme in dark mode; without it the {@link #theme(Theme)} applies in dark mode too. */
    public Container darkTheme(Theme theme) {
        set(DARK_THEME, theme);
        return this;
    }

    /** The subtree's dark mode theme, if one is set. */
    public Optional<Theme> darkTheme() {
        return Optional.ofNullable(get(DARK_THEME));
    }

    /** Gives the subtree its own light/dark mode and a theme of its own instead of the inherited one. */
    public Container themeMode(ThemeMode mode) {
        set(THEME_MODE, mode);
        return this;
    }

    /** The subtree's own theme mode, if one is set. */
    public Optional<ThemeMode> themeMode() {
        return Optional.ofNullable(get(THEME_MODE));
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

    /** Sets the long-press handler; {@code null} removes it. */
    public Container onLongPress(EventHandler<Event<Container>> handler) {
        set(ON_LONG_PRESS, handler);
        return this;
    }

    /** Sets the hover handler; the data is {@code true} on enter and {@code false} on exit. */
    public Container onHover(EventHandler<Event<Container>> handler) {
        set(ON_HOVER, handler);
        return this;
    }
}
