// Summarises a V8 heap snapshot: self size by node type and constructor name, largest first.
// Usage: node heap-summary.mjs file.heapsnapshot [rows] [--outside-blink]
// --outside-blink leaves out Blink's own (native) objects: what remains is roughly what Runtime.getHeapUsage counts.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const outsideBlink = args.includes("--outside-blink");
const [file, rowsArg] = args.filter((arg) => arg !== "--outside-blink");
if (!file) {
  console.error("usage: node heap-summary.mjs file.heapsnapshot [rows]");
  process.exit(2);
}
const snapshot = JSON.parse(readFileSync(file, "utf8"));
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const width = fields.length;
const typeAt = fields.indexOf("type");
const nameAt = fields.indexOf("name");
const sizeAt = fields.indexOf("self_size");
const nodes = snapshot.nodes;
const groups = new Map();
const byType = new Map();
let total = 0;
for (let i = 0; i < nodes.length; i += width) {
  const type = types[nodes[i + typeAt]];
  if (outsideBlink && (type === "native" || type === "synthetic")) continue;
  const size = nodes[i + sizeAt];
  const name = type === "object" || type === "native" || type === "closure" ? snapshot.strings[nodes[i + nameAt]] : "";
  const key = `${type} ${name.slice(0, 80)}`;
  const group = groups.get(key) ?? { count: 0, size: 0 };
  group.count++;
  group.size += size;
  groups.set(key, group);
  byType.set(type, (byType.get(type) ?? 0) + size);
  total += size;
}
const mb = (bytes) => (bytes / 1e6).toFixed(2);
console.log(`total ${mb(total)} MB in ${nodes.length / width} nodes`);
for (const [type, size] of [...byType].sort((a, b) => b[1] - a[1])) console.log(`  ${type}: ${mb(size)} MB`);
const rows = Number(rowsArg ?? 40);
for (const [key, group] of [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, rows)) {
  const average = String(Math.round(group.size / group.count)).padStart(6);
  console.log(`${mb(group.size).padStart(8)} MB ${String(group.count).padStart(8)} ${average} B  ${key}`);
}
