// A TreeListener that logs every notification, so tests can assert the exact change sequence.
import type { Control } from "../../src/tree/control";
import type { ListChange, TreeListener } from "../../src/tree/control-tree";

export class Recorder implements TreeListener {
    log: string[] = [];

    propChanged(control: Control, prop: string): void {
        this.log.push(`${control}.${prop}`);
    }

    listChanged(control: Control, prop: string, change: ListChange): void {
        const detail = change.op === "move" ? `${change.from}->${change.to}` : String(change.index);
        this.log.push(`${control}.${prop} ${change.op} ${detail}`);
    }
}
