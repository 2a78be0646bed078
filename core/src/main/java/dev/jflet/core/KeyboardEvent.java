package dev.jflet.core;

/** A key was pressed; {@code key} is Flet's key label, e.g. {@code "A"}, {@code "Enter"}, {@code "Arrow Up"}. */
public final class KeyboardEvent extends Event<Page> {
    private final String key;
    private final boolean shift;
    private final boolean ctrl;
    private final boolean alt;
    private final boolean meta;

    KeyboardEvent(Page page, Object data) {
        super(page, "keyboard_event", data, page);
        EventData d = EventData.of("keyboard_event", data);
        this.key = d.string("key", "");
        this.shift = d.bool("shift");
        this.ctrl = d.bool("ctrl");
        this.alt = d.bool("alt");
        this.meta = d.bool("meta");
    }

    public String key() {
        return key;
    }

    public boolean shift() {
        return shift;
    }

    public boolean ctrl() {
        return ctrl;
    }

    public boolean alt() {
        return alt;
    }

    public boolean meta() {
        return meta;
    }
}
