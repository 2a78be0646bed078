package dev.jflet.core.controls.material;

/**
 * A thin horizontal line between content: Flet's {@code Divider}. {@code height} is the space it takes, the line
 * drawn in its middle.
 */
public class Divider extends DividerControl<Divider> {
    public Divider() {
        super("Divider");
    }
}
