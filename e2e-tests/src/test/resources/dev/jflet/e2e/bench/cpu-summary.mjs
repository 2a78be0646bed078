// Summarises a CPU profile (.cpuprofile): self time by function and script position, largest first.
// Usage: node cpu-summary.mjs file.cpuprofile [rows]
import { readFileSync } from "node:fs";

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node cpu-summary.mjs file.cpuprofile [rows]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
}
const groups = new Map();
let total = 0;
for (const [id, us] of selfUs) {
  const frame = byId.get(id).callFrame;
  const script = frame.url.slice(frame.url.lastIndexOf("/") + 1);
  const key = `${frame.functionName || "(anonymous)"} ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  groups.set(key, (groups.get(key) ?? 0) + us);
  total += us;
}
console.log(`total ${(total / 1000).toFixed(1)} ms sampled`);
for (const [key, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(rowsArg ?? 40))) {
  console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
