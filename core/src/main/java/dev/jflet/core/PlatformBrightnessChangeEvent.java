package dev.jflet.core;

import dev.jflet.core.internal.protocol.WireTypes;

import java.util.Map;

/**
 * The system's light or dark mode changed: Flet's {@code PlatformBrightnessChangeEvent}. In the browser it follows
 * {@code prefers-color-scheme}; {@link Page#platformBrightness()} already holds the new value.
 */
public final class PlatformBrightnessChangeEvent extends Event<Page> {
    private final String brightness;

    PlatformBrightnessChangeEvent(Page page, Object data) {
        super(page, "platform_brightness_change", data, page);
        // Flet's client sends the bare string; a map {brightness} is read too.
        Object value = data instanceof Map ? ((Map<?, ?>) data).get("brightness") : data;
        if (!"light".equals(value) && !"dark".equals(value)) {
            throw new IllegalArgumentException("event 'platform_brightness_change' expects \"light\" or \"dark\", got "
                    + WireTypes.describe(value));
        }
        this.brightness = (String) value;
    }

    /** The new brightness: {@code light} or {@code dark}. */
    public String brightness() {
        return brightness;
    }

    /** Whether the system is now in dark mode. */
    public boolean dark() {
        return "dark".equals(brightness);
    }
}
