package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.session.TaskContext;
import dev.jflet.core.controls.material.AppBar;
import dev.jflet.core.controls.material.FloatingActionButton;
import dev.jflet.core.controls.material.NavigationBar;
import dev.jflet.core.types.FloatingActionButtonLocation;
import dev.jflet.core.types.Padding;
import dev.jflet.core.types.ScrollMode;

import java.util.List;
import java.util.Optional;

/** One screen of the page's navigation stack, with its route and controls. */
public final class View extends Control {
    static final Prop<String> ROUTE = Prop.outbound("route", null);
    static final Prop<List<Control>> CONTROLS = Prop.controls("controls");
    static final Prop<Padding> PADDING = Prop.outbound("padding", null);
    static final Prop<Double> SPACING = Prop.outbound("spacing", 10.0);
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    static final Prop<String> SCROLL = Prop.outbound("scroll", null);
    static final Prop<Control> NAVIGATION_BAR = Prop.outbound("navigation_bar", null);
    static final Prop<Control> FLOATING_ACTION_BUTTON = Prop.outbound("floating_action_button", null);
    static final Prop<FloatingActionButtonLocation> FLOATING_ACTION_BUTTON_LOCATION =
            Prop.outbound("floating_action_button_location", null);
    static final Prop<Control> APPBAR = Prop.outbound("appbar", null);
    static final Prop<Boolean> CAN_POP = Prop.outbound("can_pop", true);
    static final Prop<EventHandler<Event<View>>> ON_CONFIRM_POP = Prop.event("confirm_pop");

    static final PropSet VIEW_PROPS = PropSet.of(Control.PROPS, ROUTE, CONTROLS, PADDING, SPACING, BGCOLOR, SCROLL,
            NAVIGATION_BAR, FLOATING_ACTION_BUTTON, FLOATING_ACTION_BUTTON_LOCATION, APPBAR, CAN_POP, ON_CONFIRM_POP);

    /** A view for route {@code /}. */
    public View() {
        this("/");
    }

    /** A view for {@code route} with controls. */
    public View(String route, Control... controls) {
        this(route);
        controls().addAll(java.util.List.of(controls));
    }

    /** A view for {@code route}. */
    public View(String route) {
        super("View", VIEW_PROPS);
        internal("host_expanded", true);
        set(ROUTE, route);
        set(PADDING, Padding.all(10));
    }

    /** The view's controls. */
    public List<Control> controls() {
        return controls(CONTROLS);
    }

    /** The view's route, e.g. {@code /store}. */
    public String route() {
        return get(ROUTE);
    }

    /** Shows an app bar above the view's content, outside its padding: Flet's {@code view.appbar}. */
    public View appbar(AppBar appbar) {
        set(APPBAR, appbar);
        return this;
    }

    /** The app bar, if one is set. */
    public Optional<AppBar> appbar() {
        return Optional.ofNullable((AppBar) get(APPBAR));
    }

    /**
     * Sets whether the user may leave the view with the back button (the app bar's or the browser's) without
     * asking: with {@code false} the pop is blocked and {@link #onConfirmPop} decides.
     */
    public View canPop(boolean canPop) {
        set(CAN_POP, canPop);
        return this;
    }

    /** Whether the back button pops the view without asking ({@code true} unless set). */
    public boolean canPop() {
        return get(CAN_POP);
    }

    /**
     * Sets the handler for a blocked pop: the user pressed back on this view while it cannot pop. The handler
     * answers with {@link #confirmPop(boolean)}, e.g. after asking "Discard changes?".
     */
    public View onConfirmPop(EventHandler<Event<View>> handler) {
        set(ON_CONFIRM_POP, handler);
        return this;
    }

    /**
     * Answers a blocked pop: {@code true} pops the view (the page then receives {@code view_pop}), {@code false}
     * keeps it. Waits for the client, so call it from a handler or a task.
     */
    public void confirmPop(boolean shouldPop) {
        TaskContext ctx = TaskContext.current();
        if (ctx == null) {
            throw new IllegalStateException("Calling confirm_pop on " + this + " waits for the client; call it inside"
                    + " an event handler or page.runTask(...).");
        }
        ctx.host().invoke(this, "confirm_pop", java.util.Map.of("should_pop", shouldPop), 0);
    }

    /** Sets the space around the view's content. */
    public View padding(Padding padding) {
        set(PADDING, padding);
        return this;
    }

    /** Sets the space between controls. */
    public View spacing(double spacing) {
        set(SPACING, spacing);
        return this;
    }

    /** Sets the background color. */
    public View bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets whether and how the view scrolls, e.g. {@code ScrollMode.AUTO}. */
    public View scroll(ScrollMode mode) {
        set(SCROLL, mode.value());
        return this;
    }

    /** The scroll mode's wire name ({@code auto}, {@code adaptive}, …), if one is set. */
    public Optional<String> scroll() {
        return Optional.ofNullable(get(SCROLL));
    }

    /** Shows a navigation bar at the bottom of the view. */
    public View navigationBar(NavigationBar bar) {
        set(NAVIGATION_BAR, bar);
        return this;
    }

    /** The navigation bar, if one is set. */
    public Optional<NavigationBar> navigationBar() {
        return Optional.ofNullable((NavigationBar) get(NAVIGATION_BAR));
    }

    /** Shows a floating action button over the view's bottom-end corner; {@code null} removes it. */
    public View floatingActionButton(FloatingActionButton button) {
        set(FLOATING_ACTION_BUTTON, button);
        return this;
    }

    /** The floating action button, if one is set. */
    public Optional<FloatingActionButton> floatingActionButton() {
        return Optional.ofNullable((FloatingActionButton) get(FLOATING_ACTION_BUTTON));
    }

    /** Sets where the floating action button sits; null restores Flet's default, {@code END_FLOAT}. */
    public View floatingActionButtonLocation(FloatingActionButtonLocation location) {
        set(FLOATING_ACTION_BUTTON_LOCATION, location);
        return this;
    }

    /** Where the floating action button sits, when set. */
    public Optional<FloatingActionButtonLocation> floatingActionButtonLocation() {
        return Optional.ofNullable(get(FLOATING_ACTION_BUTTON_LOCATION));
    }
}
