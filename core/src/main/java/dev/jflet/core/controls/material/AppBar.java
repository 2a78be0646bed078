package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** A Material top app bar: Flet's {@code AppBar}. Shows a back arrow when the view stack can pop. */
public class AppBar extends LayoutControl<AppBar> {
    /** The title: a string or a control. */
    static final Prop<Object> TITLE = Prop.outbound("title", null);
    /** A control before the title; by default a back arrow when the view can pop. */
    static final Prop<Control> LEADING = Prop.outbound("leading", null);
    /** Controls after the title. */
    static final Prop<List<Control>> ACTIONS = Prop.controls("actions");
    /** Whether the title is centered. */
    static final Prop<Boolean> CENTER_TITLE = Prop.outbound("center_title", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Whether a back arrow appears when the view stack can pop. */
    static final Prop<Boolean> AUTOMATICALLY_IMPLY_LEADING = Prop.outbound("automatically_imply_leading", true);

    static final PropSet APP_BAR_PROPS = PropSet.of(LayoutControl.PROPS, TITLE, LEADING, ACTIONS, CENTER_TITLE,
            BGCOLOR, AUTOMATICALLY_IMPLY_LEADING);

    public AppBar() {
        super("AppBar", APP_BAR_PROPS);
    }

    /** An app bar with a title control. */
    public AppBar(Control title) {
        this();
        set(TITLE, title);
    }

    /** An app bar with a title. */
    public AppBar(String title) {
        this();
        set(TITLE, title);
    }

    /** Controls after the title. */
    public List<Control> actions() {
        return controls(ACTIONS);
    }

    /** Sets the control before the title. */
    public AppBar leading(Control leading) {
        set(LEADING, leading);
        return this;
    }

    /** Centers the title. */
    public AppBar centerTitle(boolean center) {
        set(CENTER_TITLE, center);
        return this;
    }

    /**
     * Sets whether the app bar shows a back arrow when there is a view under its own and no leading control is
     * set ({@code true} unless set).
     */
    public AppBar automaticallyImplyLeading(boolean imply) {
        set(AUTOMATICALLY_IMPLY_LEADING, imply);
        return this;
    }

    /** Whether the app bar shows an implied back arrow. */
    public boolean automaticallyImplyLeading() {
        return get(AUTOMATICALLY_IMPLY_LEADING);
    }

    /** Sets the background color. */
    public AppBar bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }
}
