package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.Page;

/**
 * The user moved a {@link Slider}: its {@code change}, {@code change_start} or {@code change_end} event (see
 * {@link #name()}), whose data is the value (flet-protocol.md §5.2).
 */
public final class SliderChangeEvent extends Event<Slider> {
    private final double value;

    SliderChangeEvent(Slider slider, String name, Object data, Page page) {
        super(slider, name, data, page);
        this.value = EventValues.number(name, data);
    }

    /** The slider's value when the event fired. */
    public double value() {
        return value;
    }

    /** Internal: builds the slider's change events. */
    static final EventFactory<Slider, SliderChangeEvent> FACTORY = SliderChangeEvent::new;
}
