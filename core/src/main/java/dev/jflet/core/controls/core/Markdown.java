package dev.jflet.core.controls.core;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.MarkdownExtensionSet;

/** Renders Markdown text: Flet's {@code Markdown}. */
public class Markdown extends LayoutControl<Markdown> {
    /** The Markdown source. */
    static final Prop<String> VALUE = Prop.outbound("value", "");
    /** Whether the user can select the text. */
    static final Prop<Boolean> SELECTABLE = Prop.outbound("selectable", false);
    /** Which syntax extensions are enabled. */
    static final Prop<String> EXTENSION_SET = Prop.outbound("extension_set", "none");
    /** Highlighting theme of code blocks, e.g. {@code "atom-one-dark"}. */
    static final Prop<String> CODE_THEME = Prop.outbound("code_theme", null);
    /** Whether links open by themselves when clicked. */
    static final Prop<Boolean> AUTO_FOLLOW_LINKS = Prop.outbound("auto_follow_links", false);
    /** Whether the content takes only the height it needs. */
    static final Prop<Boolean> SHRINK_WRAP = Prop.outbound("shrink_wrap", true);
    /** Whether the content takes only the width it needs. */
    static final Prop<Boolean> FIT_CONTENT = Prop.outbound("fit_content", true);
    /** Whether single line breaks in the source break lines. */
    static final Prop<Boolean> SOFT_LINE_BREAK = Prop.outbound("soft_line_break", false);
    /** Fires when a link is clicked; the data is its address. */
    static final Prop<EventHandler<Event<Markdown>>> ON_TAP_LINK = Prop.event("tap_link");

    static final PropSet MARKDOWN_PROPS = PropSet.of(LayoutControl.PROPS, VALUE, SELECTABLE, EXTENSION_SET,
            CODE_THEME, AUTO_FOLLOW_LINKS, SHRINK_WRAP, FIT_CONTENT, SOFT_LINE_BREAK, ON_TAP_LINK);

    public Markdown(String value) {
        super("Markdown", MARKDOWN_PROPS);
        set(VALUE, value == null ? "" : value);
    }

    public String value() {
        return get(VALUE);
    }

    /** Sets the Markdown source. */
    public Markdown value(String value) {
        set(VALUE, value == null ? "" : value);
        return this;
    }

    /** Lets the user select the text. */
    public Markdown selectable(boolean selectable) {
        set(SELECTABLE, selectable);
        return this;
    }

    /** Enables a set of syntax extensions, e.g. {@code MarkdownExtensionSet.GITHUB_WEB}. */
    public Markdown extensionSet(MarkdownExtensionSet set) {
        set(EXTENSION_SET, set.value());
        return this;
    }

    /** Sets the highlighting theme of code blocks, e.g. {@code "atom-one-dark"}. */
    public Markdown codeTheme(String theme) {
        set(CODE_THEME, theme);
        return this;
    }

    /** Opens links by themselves when clicked. */
    public Markdown autoFollowLinks(boolean follow) {
        set(AUTO_FOLLOW_LINKS, follow);
        return this;
    }

    /** Makes single line breaks in the source break lines. */
    public Markdown softLineBreak(boolean soft) {
        set(SOFT_LINE_BREAK, soft);
        return this;
    }

    /** Sets the handler for link clicks; the data is the link's address. */
    public Markdown onTapLink(EventHandler<Event<Markdown>> handler) {
        set(ON_TAP_LINK, handler);
        return this;
    }

    /** Sets a link-click handler without arguments. */
    public Markdown onTapLink(EventCallback callback) {
        return onTapLink(callback.<Event<Markdown>>asHandler());
    }
}
