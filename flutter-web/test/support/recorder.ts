// A TreeListener that logs every notification, so tests can assert the exact change sequence.
import type { Control } from "../../src/tree/control";
import type { ListChange, TreeListener } from "../../src/tree/control-tree";

export class Recorder implements TreeListener {
    log: string[] = [];
    /** The `previous` value of each propChanged, in order. */
    previous: unknown[] = [];

    propChanged(control: Control, prop: string, previous: unknown): void {
        this.log.push(`${control}.${prop}`);
        this.previous.push(previous);
    }

    listChanged(control: Control, prop: string, change: ListChange): void {
        const detail = change.op === "move" ? `${change.from}->${change.to}` : String(change.index);
        this.log.push(`${control}.${prop} ${change.op} ${detail}`);
    }
}
