package dev.jflet.core.controls.canvas;

/** An ellipse filling a box: Flet's {@code canvas.Oval}. */
public class Oval extends BoxedShape<Oval> {
    /** An ellipse filling the box with its top-left corner at ({@code x}, {@code y}). */
    public Oval(double x, double y, double width, double height) {
        super("Oval", BOXED_PROPS, x, y, width, height);
    }
}
