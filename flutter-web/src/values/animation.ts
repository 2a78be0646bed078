// Durations and implicit animations (flet-protocol.md §2.6): Flutter curve names become CSS easings,
// so `animate_*` properties play as CSS transitions.
import { isRecord } from "../tree/control";
import { isNumber, own } from "./geometry";

const UNIT_MS: Record<string, number> = {
    days: 86_400_000,
    hours: 3_600_000,
    minutes: 60_000,
    seconds: 1000,
    milliseconds: 1,
    microseconds: 0.001,
};

/** A Duration: int milliseconds or a sparse unit map ({seconds: 1, milliseconds: 500}); null when neither. */
export function parseDuration(v: unknown): number | null {
    if (isNumber(v) && v >= 0) return v;
    if (!isRecord(v)) return null;
    let ms = 0;
    for (const k in v) {
        const n = v[k];
        if (!(k in UNIT_MS) || !(isNumber(n) || n === null)) return null;
        ms += ((n as number) ?? 0) * UNIT_MS[k];
    }
    return ms;
}

// Flutter's Curves as CSS cubic-bezier() (their documented control points; the two three-point curves are
// approximated by one cubic); bounce and elastic curves
// have no cubic form and are sampled into linear() below.
const CUBIC: Record<string, string> = {
    linear: "linear",
    decelerate: ".333,.667,.667,1",
    fastlineartosloweasein: ".18,1,.04,1",
    fasteaseintosloweaseout: ".05,.85,.15,1",
    ease: ".25,.1,.25,1",
    easein: ".42,0,1,1",
    easeintolinear: ".67,.03,.65,.09",
    easeinsine: ".47,0,.745,.715",
    easeinquad: ".55,.085,.68,.53",
    easeincubic: ".55,.055,.675,.19",
    easeinquart: ".895,.03,.685,.22",
    easeinquint: ".755,.05,.855,.06",
    easeinexpo: ".95,.05,.795,.035",
    easeincirc: ".6,.04,.98,.335",
    easeinback: ".6,-.28,.735,.045",
    easeout: "0,0,.58,1",
    lineartoeaseout: ".35,.91,.33,.97",
    easeoutsine: ".39,.575,.565,1",
    easeoutquad: ".25,.46,.45,.94",
    easeoutcubic: ".215,.61,.355,1",
    easeoutquart: ".165,.84,.44,1",
    easeoutquint: ".23,1,.32,1",
    easeoutexpo: ".19,1,.22,1",
    easeoutcirc: ".075,.82,.165,1",
    easeoutback: ".175,.885,.32,1.275",
    easeinout: ".42,0,.58,1",
    easeinoutsine: ".445,.05,.55,.95",
    easeinoutquad: ".455,.03,.515,.955",
    easeinoutcubic: ".645,.045,.355,1",
    easeinoutcubicemphasized: ".2,0,0,1",
    easeinoutquart: ".77,0,.175,1",
    easeinoutquint: ".86,0,.07,1",
    easeinoutexpo: "1,0,0,1",
    easeinoutcirc: ".785,.135,.15,.86",
    easeinoutback: ".68,-.55,.265,1.55",
    fastoutslowin: ".4,0,.2,1",
    slowmiddle: ".15,.85,.85,.15",
};

const bounceOut = (t: number): number => {
    if (t < 1 / 2.75) return 7.5625 * t * t;
    if (t < 2 / 2.75) return 7.5625 * (t -= 1.5 / 2.75) * t + 0.75;
    if (t < 2.5 / 2.75) return 7.5625 * (t -= 2.25 / 2.75) * t + 0.9375;
    return 7.5625 * (t -= 2.625 / 2.75) * t + 0.984375;
};
const elasticIn = (t: number) => -Math.pow(2, 10 * (t - 1)) * Math.sin((t - 1 - 0.1) * ((2 * Math.PI) / 0.4));
const elasticOut = (t: number) => Math.pow(2, -10 * t) * Math.sin((t - 0.1) * ((2 * Math.PI) / 0.4)) + 1;

// Flutter's BounceInCurve/ElasticInCurve... (period 0.4), as functions of t in 0..1.
const SAMPLED: Record<string, (t: number) => number> = {
    bouncein: (t) => 1 - bounceOut(1 - t),
    bounceout: bounceOut,
    bounceinout: (t) => (t < 0.5 ? (1 - bounceOut(1 - 2 * t)) * 0.5 : bounceOut(t * 2 - 1) * 0.5 + 0.5),
    elasticin: elasticIn,
    elasticout: elasticOut,
    elasticinout: (t) => {
        const s = 0.4 / 4;
        t = 2 * t - 1;
        const f = (x: number) => Math.sin((x - s) * ((2 * Math.PI) / 0.4));
        return t < 0 ? -0.5 * Math.pow(2, 10 * t) * f(t) : Math.pow(2, -10 * t) * f(t) * 0.5 + 1;
    },
};

/** A Flutter curve name ("easeOut", "bounceIn") as a CSS easing function; null when unknown. */
export function parseCurve(v: unknown): string | null {
    if (typeof v !== "string") return null;
    const name = v.toLowerCase().replace(/_/g, "");
    const cubic = own(CUBIC, name);
    if (cubic) return cubic === "linear" ? cubic : `cubic-bezier(${cubic})`;
    const f = own(SAMPLED, name);
    if (!f) return null;
    const points: string[] = [];
    for (let i = 0; i <= 40; i++) points.push(String(+f(i / 40).toFixed(3)));
    return `linear(${points.join(",")})`;
}

export interface AnimationSpec {
    ms: number;
    easing: string;
}

/**
 * An implicit animation value: int milliseconds, true (1 s, linear, as Flet's parseAnimation), false
 * (none), or {duration, curve}. Returns undefined for "no animation" and null for a bad value.
 */
export function parseAnimation(v: unknown): AnimationSpec | undefined | null {
    if (v === undefined || v === null || v === false) return undefined;
    if (v === true) return { ms: 1000, easing: "linear" };
    if (isNumber(v)) return v >= 0 ? { ms: v, easing: "linear" } : null;
    if (!isRecord(v)) return null;
    const ms = v.duration === undefined || v.duration === null ? 1000 : parseDuration(v.duration);
    const easing = v.curve === undefined || v.curve === null ? "linear" : parseCurve(v.curve);
    return ms === null || easing === null ? null : { ms, easing };
}
