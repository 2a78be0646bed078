// Packets are a type byte plus payload; 0x00 carries MessagePack [action, body] (flet-protocol.md §1.7).
import { decode, encode } from "./msgpack";

export const Action = {
    registerClient: 1,
    patchControl: 2,
    controlEvent: 3,
    updateControl: 4,
    invokeControlMethod: 5,
    sessionCrashed: 6,
    pythonOutput: 7,
} as const;

export interface Message {
    action: number;
    body: unknown;
}

const PROTOCOL_FRAME = 0x00;

export function encodeFrame(action: number, body: unknown): Uint8Array {
    const payload = encode([action, body]);
    const packet = new Uint8Array(payload.length + 1);
    packet[0] = PROTOCOL_FRAME;
    packet.set(payload, 1);
    return packet;
}

/**
 * Decodes one packet. Returns null for packets the client drops without complaint (empty ones and
 * raw data-channel frames); throws with a readable message when a protocol frame is malformed.
 */
export function decodeFrame(packet: Uint8Array): Message | null {
    if (packet.length === 0 || packet[0] !== PROTOCOL_FRAME) return null;
    const value = decode(packet.subarray(1));
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== "number") {
        throw new Error("a protocol frame must be the msgpack array [action, body]");
    }
    return { action: value[0], body: value[1] };
}
