package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.DialogControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** A Material dialog with a title, content and actions: Flet's {@code AlertDialog}. Open it with {@code page.showDialog}. */
public class AlertDialog extends DialogControl<AlertDialog> {
    /** The title: a string or a control. */
    static final Prop<Object> TITLE = Prop.outbound("title", null);
    /** The body. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** The buttons at the bottom. */
    static final Prop<List<Control>> ACTIONS = Prop.controls("actions");
    /** Whether clicking outside or pressing Escape leaves the dialog open. */
    static final Prop<Boolean> MODAL = Prop.outbound("modal", false);

    static final PropSet ALERT_DIALOG_PROPS = PropSet.of(DialogControl.PROPS, TITLE, CONTENT, ACTIONS, MODAL);

    public AlertDialog() {
        super("AlertDialog", ALERT_DIALOG_PROPS);
    }

    /** Sets the title text. */
    public AlertDialog title(String title) {
        set(TITLE, title);
        return this;
    }

    /** Sets a control as the title. */
    public AlertDialog title(Control title) {
        set(TITLE, title);
        return this;
    }

    /** Sets the body. */
    public AlertDialog content(Control content) {
        set(CONTENT, content);
        return this;
    }

    /** The buttons at the bottom. */
    public List<Control> actions() {
        return controls(ACTIONS);
    }

    /** Sets the buttons at the bottom. */
    public AlertDialog actions(Control... actions) {
        actions().clear();
        actions().addAll(List.of(actions));
        return this;
    }

    /** Keeps the dialog open on clicks outside it and on Escape. */
    public AlertDialog modal(boolean modal) {
        set(MODAL, modal);
        return this;
    }
}
