package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.DialogControl;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Duration;

/** A short message at the bottom of the page: Flet's {@code SnackBar}. Open it with {@code page.showDialog}. */
public class SnackBar extends DialogControl<SnackBar> {
    /** The message: a string or a control. */
    static final Prop<Object> CONTENT = Prop.outbound("content", null);
    /** A button label shown beside the message. */
    static final Prop<Object> ACTION = Prop.outbound("action", null);
    /** How long the snack bar stays; sent always, as Flet does. */
    static final Prop<Duration> DURATION = Prop.outbound("duration", null);
    /** Whether a close icon is shown. */
    static final Prop<Boolean> SHOW_CLOSE_ICON = Prop.outbound("show_close_icon", false);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);

    /** Fires when the action button is pressed, before the snack bar goes. */
    static final Prop<EventHandler<Event<SnackBar>>> ON_ACTION = Prop.event("action");

    static final PropSet SNACK_BAR_PROPS = PropSet.of(DialogControl.PROPS, CONTENT, ACTION, DURATION,
            SHOW_CLOSE_ICON, BGCOLOR, ON_ACTION);

    public SnackBar(String message) {
        this((Object) message);
    }

    public SnackBar(Control content) {
        this((Object) content);
    }

    private SnackBar(Object content) {
        super("SnackBar", SNACK_BAR_PROPS);
        set(CONTENT, content);
        set(DURATION, Duration.ofMillis(4000));
    }

    /** Sets the action button's label. */
    public SnackBar action(String label) {
        set(ACTION, label);
        return this;
    }

    /** Sets the handler for presses of the action button; the snack bar then goes by itself. */
    public SnackBar onAction(EventHandler<Event<SnackBar>> handler) {
        set(ON_ACTION, handler);
        return this;
    }

    /** Sets a handler without arguments for presses of the action button. */
    public SnackBar onAction(EventCallback callback) {
        return onAction(callback.<Event<SnackBar>>asHandler());
    }

    /** Sets how long the snack bar stays. */
    public SnackBar duration(Duration duration) {
        set(DURATION, duration);
        return this;
    }

    /** Shows a close icon. */
    public SnackBar showCloseIcon(boolean show) {
        set(SHOW_CLOSE_ICON, show);
        return this;
    }

    /** Sets the background color. */
    public SnackBar bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }
}
