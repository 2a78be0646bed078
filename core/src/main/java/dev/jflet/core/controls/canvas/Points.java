package dev.jflet.core.controls.canvas;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Offset;

import java.util.Collections;
import java.util.List;

/** Dots, segments or a polyline through a list of points, always stroked: Flet's {@code canvas.Points}. */
public class Points extends PaintedShape<Points> {
    /** The points, as {@code {x, y}} offsets. */
    static final Prop<List<Offset>> POINTS = Prop.outbound("points", null);
    /** How the points are joined. */
    static final Prop<String> POINT_MODE = Prop.outbound("point_mode", "points");

    static final PropSet POINTS_PROPS = PropSet.of(PAINTED_PROPS, POINTS, POINT_MODE);

    public Points(PointMode mode, Offset... points) {
        this(mode, List.of(points));
    }

    public Points(PointMode mode, List<Offset> points) {
        super("Points", POINTS_PROPS);
        pointMode(mode).points(points);
    }

    /** Replaces the points; with none, nothing is drawn. */
    public Points points(List<Offset> points) {
        set(POINTS, points.isEmpty() ? null : List.copyOf(points));
        return this;
    }

    public List<Offset> points() {
        List<Offset> p = get(POINTS);
        return p == null ? Collections.emptyList() : p;
    }

    /** Sets how the points are joined. */
    public Points pointMode(PointMode mode) {
        set(POINT_MODE, mode.value());
        return this;
    }
}
