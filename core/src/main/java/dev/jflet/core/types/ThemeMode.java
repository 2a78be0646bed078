package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/** Whether the app (or a Container's subtree) is light, dark or follows the system: Flet's {@code ThemeMode}. */
public enum ThemeMode implements WireValue {
    /** Follows the browser's {@code prefers-color-scheme}, live. */
    SYSTEM("system"),
    /** Always the light theme. */
    LIGHT("light"),
    /** Always the dark theme. */
    DARK("dark");

    private final String value;

    ThemeMode(String value) {
        this.value = value;
    }

    /** The name Flet sends on the wire, e.g. {@code "dark"}. */
    public String value() {
        return value;
    }

    /** The mode named {@code value} ({@code "system"}, {@code "light"} or {@code "dark"}). */
    public static ThemeMode of(String value) {
        for (ThemeMode m : values()) {
            if (m.value.equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("theme mode must be system, light or dark: " + value);
    }

    @Override
    public Object toWire() {
        return value;
    }
}
