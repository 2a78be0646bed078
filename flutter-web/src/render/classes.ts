// Class names, data attributes and inline styles changed without making an element's classList, dataset or
// (for a property cleared that was never set) style object. Each of those is made on first use and then lives as
// long as its element, and keeps the element's JS wrapper alive too, which the JS heap otherwise lets go of for
// elements no widget holds: about 16 bytes of JS heap and 70 of Blink's own per object. With classList a row of
// five controls made five of them.

const SPACE = /\s+/;

/** Whether `el`'s class attribute lists `name`. */
export function hasClass(el: Element, name: string): boolean {
    const list = el.getAttribute("class");
    if (!list) return false;
    for (let at = list.indexOf(name); at >= 0; at = list.indexOf(name, at + 1)) {
        const end = at + name.length;
        if ((at === 0 || SPACE.test(list[at - 1])) && (end === list.length || SPACE.test(list[end]))) return true;
    }
    return false;
}

/** Adds `name` to `el`'s classes, unless it is there. */
export function addClass(el: Element, name: string): void {
    if (hasClass(el, name)) return;
    const list = el.getAttribute("class");
    el.setAttribute("class", list ? `${list} ${name}` : name);
}

/** Takes `name` out of `el`'s classes. */
export function removeClass(el: Element, name: string): void {
    if (!hasClass(el, name)) return;
    const list = el.getAttribute("class")!;
    el.setAttribute(
        "class",
        list
            .split(SPACE)
            .filter((c) => c !== "" && c !== name)
            .join(" "),
    );
}

/** Adds `name` to `el`'s classes when `on`, else takes it out. */
export function toggleClass(el: Element, name: string, on: boolean): void {
    if (on) addClass(el, name);
    else removeClass(el, name);
}

/**
 * Sets CSS property `name` (a custom property, or a camel-cased one) of `el`'s inline style to `css`, "" to clear
 * it. Clearing a property of an element without a style attribute is left undone, so as not to make the element's
 * style object for nothing.
 */
export function setStyle(el: HTMLElement, name: string, css: string): void {
    if (css === "" && !el.hasAttribute("style")) return;
    if (name.startsWith("--")) el.style.setProperty(name, css);
    else (el.style as unknown as Record<string, string>)[name] = css;
}

/** Sets data attribute `data-<name>` of `el` to `value`, or removes it for undefined. */
export function setData(el: Element, name: string, value: string | undefined): void {
    if (value === undefined) el.removeAttribute(`data-${name}`);
    else el.setAttribute(`data-${name}`, value);
}

/** The value of data attribute `data-<name>` of `el`, or undefined. */
export function getData(el: Element, name: string): string | undefined {
    return el.getAttribute(`data-${name}`) ?? undefined;
}
