package dev.jflet.core.controls.canvas;

/** Fills the whole canvas with a paint (a color or a gradient): Flet's {@code canvas.Fill}. */
public class Fill extends PaintedShape<Fill> {
    public Fill() {
        super("Fill", PAINTED_PROPS);
    }

    public Fill(dev.jflet.core.types.Paint paint) {
        this();
        paint(paint);
    }
}
