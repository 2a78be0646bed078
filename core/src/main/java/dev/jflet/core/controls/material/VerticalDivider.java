package dev.jflet.core.controls.material;

/**
 * A thin vertical line between content in a Row: Flet's {@code VerticalDivider}. {@code width} is the space it
 * takes, the line drawn in its middle.
 */
public class VerticalDivider extends DividerControl<VerticalDivider> {
    public VerticalDivider() {
        super("VerticalDivider");
    }
}
