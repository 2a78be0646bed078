package dev.jflet.core.controls.canvas;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

/**
 * A piece of the ellipse filling a box, from {@code start_angle} sweeping {@code sweep_angle} radians clockwise
 * (0 is the ellipse's rightmost point): Flet's {@code canvas.Arc}.
 */
public class Arc extends BoxedShape<Arc> {
    /** Where the arc starts, in radians clockwise from the rightmost point. */
    static final Prop<Double> START_ANGLE = Prop.outbound("start_angle", 0.0);
    /** How far the arc sweeps, in radians; negative sweeps counter-clockwise. */
    static final Prop<Double> SWEEP_ANGLE = Prop.outbound("sweep_angle", 0.0);
    /** Whether the arc is closed through the center, forming a pie slice. */
    static final Prop<Boolean> USE_CENTER = Prop.outbound("use_center", false);

    static final PropSet ARC_PROPS = PropSet.of(BOXED_PROPS, START_ANGLE, SWEEP_ANGLE, USE_CENTER);

    /** An arc of the ellipse in the box at ({@code x}, {@code y}), from {@code startAngle} by {@code sweepAngle}. */
    public Arc(double x, double y, double width, double height, double startAngle, double sweepAngle) {
        super("Arc", ARC_PROPS, x, y, width, height);
        angles(startAngle, sweepAngle);
    }

    /** Sets where the arc starts and how far it sweeps, in radians. */
    public Arc angles(double startAngle, double sweepAngle) {
        finite("Arc angles", startAngle, sweepAngle);
        set(START_ANGLE, startAngle);
        set(SWEEP_ANGLE, sweepAngle);
        return this;
    }

    /** Closes the arc through the center (a pie slice) instead of drawing only the curve. */
    public Arc useCenter(boolean useCenter) {
        set(USE_CENTER, useCenter);
        return this;
    }

    public double startAngle() {
        return get(START_ANGLE);
    }

    public double sweepAngle() {
        return get(SWEEP_ANGLE);
    }
}
