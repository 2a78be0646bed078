package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.Page;
import dev.jflet.core.internal.protocol.WireTypes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The user chose an option of a {@link Dropdown}: its {@code select} event, whose data is the chosen option's key,
 * or null when the choice was cleared (flet-protocol.md §5.2).
 */
public final class DropdownSelectEvent extends Event<Dropdown> {
    private final String value;

    DropdownSelectEvent(Dropdown dropdown, Object data, Page page) {
        super(dropdown, "select", data, page);
        if (data != null && !(data instanceof String)) {
            throw new IllegalArgumentException("event 'select' expects an option key, got " + WireTypes.describe(data));
        }
        this.value = (String) data;
    }

    /** The key of the chosen option; empty when the choice was cleared. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** The position of the chosen option among the dropdown's options; empty when none has that key. */
    public OptionalInt selectedIndex() {
        List<DropdownOption> options = control().options();
        for (int i = 0; value != null && i < options.size(); i++) {
            if (value.equals(options.get(i).key().orElse(null))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Internal: builds the dropdown's select events. */
    static final EventFactory<Dropdown, DropdownSelectEvent> FACTORY = (c, n, d, p) -> new DropdownSelectEvent(c, d, p);
}
