// Lists the ligature strings of a WOFF2 icon font (GSUB lookup type 4), so that the icon tables are
// checked against the glyphs the shipped font really has. Only cmap and GSUB are read; WOFF2 never
// transforms those two tables, so they come straight out of the brotli stream. The font maps upper- and
// lower-case letters to the same glyphs, so ligatures are reported in lower case.
import { readFileSync } from "node:fs";
import { brotliDecompressSync } from "node:zlib";

// The 63 table tags a WOFF2 directory can name by index (WOFF2 spec, section 5.1).
const TAG_TABLE = (
    "cmap,head,hhea,hmtx,maxp,name,OS/2,post,cvt,fpgm,glyf,loca,prep,CFF,VORG,EBDT,EBLC,gasp,hdmx,kern,LTSH,PCLT," +
    "VDMX,vhea,vmtx,BASE,GDEF,GPOS,GSUB,EBSC,JSTF,MATH,CBDT,CBLC,COLR,CPAL,SVG,sbix,acnt,avar,bdat,bloc,bsln,cvar," +
    "fdsc,feat,fmtx,fvar,gvar,hsty,just,lcar,mort,morx,opbd,prop,trak,Zapf,Silf,Glat,Gloc,Feat,Sill"
).split(",");

function readBase128(bytes, pos) {
    let value = 0;
    for (let i = 0; i < 5; i++) {
        const b = bytes[pos.at++];
        value = value * 128 + (b & 0x7f);
        if ((b & 0x80) === 0) return value;
    }
    throw new Error("bad UIntBase128");
}

function woff2Tables(file) {
    const bytes = readFileSync(file);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0) !== 0x774f4632) throw new Error(`${file} is not a WOFF2 file`);
    const numTables = view.getUint16(12);
    const compressedLength = view.getUint32(20);
    const pos = { at: 48 };
    const entries = [];
    for (let i = 0; i < numTables; i++) {
        const flags = bytes[pos.at++];
        let tag;
        if ((flags & 0x3f) === 0x3f) {
            tag = String.fromCharCode(...bytes.subarray(pos.at, pos.at + 4)).trim();
            pos.at += 4;
        } else {
            tag = TAG_TABLE[flags & 0x3f];
        }
        const origLength = readBase128(bytes, pos);
        const version = flags >> 6;
        const transformed = tag === "glyf" || tag === "loca" ? version === 0 : version !== 0;
        const length = transformed ? readBase128(bytes, pos) : origLength;
        entries.push({ tag, length });
    }
    const stream = brotliDecompressSync(bytes.subarray(pos.at, pos.at + compressedLength));
    const tables = {};
    let offset = 0;
    for (const e of entries) {
        tables[e.tag] = new DataView(stream.buffer, stream.byteOffset + offset, e.length);
        offset += e.length;
    }
    return tables;
}

function glyphToChar(cmap) {
    const result = new Map();
    const count = cmap.getUint16(2);
    for (let i = 0; i < count; i++) {
        const sub = cmap.getUint32(4 + i * 8 + 4);
        const format = cmap.getUint16(sub);
        if (format === 12) {
            const groups = cmap.getUint32(sub + 12);
            for (let g = 0; g < groups; g++) {
                const base = sub + 16 + g * 12;
                const start = cmap.getUint32(base);
                const end = cmap.getUint32(base + 4);
                const glyph = cmap.getUint32(base + 8);
                for (let c = start; c <= end; c++) if (!result.has(glyph + c - start)) result.set(glyph + c - start, c);
            }
        } else if (format === 4) {
            const segX2 = cmap.getUint16(sub + 6);
            const ends = sub + 14;
            const starts = ends + segX2 + 2;
            const deltas = starts + segX2;
            const rangeOffsets = deltas + segX2;
            for (let s = 0; s < segX2 / 2; s++) {
                const start = cmap.getUint16(starts + s * 2);
                const end = cmap.getUint16(ends + s * 2);
                const delta = cmap.getInt16(deltas + s * 2);
                const ro = cmap.getUint16(rangeOffsets + s * 2);
                for (let c = start; c <= end && c !== 0xffff; c++) {
                    let glyph;
                    if (ro === 0) glyph = (c + delta) & 0xffff;
                    else {
                        glyph = cmap.getUint16(rangeOffsets + s * 2 + ro + (c - start) * 2);
                        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
                    }
                    if (glyph !== 0 && !result.has(glyph)) result.set(glyph, c);
                }
            }
        }
    }
    return result;
}

function coverageGlyphs(table, at) {
    const format = table.getUint16(at);
    const count = table.getUint16(at + 2);
    const glyphs = [];
    for (let i = 0; i < count; i++) {
        if (format === 1) glyphs.push(table.getUint16(at + 4 + i * 2));
        else {
            const start = table.getUint16(at + 4 + i * 6);
            const end = table.getUint16(at + 6 + i * 6);
            for (let g = start; g <= end; g++) glyphs.push(g);
        }
    }
    return glyphs;
}

function ligatureSubtable(gsub, sub, chars, out) {
    const firsts = coverageGlyphs(gsub, sub + gsub.getUint16(sub + 2));
    const setCount = gsub.getUint16(sub + 4);
    for (let s = 0; s < setCount; s++) {
        const set = sub + gsub.getUint16(sub + 6 + s * 2);
        const ligCount = gsub.getUint16(set);
        for (let l = 0; l < ligCount; l++) {
            const lig = set + gsub.getUint16(set + 2 + l * 2);
            const compCount = gsub.getUint16(lig + 2);
            const codes = [chars.get(firsts[s])];
            for (let c = 1; c < compCount; c++) codes.push(chars.get(gsub.getUint16(lig + 2 + c * 2)));
            if (codes.every((c) => c !== undefined)) out.add(String.fromCodePoint(...codes).toLowerCase());
        }
    }
}

/** Returns every ligature string the font's GSUB table defines. */
export function readLigatures(file) {
    const tables = woff2Tables(file);
    if (!tables.cmap || !tables.GSUB) throw new Error(`${file} has no cmap or GSUB table`);
    const chars = glyphToChar(tables.cmap);
    const gsub = tables.GSUB;
    const lookupList = gsub.getUint16(8);
    const lookupCount = gsub.getUint16(lookupList);
    const out = new Set();
    for (let i = 0; i < lookupCount; i++) {
        const lookup = lookupList + gsub.getUint16(lookupList + 2 + i * 2);
        const type = gsub.getUint16(lookup);
        const subCount = gsub.getUint16(lookup + 4);
        for (let s = 0; s < subCount; s++) {
            let sub = lookup + gsub.getUint16(lookup + 6 + s * 2);
            let subType = type;
            if (type === 7) {
                subType = gsub.getUint16(sub + 2);
                sub += gsub.getUint32(sub + 4);
            }
            if (subType === 4 && gsub.getUint16(sub) === 1) ligatureSubtable(gsub, sub, chars, out);
        }
    }
    return out;
}
