// rotate, scale and offset (flet-protocol.md §5.1 LayoutControl) as one CSS transform, as Flutter wraps
// the control in RotatedBox-free Transform widgets that do not change layout.
import { isRecord } from "../tree/control";
import { isNumber } from "./geometry";

export interface TransformPart {
    css: string;
    /** transform-origin from the value's `alignment`, when it has one. */
    origin?: string;
}

/** Alignment {x, y} in -1..1 as a CSS position ("50% 0%"); null when it is not one. */
export function alignmentPosition(v: unknown): string | null {
    if (!isRecord(v) || !isNumber(v.x) || !isNumber(v.y)) return null;
    return `${+(((v.x + 1) / 2) * 100).toFixed(4)}% ${+(((v.y + 1) / 2) * 100).toFixed(4)}%`;
}

const origin = (v: Record<string, unknown>): string | undefined =>
    v.alignment === undefined || v.alignment === null ? undefined : (alignmentPosition(v.alignment) ?? undefined);

/** rotate: radians, or Rotate {angle, alignment}. */
export function parseRotate(v: unknown): TransformPart | null {
    if (isNumber(v)) return { css: `rotate(${v}rad)` };
    if (isRecord(v) && isNumber(v.angle)) return { css: `rotate(${v.angle}rad)`, origin: origin(v) };
    return null;
}

/** scale: a factor, or Scale {scale, scale_x, scale_y, alignment}. */
export function parseScale(v: unknown): TransformPart | null {
    if (isNumber(v)) return { css: `scale(${v})` };
    if (!isRecord(v)) return null;
    const all = isNumber(v.scale) ? v.scale : 1;
    const x = isNumber(v.scale_x) ? v.scale_x : all;
    const y = isNumber(v.scale_y) ? v.scale_y : all;
    return { css: `scale(${x},${y})`, origin: origin(v) };
}

/** Offset {x, y} or [x, y]. */
export function parseOffset(v: unknown): [number, number] | null {
    if (Array.isArray(v) && v.length === 2 && isNumber(v[0]) && isNumber(v[1])) return [v[0], v[1]];
    if (isRecord(v) && isNumber(v.x) && isNumber(v.y)) return [v.x, v.y];
    return null;
}

/** offset moves the control by a fraction of its own size, as Flutter's FractionalTranslation. */
export function parseTranslate(v: unknown): TransformPart | null {
    const o = parseOffset(v);
    return o && { css: `translate(${o[0] * 100}%,${o[1] * 100}%)` };
}
