// Reads the conformance transcripts recorded from the real Flet SDK (shared/conformance).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export const SHARED_DIR = resolve(process.env.JFLET_SHARED_DIR ?? resolve(__dirname, "../../../../shared"));

export interface Frame {
    dir: "client_to_backend" | "backend_to_client";
    packet: Uint8Array;
}

export const hexBytes = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));
export const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

export function frames(name: string): Frame[] {
    const text = readFileSync(resolve(SHARED_DIR, "conformance", `${name}.frames.hex`), "utf8");
    return text
        .trim()
        .split("\n")
        .map((line) => {
            const [dir, hex] = line.trim().split(/\s+/);
            return { dir: dir as Frame["dir"], packet: hexBytes(hex) };
        });
}

export const backendFrames = (name: string): Uint8Array[] =>
    frames(name)
        .filter((f) => f.dir === "backend_to_client")
        .map((f) => f.packet);
