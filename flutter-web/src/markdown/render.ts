// Markdown to DOM, loaded as its own chunk the first time a Markdown control renders. marked's lexer
// only tokenizes; the DOM is built here element by element with textContent, so no HTML string ever
// reaches the page: raw HTML in the source is dropped (with the text of <script>/<style> blocks), and
// only http, https, mailto and relative links become links (others render as their text).
import { Lexer, type Token, type Tokens } from "marked";
import { addClass } from "../render/classes";

export interface MarkdownOptions {
    /** GitHub-flavoured extensions: tables, strikethrough, task lists, bare-URL autolinks. */
    gfm: boolean;
    /** Render soft line breaks (a newline inside a paragraph) as line breaks. */
    breaks: boolean;
    /** Called for each link element made, to wire up tap_link and target. */
    link: (a: HTMLAnchorElement, href: string) => void;
}

const NAMED: Record<string, string> = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: "\u00a0",
    copy: "©",
    reg: "®",
    trade: "™",
    hellip: "…",
    mdash: "—",
    ndash: "–",
    laquo: "«",
    raquo: "»",
    lsquo: "‘",
    rsquo: "’",
    ldquo: "“",
    rdquo: "”",
    bull: "•",
    middot: "·",
    times: "×",
    divide: "÷",
    deg: "°",
    plusmn: "±",
    para: "¶",
    sect: "§",
    euro: "€",
    pound: "£",
    yen: "¥",
    cent: "¢",
    larr: "←",
    rarr: "→",
    uarr: "↑",
    darr: "↓",
    harr: "↔",
    check: "✓",
};

/** Decodes character references (numeric ones, and the common named ones); others stay as written. */
export function decodeEntities(s: string): string {
    return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (m, ref: string) => {
        if (ref[0] === "#") {
            const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
            return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
                ? String.fromCodePoint(code)
                : "\ufffd";
        }
        return Object.prototype.hasOwnProperty.call(NAMED, ref) ? NAMED[ref] : m;
    });
}

/** Whether `href` may become a link: http, https, mailto, or relative (no scheme at all). */
export function isAllowedHref(href: string): boolean {
    // Browsers ignore whitespace and control characters in a scheme ("java\tscript:"), so this does too.
    const s = href.replace(/[\u0000-\u0020\u007f]/g, "");
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s);
    if (!scheme) return true;
    return ["http", "https", "mailto"].includes(scheme[1].toLowerCase());
}

/** Whether `src` may be an image source: http, https, relative, or a data:image URL. */
function isAllowedImage(src: string): boolean {
    const s = src.replace(/[\u0000-\u0020\u007f]/g, "");
    return /^data:image\//i.test(s) || (isAllowedHref(s) && !/^mailto:/i.test(s));
}

class Builder {
    /** Inside a raw HTML block (<script>, <style>, ...): its text is dropped with the tags. */
    private skipping = false;

    constructor(
        private readonly doc: Document,
        private readonly options: MarkdownOptions,
    ) {}

    el<K extends keyof HTMLElementTagNameMap>(tag: K, children: Node[] = []): HTMLElementTagNameMap[K] {
        const e = this.doc.createElement(tag);
        e.append(...children);
        return e;
    }

    text(s: string): Node[] {
        const decoded = decodeEntities(s);
        if (!this.options.breaks || !decoded.includes("\n")) return [this.doc.createTextNode(decoded)];
        const out: Node[] = [];
        decoded.split("\n").forEach((line, i) => {
            if (i > 0) out.push(this.el("br"));
            out.push(this.doc.createTextNode(line));
        });
        return out;
    }

    blocks(tokens: Token[]): Node[] {
        return tokens.flatMap((t) => this.block(t as Tokens.Generic));
    }

    inline(tokens: Token[] | undefined): Node[] {
        return (tokens ?? []).flatMap((t) => this.span(t as Tokens.Generic));
    }

