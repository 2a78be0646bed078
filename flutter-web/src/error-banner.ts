// A visible, announced error for a crashed session (flet-protocol.md §1.10), worded like Flet's client.

export class ErrorBanner {
    private el: HTMLElement | null = null;

    constructor(private readonly root: HTMLElement) {}

    show(message: string): void {
        const doc = this.root.ownerDocument;
        const [first, ...rest] = message.split("\n");
        if (!this.el) {
            this.el = doc.createElement("div");
            this.el.className = "flet-error";
            this.el.setAttribute("role", "alert");
        }
        const title = doc.createElement("strong");
        title.textContent = "The application encountered an error: ";
        const text = doc.createElement("span");
        text.textContent = first;
        const details = rest.join("\n").trim();
        const parts: Node[] = [title, text];
        if (details) {
            const pre = doc.createElement("pre");
            pre.textContent = details;
            parts.push(pre);
        }
        this.el.replaceChildren(...parts);
        this.reattach();
    }

    /** Keeps the banner in the root after the root's content was replaced. */
    reattach(): void {
        if (this.el && this.el.parentNode !== this.root) this.root.append(this.el);
    }
}
