// Image (flet-protocol.md §5.2): an <img> in a box that takes width/height (Image handles them itself,
// `skip_properties`), so fit, border radius, badges and tooltips work as on other controls. `src` is a
// URL, a data/blob URL, an asset path under the site's base URL, base64 image data, inline SVG text,
// or bytes. SVG text is shown through a data URL in <img>, where scripts in it never run.
import { badValue } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { parseRadius } from "../values/geometry";
import { part } from "./parts";
import { enumSetter } from "./text";
import { toggleClass } from "../render/classes";

// Leading bytes of base64 image data -> MIME type.
const BASE64_MAGIC: [string, string][] = [
    ["iVBORw0KGgo", "image/png"],
    ["/9j/", "image/jpeg"],
    ["R0lGOD", "image/gif"],
    ["UklGR", "image/webp"],
    ["Qk", "image/bmp"],
    ["PHN2Zy", "image/svg+xml"],
    ["PD94bWwg", "image/svg+xml"],
    ["AAABAA", "image/x-icon"],
];

const BASE64 = /^[A-Za-z0-9+/\s]+={0,2}$/;

/** The MIME type of base64 image data, or null when `s` does not look like base64 image data. */
function base64Mime(s: string): string | null {
    if (!BASE64.test(s)) return null;
    const known = BASE64_MAGIC.find(([magic]) => s.startsWith(magic));
    if (known) return known[1];
    // Long unbroken base64 without a known signature: still image data (the browser sniffs the type).
    return s.length >= 64 ? "image/png" : null;
}

function sniffBytes(b: Uint8Array): string {
    if (b[0] === 0x89 && b[1] === 0x50) return "image/png";
    if (b[0] === 0xff && b[1] === 0xd8) return "image/jpeg";
    if (b[0] === 0x47 && b[1] === 0x49) return "image/gif";
    if (b[0] === 0x52 && b[1] === 0x49) return "image/webp";
    if (b[0] === 0x3c) return "image/svg+xml";
    return "application/octet-stream";
}

/** Resolves an Image src to a URL for <img>; `asset` resolves relative paths. Null when unusable. */
export function imageUrl(src: unknown, asset: (path: string) => string): string | null {
    if (src instanceof Uint8Array) {
        return URL.createObjectURL(new Blob([src as BlobPart], { type: sniffBytes(src) }));
    }
    if (typeof src !== "string" || src.trim() === "") return null;
    const s = src.trim();
    if (/^(https?|data|blob):/i.test(s)) return s;
    if (/^<(\?xml|svg)[\s>]/i.test(s)) return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(s)}`;
    const mime = base64Mime(s);
    if (mime) return `data:${mime};base64,${s.replace(/\s/g, "")}`;
    // Any other scheme (javascript:, file:, ...) is not an image source.
    if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return null;
    return asset(s);
}

const FIT: Record<string, string> = {
    contain: "contain",
    cover: "cover",
    fill: "fill",
    fitwidth: "cover",
    fitheight: "cover",
    none: "none",
    scaledown: "scale-down",
};

function setSrc(w: Widget, v: unknown): void {
    const img: HTMLImageElement = w.parts.img;
    if (w.parts.blobUrl) URL.revokeObjectURL(w.parts.blobUrl);
    w.parts.blobUrl = undefined;
    const url = v === undefined || v === null ? null : imageUrl(v, (p) => w.renderer.context.assetUrl(p));
    if (url === null && v !== undefined && v !== null) badValue(w, "src", v, "an image URL, path, base64 data or SVG");
    if (url?.startsWith("blob:") && v instanceof Uint8Array) w.parts.blobUrl = url;
    showError(w, false);
    if (url === null) img.removeAttribute("src");
    else img.src = url;
}

/** Swaps in error_content (when there is one) while the image cannot load. */
function showError(w: Widget, failed: boolean): void {
    const error = w.slot("error_content")?.el;
    w.parts.img.hidden = failed && !!error;
    if (error) error.hidden = !failed;
}

export const IMAGE: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-image");
        const img = part(w, "flet-image-img", "img");
        img.alt = "";
        img.decoding = "async";
        img.addEventListener("error", () => img.hasAttribute("src") && showError(w, true));
        img.addEventListener("load", () => showError(w, false));
        w.parts.img = img;
        el.append(img);
        return el;
    },
    props: {
        src: setSrc,
        fit: enumSetter(FIT, (w, css) => (w.parts.img.style.objectFit = css), "fit"),
        border_radius: (w, v) => {
            const css = v === undefined || v === null ? "" : parseRadius(v);
            if (css === null) badValue(w, "border_radius", v, "a number or a BorderRadius");
            w.el.style.borderRadius = css ?? "";
        },
        // Flutter's Image is excluded from semantics unless it has a label; alt="" does the same.
        semantics_label: (w, v) => (w.parts.img.alt = typeof v === "string" ? v : ""),
        repeat: (w, v) => toggleClass(w.parts.img, "flet-image-repeat", typeof v === "string" && v !== "noRepeat"),
        error_content: (w, v) => {
            const el = w.renderer.setSlot(w, "error_content", v);
            if (el && el.parentNode !== w.el) w.el.append(el);
            showError(w, false);
        },
    },
    unmounted: (w) => {
        if (w.parts.blobUrl) URL.revokeObjectURL(w.parts.blobUrl);
    },
};

export const DEFS = { Image: IMAGE };