    block(t: Tokens.Generic): Node[] {
        switch (t.type) {
            case "heading":
                return [this.el(`h${Math.min(6, Math.max(1, t.depth))}` as "h1", this.inline(t.tokens))];
            case "paragraph":
                return [this.el("p", this.inline(t.tokens))];
            case "code": {
                const code = this.el("code", [this.doc.createTextNode(t.text)]);
                if (typeof t.lang === "string" && /^[\w+#.-]+$/.test(t.lang)) code.className = `language-${t.lang}`;
                return [this.el("pre", [code])];
            }
            case "blockquote":
                return [this.el("blockquote", this.blocks(t.tokens ?? []))];
            case "hr":
                return [this.el("hr")];
            case "list":
                return [this.list(t as Tokens.List)];
            case "table":
                return [this.table(t as Tokens.Table)];
            case "text":
                // A tight list item's text, or text inside a block: it may hold inline tokens.
                return t.tokens ? this.inline(t.tokens) : this.text(t.text);
            case "space":
            case "def":
            case "html":
                return [];
            default:
                // Inline tokens at block level: a task item's checkbox, for one.
                return this.span(t);
        }
    }

    list(t: Tokens.List): HTMLElement {
        const list = this.el(t.ordered ? "ol" : "ul");
        if (t.ordered && typeof t.start === "number" && t.start !== 1) (list as HTMLOListElement).start = t.start;
        for (const item of t.items) {
            const li = this.el("li", this.blocks(item.tokens));
            if (item.task) addClass(li, "flet-md-task");
            list.append(li);
        }
        if (t.items.some((i) => i.task)) addClass(list, "flet-md-tasks");
        return list;
    }

    table(t: Tokens.Table): HTMLElement {
        const cell = (c: Tokens.TableCell, tag: "th" | "td") => {
            const e = this.el(tag, this.inline(c.tokens));
            if (c.align) e.style.textAlign = c.align;
            if (tag === "th") e.scope = "col";
            return e;
        };
        const head = this.el("thead", [
            this.el(
                "tr",
                t.header.map((c) => cell(c, "th")),
            ),
        ]);
        const body = this.el(
            "tbody",
            t.rows.map((r) =>
                this.el(
                    "tr",
                    r.map((c) => cell(c, "td")),
                ),
            ),
        );
        return this.el("table", [head, body]);
    }

    span(t: Tokens.Generic): Node[] {
        if (t.type === "html") {
            // Raw inline HTML never renders; the text between <script>-like tags goes with them.
            this.skipping = t.inRawBlock === true && !/^<\//.test(t.text);
            return [];
        }
        if (this.skipping) return [];
        switch (t.type) {
            case "text":
                return t.tokens ? this.inline(t.tokens) : this.text(t.text);
            case "escape":
                return [this.doc.createTextNode(t.text)];
            case "strong":
                return [this.el("strong", this.inline(t.tokens))];
            case "em":
                return [this.el("em", this.inline(t.tokens))];
            case "del":
                return [this.el("del", this.inline(t.tokens))];
            case "codespan":
                return [this.el("code", [this.doc.createTextNode(decodeEntities(t.text))])];
            case "br":
                return [this.el("br")];
            case "checkbox": {
                const box = this.el("input");
                box.type = "checkbox";
                box.checked = t.checked === true;
                box.disabled = true;
                return [box, this.doc.createTextNode(" ")];
            }
            case "link": {
                const children = this.inline(t.tokens);
                const href = t.autolink ? t.href : decodeEntities(t.href);
                if (!isAllowedHref(href)) return children;
                const a = this.el("a", children);
                a.href = href;
                if (t.title) a.title = decodeEntities(t.title);
                this.options.link(a, href);
                return [a];
            }
            case "image": {
                const src = decodeEntities(t.href);
                if (!isAllowedImage(src)) return this.text(t.text);
                const img = this.el("img");
                img.src = src;
                img.alt = decodeEntities(t.text);
                if (t.title) img.title = decodeEntities(t.title);
                return [img];
            }
            default:
                return t.tokens ? this.inline(t.tokens) : typeof t.text === "string" ? this.text(t.text) : [];
        }
    }
}

/** Replaces the content of `box` with `source` rendered as Markdown. */
export function renderMarkdown(box: HTMLElement, source: string, options: MarkdownOptions): void {
    const tokens = Lexer.lex(source, { gfm: options.gfm, breaks: false });
    const builder = new Builder(box.ownerDocument, options);
    box.replaceChildren(...builder.blocks(tokens));
}
