package dev.jflet.core.controls.canvas;

import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.protocol.WireValue;
import dev.jflet.core.types.BorderRadius;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path of lines and curves: Flet's {@code canvas.Path}, built from {@link Element}s such as
 * {@code Path.moveTo(0, 0)}, {@code Path.lineTo(10, 0)} and {@code Path.close()}. Filled paths close their
 * sub-paths implicitly.
 */
public class Path extends PaintedShape<Path> {
    /** The path's elements, in drawing order. */
    static final Prop<List<Element>> ELEMENTS = Prop.outbound("elements", null);

    static final PropSet PATH_PROPS = PropSet.of(PAINTED_PROPS, ELEMENTS);

    public Path(Element... elements) {
        this(List.of(elements));
    }

    public Path(List<Element> elements) {
        super("Path", PATH_PROPS);
        elements(elements);
    }

    /** Replaces the path's elements. */
    public Path elements(List<Element> elements) {
        set(ELEMENTS, elements.isEmpty() ? null : List.copyOf(elements));
        return this;
    }

    public List<Element> elements() {
        List<Element> e = get(ELEMENTS);
        return e == null ? Collections.emptyList() : e;
    }

    /** Starts a new sub-path at ({@code x}, {@code y}). */
    public static Element moveTo(double x, double y) {
        return new Element("MoveTo").put("x", x).put("y", y);
    }

    /** A straight segment to ({@code x}, {@code y}). */
    public static Element lineTo(double x, double y) {
        return new Element("LineTo").put("x", x).put("y", y);
    }

    /** A quadratic Bézier segment to ({@code x}, {@code y}) with control point ({@code cp1x}, {@code cp1y}). */
    public static Element quadraticTo(double cp1x, double cp1y, double x, double y) {
        return quadraticTo(cp1x, cp1y, x, y, 1);
    }

    /** A conic segment of weight {@code w}: above 1 a hyperbola, 1 a parabola, below 1 an ellipse. */
    public static Element quadraticTo(double cp1x, double cp1y, double x, double y, double w) {
        return new Element("QuadraticTo").put("cp1x", cp1x).put("cp1y", cp1y).put("x", x).put("y", y).put("w", w);
    }

    /** A cubic Bézier segment to ({@code x}, {@code y}) with two control points. */
    public static Element cubicTo(double cp1x, double cp1y, double cp2x, double cp2y, double x, double y) {
        return new Element("CubicTo").put("cp1x", cp1x).put("cp1y", cp1y).put("cp2x", cp2x).put("cp2y", cp2y)
                .put("x", x).put("y", y);
    }

    /** Adds the path made of {@code elements}, shifted by ({@code x}, {@code y}). */
    public static Element subPath(List<Element> elements, double x, double y) {
        List<Object> wire = new ArrayList<>(elements.size());
        for (Element e : elements) {
            wire.add(e.toWire());
        }
        return new Element("SubPath").put("elements", wire).put("x", x).put("y", y);
    }

    /** A new sub-path: the arc of the ellipse in the box at ({@code x}, {@code y}), angles in radians. */
    public static Element arc(double x, double y, double width, double height, double startAngle, double sweepAngle) {
        return new Element("Arc").put("x", x).put("y", y).put("width", width).put("height", height)
                .put("start_angle", startAngle).put("sweep_angle", sweepAngle);
    }

    /** A clockwise, small circular arc of {@code radius} to ({@code x}, {@code y}). */
    public static Element arcTo(double x, double y, double radius) {
        return arcTo(x, y, radius, 0, false, true);
    }

    /** An elliptic arc to ({@code x}, {@code y}); {@code rotation} is in degrees. */
    public static Element arcTo(double x, double y, double radius, double rotation, boolean largeArc,
            boolean clockwise) {
        return new Element("ArcTo").put("x", x).put("y", y).put("radius", radius).put("rotation", rotation)
                .put("large_arc", largeArc).put("clockwise", clockwise);
    }

    /** A new sub-path: the ellipse filling the box at ({@code x}, {@code y}). */
    public static Element oval(double x, double y, double width, double height) {
        return new Element("Oval").put("x", x).put("y", y).put("width", width).put("height", height);
    }

    /** A new sub-path: a rectangle. */
    public static Element rect(double x, double y, double width, double height) {
        return new Element("Rect").put("x", x).put("y", y).put("width", width).put("height", height);
    }

    /** A new sub-path: a rectangle with rounded corners. */
    public static Element rect(double x, double y, double width, double height, BorderRadius borderRadius) {
        return rect(x, y, width, height).put("border_radius", borderRadius.toWire());
    }

    /** Closes the current sub-path with a straight line to its start. */
    public static Element close() {
        return new Element("Close");
    }

    /** One step of a {@link Path}; sent as a map with its kind in {@code _type}, e.g. {@code {_type: "MoveTo"}}. */
    public static final class Element implements WireValue {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Element(String type) {
            fields.put("_type", type);
        }

        private Element put(String key, Object value) {
            if (value instanceof Double && !Double.isFinite((Double) value)) {
                throw new IllegalArgumentException(fields.get("_type") + " " + key + " must be finite: " + value);
            }
            fields.put(key, value);
            return this;
        }

        /** The element's kind, e.g. {@code "LineTo"}. */
        public String type() {
            return (String) fields.get("_type");
        }

        @Override
        public Object toWire() {
            return new LinkedHashMap<>(fields);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Element && ((Element) o).fields.equals(fields);
        }

        @Override
        public int hashCode() {
            return fields.hashCode();
        }

        @Override
        public String toString() {
            return "Path.Element" + fields;
        }
    }
}
