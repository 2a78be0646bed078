package dev.jflet.core;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;

/**
 * A control shown above the page with {@link Page#showDialog(DialogControl)}: dialogs, banners, snack
 * bars, bottom sheets, date and time pickers. The client reports dismissal with {@code open: false}, then a
 * {@code dismiss} event.
 */
public abstract class DialogControl<S extends DialogControl<S>> extends LayoutControl<S> {
    /** Whether the dialog is shown. */
    protected static final Prop<Boolean> OPEN = Prop.value("open", false, WireDecoder.BOOLEAN);
    /** Fires after the dialog has been dismissed and taken off the page. */
    protected static final Prop<EventHandler<Event<?>>> ON_DISMISS = Prop.event("dismiss");

    /** Properties shared by dialogs. */
    protected static final PropSet PROPS = PropSet.of(LayoutControl.PROPS, OPEN, ON_DISMISS);

    private EventHandler<Event<?>> userDismiss;
    private boolean wrapped;

    protected DialogControl(String type, PropSet props) {
        super(type, props);
    }

    /** Whether the dialog is shown. */
    public boolean open() {
        return get(OPEN);
    }

    /** Shows or hides the dialog; call {@code update()} to send the change. */
    public S open(boolean open) {
        set(OPEN, open);
        return self();
    }

    /** Sets the handler that runs after the dialog was dismissed; {@code null} removes it. */
    @SuppressWarnings("unchecked")
    public S onDismiss(EventHandler<? extends Event<?>> handler) {
        userDismiss = (EventHandler<Event<?>>) handler;
        if (!wrapped) {
            set(ON_DISMISS, userDismiss);
        }
        return self();
    }

    /** Sets a handler without arguments for dismissal. */
    public S onDismiss(EventCallback callback) {
        return onDismiss(callback.asHandler());
    }

    /**
     * Wraps the dismiss handler so the page takes the dialog off before the user's handler runs. A date or
     * time picker dismissed because a value was picked sends {@code false} as the data; the user's handler is
     * skipped then, as in Flet (flet-protocol.md §3.13), since {@code change} already reported the pick.
     */
    void shown(EventHandler<Event<?>> removeFromPage) {
        wrapped = true;
        set(ON_DISMISS, e -> {
            wrapped = false;
            set(ON_DISMISS, userDismiss);
            removeFromPage.handle(e);
            if (userDismiss != null && !valuePicked(e.data().orElse(null))) {
                userDismiss.handle(e);
            }
        });
    }

    /** Flet runs the user's handler when the data is absent or truthy; falsy data means "a value was picked". */
    private static boolean valuePicked(Object data) {
        if (data == null) {
            return false;
        }
        if (data instanceof Boolean) {
            return !(Boolean) data;
        }
        if (data instanceof Number) {
            return ((Number) data).doubleValue() == 0;
        }
        if (data instanceof String) {
            return ((String) data).isEmpty();
        }
        if (data instanceof java.util.Collection) {
            return ((java.util.Collection<?>) data).isEmpty();
        }
        if (data instanceof java.util.Map) {
            return ((java.util.Map<?, ?>) data).isEmpty();
        }
        return false;
    }
}
