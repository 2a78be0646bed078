package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.DialogControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** A Material banner at the top of the page, with actions: Flet's {@code Banner}. Open it with {@code page.showDialog}. */
public class Banner extends DialogControl<Banner> {
    /** The message. */
    static final Prop<Control> CONTENT = Prop.outbound("content", null);
    /** A control shown before the message, usually an icon. */
    static final Prop<Control> LEADING = Prop.outbound("leading", null);
    /** The buttons. */
    static final Prop<List<Control>> ACTIONS = Prop.controls("actions");
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);

    static final PropSet BANNER_PROPS = PropSet.of(DialogControl.PROPS, CONTENT, LEADING, ACTIONS, BGCOLOR);

    public Banner(Control content, Control... actions) {
        super("Banner", BANNER_PROPS);
        set(CONTENT, content);
        actions().addAll(List.of(actions));
    }

    /** The buttons. */
    public List<Control> actions() {
        return controls(ACTIONS);
    }

    /** Sets the control shown before the message. */
    public Banner leading(Control leading) {
        set(LEADING, leading);
        return this;
    }

    /** Sets the background color. */
    public Banner bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }
}
