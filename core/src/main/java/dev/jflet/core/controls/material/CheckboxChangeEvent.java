package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.Page;

import java.util.Optional;

/**
 * The user ticked or cleared a {@link Checkbox}: its {@code change} event, whose data is the new state, null for a
 * tristate box's third state (flet-protocol.md §5.2).
 */
public final class CheckboxChangeEvent extends Event<Checkbox> {
    private final Boolean value;

    CheckboxChangeEvent(Checkbox box, Object data, Page page) {
        super(box, "change", data, page);
        this.value = EventValues.bool("change", data, true);
    }

    /** The new state: checked, unchecked, or empty for a tristate box's third state. */
    public Optional<Boolean> value() {
        return Optional.ofNullable(value);
    }

    /** Internal: builds the checkbox's change events. */
    static final EventFactory<Checkbox, CheckboxChangeEvent> FACTORY = (c, n, d, p) -> new CheckboxChangeEvent(c, d, p);
}
