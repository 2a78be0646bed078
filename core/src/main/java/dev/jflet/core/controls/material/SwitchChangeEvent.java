package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.Page;

/** The user flipped a {@link Switch}: its {@code change} event, whose data is the new state (flet-protocol.md §5.2). */
public final class SwitchChangeEvent extends Event<Switch> {
    private final boolean value;

    SwitchChangeEvent(Switch toggle, Object data, Page page) {
        super(toggle, "change", data, page);
        this.value = EventValues.bool("change", data, false);
    }

    /** Whether the switch is on now. */
    public boolean value() {
        return value;
    }

    /** Internal: builds the switch's change events. */
    static final EventFactory<Switch, SwitchChangeEvent> FACTORY = (c, n, d, p) -> new SwitchChangeEvent(c, d, p);
}
