// The geometry of canvas shapes as SVG path data (flet-protocol.md §5.2, flet.canvas). Angles are radians,
// clockwise from the positive x axis, as in Flutter; Path elements are Flet's `{_type: "MoveTo", x, y}` maps.
import { isRecord } from "../tree/control";
import { isNumber } from "../values/geometry";

export const num = (v: unknown, d = 0): number => (isNumber(v) ? v : d);

/** The path of an arc of the ellipse in (x, y, width, height) from `start` sweeping `sweep` radians. */
export function arcPath(x: number, y: number, w: number, h: number, start: number, sweep: number, center: boolean) {
    const [rx, ry] = [w / 2, h / 2];
    const [cx, cy] = [x + rx, y + ry];
    const at = (a: number) => `${cx + rx * Math.cos(a)} ${cy + ry * Math.sin(a)}`;
    if (Math.abs(sweep) >= Math.PI * 2) {
        return `M${at(start)}A${rx} ${ry} 0 1 1 ${at(start + Math.PI)}A${rx} ${ry} 0 1 1 ${at(start)}Z`;
    }
    const arc = `A${rx} ${ry} 0 ${Math.abs(sweep) > Math.PI ? 1 : 0} ${sweep > 0 ? 1 : 0} ${at(start + sweep)}`;
    return center ? `M${cx} ${cy}L${at(start)}${arc}Z` : `M${at(start)}${arc}`;
}

type Radii = [topLeft: number, topRight: number, bottomRight: number, bottomLeft: number];

/** A BorderRadius (a number, or Flet's {top_left, top_right, bottom_left, bottom_right}) as four radii. */
export function radii(v: unknown): Radii {
    if (isNumber(v)) return [v, v, v, v];
    const r = isRecord(v) ? v : {};
    return [num(r.top_left), num(r.top_right), num(r.bottom_right), num(r.bottom_left)];
}

/** A rectangle with rounded corners, clockwise from the top-left corner. */
export function roundedRect(x: number, y: number, w: number, h: number, [tl, tr, br, bl]: Radii): string {
    const corner = (r: number, ex: number, ey: number) => (r > 0 ? `A${r} ${r} 0 0 1 ${ex} ${ey}` : "");
    return (
        `M${x + tl} ${y}H${x + w - tr}${corner(tr, x + w, y + tr)}V${y + h - br}${corner(br, x + w - br, y + h)}` +
        `H${x + bl}${corner(bl, x, y + h - bl)}V${y + tl}${corner(tl, x + tl, y)}Z`
    );
}

/**
 * Path.elements as SVG path data: MoveTo, LineTo, QuadraticTo (a conic weight is drawn as a parabola), CubicTo,
 * Arc and Oval and Rect (new sub-paths), ArcTo (rotation in degrees, as Flutter's arcToPoint), SubPath (shifted by
 * its x, y) and Close.
 */
export function pathData(elements: unknown, dx = 0, dy = 0): string {
    if (!Array.isArray(elements)) return "";
    let d = "";
    for (const e of elements) {
        if (!isRecord(e)) continue;
        const [x, y] = [num(e.x) + dx, num(e.y) + dy];
        const [w, h] = [num(e.width), num(e.height)];
        switch (String(e._type ?? e.type ?? "").toLowerCase()) {
            case "moveto":
                d += `M${x} ${y}`;
                break;
            case "lineto":
                d += `L${x} ${y}`;
                break;
            case "quadraticto":
                d += `Q${num(e.cp1x) + dx} ${num(e.cp1y) + dy} ${x} ${y}`;
                break;
            case "cubicto":
                d += `C${num(e.cp1x) + dx} ${num(e.cp1y) + dy} ${num(e.cp2x) + dx} ${num(e.cp2y) + dy} ${x} ${y}`;
                break;
            case "arc":
                d += arcPath(x, y, w, h, num(e.start_angle), num(e.sweep_angle), false);
                break;
            case "arcto": {
                const r = num(e.radius);
                d +=
                    r > 0
                        ? `A${r} ${r} ${num(e.rotation)} ${e.large_arc ? 1 : 0} ${e.clockwise === false ? 0 : 1} `
                        : "L";
                d += `${x} ${y}`;
                break;
            }
            case "oval":
                d += arcPath(x, y, w, h, 0, Math.PI * 2, false);
                break;
            case "rect":
                d += roundedRect(x, y, w, h, radii(e.border_radius));
                break;
            case "subpath":
                d += pathData(e.elements, x, y);
                break;
            case "close":
                d += "Z";
        }
    }
    return d;
}

/** Points as path data: a zero-length segment per point (drawn as a dot by the cap), pairs, or one polyline. */
export function pointsData(points: unknown, mode: unknown): string {
    const list = (Array.isArray(points) ? points : []).map((p) =>
        Array.isArray(p) ? [num(p[0]), num(p[1])] : isRecord(p) ? [num(p.x), num(p.y)] : [0, 0],
    );
    const m = String(mode ?? "points").toLowerCase();
    if (m === "polygon") return list.map(([x, y], i) => `${i ? "L" : "M"}${x} ${y}`).join("");
    if (m === "lines") {
        let d = "";
        for (let i = 0; i + 1 < list.length; i += 2) d += `M${list[i].join(" ")}L${list[i + 1].join(" ")}`;
        return d;
    }
    return list.map(([x, y]) => `M${x} ${y}h0`).join("");
}
