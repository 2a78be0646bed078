// Generates icons/material.json and icons/cupertino.json from Flet's name->code tables. Each table is
// {"fill": 0|1, "names": [...]}, indexed by the low 16 bits of the icon code (flet-protocol.md §2.7).
// An entry is "NAME" when runtimeRule() below gives the right Material Symbols ligature and FILL value,
// "NAME=ligature" or "NAME=ligature:fill" when it does not, "NAME=" when the font has no such glyph, and
// "~STYLE" for a styled variant of the entry before it (see encode()).
import { readFileSync } from "node:fs";

const NUMBERS = {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    sixty: 60,
};
// Flutter spells a leading number out; Material Symbols writes digits.
const WHOLE_WORDS = { threesixty: "360", onetwothree: "123", threed: "3d" };
// Flutter names whose Material Symbols ligature has another name.
const MATERIAL_ALIASES = {
    exposure_minus_1: "exposure_neg_1",
    exposure_minus_2: "exposure_neg_2",
    radio_button_on: "radio_button_checked",
    radio_button_off: "radio_button_unchecked",
    copy: "content_copy",
    paste: "content_paste",
    format_underline: "format_underlined",
    trending_neutral: "trending_flat",
    highlight_remove: "highlight_off",
    play_circle_fill: "play_circle",
    play_circle_filled: "play_circle",
    info_outline: "info:0",
    favorite_outline: "favorite:0",
    bookmark_outline: "bookmark:0",
    play_circle_outline: "play_circle:0",
    perm_contact_cal: "perm_contact_calendar",
    perm_device_info: "perm_device_information",
    notifications_on: "notifications_active",
    wb_twighlight: "wb_twilight",
    video_collection: "video_library",
    system_update_tv: "system_update_alt",
    view_comfortable: "view_comfy",
    swap_vert_circle: "swap_vertical_circle",
    now_wallpaper: "wallpaper",
    now_widgets: "widgets",
    local_restaurant: "restaurant",
    local_print_shop: "print",
    local_attraction: "local_activity",
    keyboard_control: "more_horiz",
    invert_colors_on: "invert_colors",
    confirmation_num: "confirmation_number",
    airplanemode_on: "flight",
    airplanemode_off: "airplanemode_inactive",
    location_history: "person_pin",
    miscellaneous_services: "home_repair_service",
    no_cell: "mobile_off",
    person_add_alt_1: "person_add",
    person_remove_alt_1: "person_remove",
    workspaces_filled: "workspaces:1",
    wifi_tethering_error_rounded: "wifi_tethering_error",
    my_library_add: "library_add",
    my_library_books: "library_books",
    my_library_music: "library_music",
    fire_hydrant_alt: "fire_hydrant",
    directions_train: "train",
    directions_ferry: "directions_boat",
    door_back_door: "door_back",
    door_front_door: "door_front",
    discount: "sell",
    wallet_giftcard: "card_giftcard",
    wallet_membership: "card_membership",
    wallet_travel: "card_travel",
    block_flipped: "block",
    enhance_photo_translate: "photo_camera",
    try_sms_star: "sms",
    leave_bags_at_home: "no_luggage",
    multitrack_audio: "graphic_eq",
    outbond: "outbound",
    settings_display: "settings_brightness",
};
// Cupertino words that name a different Material symbol.
const CUPERTINO_WORDS = {
    circled: "circle",
    xmark: "close",
    checkmark: "check",
    trash: "delete",
    gear: "settings",
    heart: "favorite",
    house: "home",
    plus: "add",
    minus: "remove",
    pencil: "edit",
    clock: "schedule",
    envelope: "mail",
    cart: "shopping_cart",
    bell: "notifications",
    ellipsis: "more_horiz",
    doc: "description",
    camera: "photo_camera",
    play: "play_arrow",
    back: "arrow_back_ios",
    forward: "arrow_forward_ios",
    arrow_left: "arrow_back",
    arrow_right: "arrow_forward",
    arrow_up: "arrow_upward",
    arrow_down: "arrow_downward",
    chevron_up: "expand_less",
    chevron_down: "expand_more",
    person_2: "group",
    person_3: "groups",
    location: "location_on",
    calendar: "calendar_today",
    tray: "inbox",
    bag: "shopping_bag",
    paperplane: "send",
    square_arrow_up: "ios_share",
    globe: "language",
    flag: "flag",
    hand_thumbsup: "thumb_up",
    hand_thumbsdown: "thumb_down",
    chat_bubble: "chat_bubble",
    bubble_left: "chat_bubble",
    film: "movie",
    music_note: "music_note",
    waveform: "graphic_eq",
    creditcard: "credit_card",
    bolt: "bolt",
    sun_max: "light_mode",
    moon: "dark_mode",
    cloud: "cloud",
    info: "info",
    question: "help",
    exclamationmark: "priority_high",
    eye: "visibility",
    eye_slash: "visibility_off",
    lock: "lock",
    lock_open: "lock_open",
    cube: "deployed_code",
    timer: "timer",
    stopwatch: "timer",
    battery_full: "battery_full",
    wifi: "wifi",
    mic: "mic",
    phone: "call",
    video: "videocam",
    photo: "image",
    book: "menu_book",
    bookmark: "bookmark",
    folder: "folder",
    link: "link",
    search: "search",
    share: "share",
    star: "star",
    tag: "sell",
    gift: "redeem",
    map: "map",
    car: "directions_car",
    airplane: "flight",
    bus: "directions_bus",
    tram: "tram",
    bed_double: "bed",
    cart_fill: "shopping_cart",
    slider_horizontal_3: "tune",
    list_bullet: "format_list_bulleted",
    square_grid_2x2: "grid_view",
    refresh: "refresh",
    arrow_clockwise: "refresh",
    arrow_counterclockwise: "replay",
    printer: "print",
    scissors: "content_cut",
    paintbrush: "brush",
    hammer: "hardware",
    wrench: "build",
    shield: "shield",
    checkmark_shield: "verified_user",
    desktopcomputer: "desktop_windows",
    device_phone_portrait: "smartphone",
    keyboard: "keyboard",
    speaker_2: "volume_up",
    speaker_slash: "volume_off",
    power: "power_settings_new",
};

const toWords = (base) => {
    const tokens = base.split("_");
    const out = [];
    let i = 0;
    while (i < tokens.length && (NUMBERS[tokens[i]] !== undefined || WHOLE_WORDS[tokens[i]])) {
        if (WHOLE_WORDS[tokens[i]]) return [WHOLE_WORDS[tokens[i]], ...tokens.slice(i + 1)];
        let n = NUMBERS[tokens[i++]];
        if (n >= 20 && NUMBERS[tokens[i]] < 10) n += NUMBERS[tokens[i++]];
        out.push(String(n));
    }
    return out.length ? [out.join(""), ...tokens.slice(i)] : tokens;
};

function materialCandidates(base) {
    const words = toWords(base);
    const joined = words.length > 1 ? [words[0] + words[1], ...words.slice(2)].join("_") : words.join("_");
    return [base, base.replace(/_$/, ""), joined, words.join("_"), base.replace(/_(outline|alt|1)$/, "")];
}

const CUPERTINO_KEYS = Object.keys(CUPERTINO_WORDS)
    .map((k) => k.split("_"))
    .sort((a, b) => b.length - a.length);

function cupertinoCandidates(base) {
    const tokens = base.split("_");
    const mapped = [];
    for (let i = 0; i < tokens.length;) {
        const key = CUPERTINO_KEYS.find((k) => k.every((t, j) => tokens[i + j] === t));
        if (key) {
            mapped.push(CUPERTINO_WORDS[key.join("_")]);
            i += key.length;
        } else mapped.push(tokens[i++]);
    }
    const words = mapped.join("_").split("_");
    const prefixes = words.map((_, i) => words.slice(0, words.length - i).join("_"));
    return [base, ...prefixes];
}

// The rule the renderer applies to a bare "NAME" entry (src/icons/icon-table.ts): strip a Material style
// suffix and lower-case; OUTLINED is unfilled, ROUNDED/SHARP filled, no suffix takes the table's default.
function runtimeRule(name, defaultFill) {
    const m = name.match(/_(OUTLINED|ROUNDED|SHARP)$/);
    return {
        lig: (m ? name.slice(0, m.index) : name).toLowerCase(),
        fill: m ? styledFill(m[1]) : defaultFill,
    };
}

const OUTLINE_NAME = /(^|_)(border|outline|none|blank|unchecked|empty)(_|$)/;

const styledFill = (word) => (word === "OUTLINED" ? 0 : 1);

/** The ligature and FILL value one Flet icon name should render with; lig "" = the font has none. */
function resolve(name, ligatures, set) {
    const lower = name.toLowerCase();
    const style = lower.match(set.styleSuffix);
    const base = style ? lower.slice(0, style.index) : lower;
    let fill = style ? styledFill(style[1].toUpperCase()) : set.defaultFill;
    let lig;
    if (ligatures.has(base)) lig = base;
    else if (set.aliases[base]) {
        const [alias, aliasFill] = set.aliases[base].split(":");
        if (ligatures.has(alias)) {
            lig = alias;
            if (aliasFill !== undefined && !style) fill = Number(aliasFill);
        }
    }
    lig ??= set.candidates(base).find((c) => ligatures.has(c)) ?? "";
    // Material Icons drew these names as outlines in every style; Material Symbols spells them as
    // aliases of the filled glyph, so they must render unfilled.
    if (set.defaultFill === 1 && OUTLINE_NAME.test(base)) fill = 0;
    return { name, lig, fill, style: style && name.slice(style.index + 1) };
}

// "~WORD" stands for the previous plain entry's name + "_WORD", with that entry's ligature and the
// style's FILL value; the tables list each base name right before its styled variants.
function encode(entries, defaultFill) {
    const out = [];
    let base = null;
    for (const e of entries) {
        if (!e) {
            out.push("");
            continue;
        }
        if (
            e.style &&
            base &&
            e.name === `${base.name}_${e.style}` &&
            e.lig === base.lig &&
            e.fill === styledFill(e.style)
        ) {
            out.push("~" + e.style);
            continue;
        }
        const rule = runtimeRule(e.name, defaultFill);
        if (rule.lig === e.lig && rule.fill === e.fill) out.push(e.name);
        else if (rule.fill === e.fill || e.lig === "") out.push(`${e.name}=${e.lig}`);
        else out.push(`${e.name}=${e.lig}:${e.fill}`);
        base = e;
    }
    return out;
}

const SETS = {
    material: {
        file: "material_icons.json",
        setId: 1,
        defaultFill: 1,
        // Outlined names are unfilled; rounded and sharp fall back to the outlined font, filled.
        styleSuffix: /_(outlined|rounded|sharp)$/,
        aliases: MATERIAL_ALIASES,
        candidates: materialCandidates,
    },
    cupertino: {
        file: "cupertino_icons.json",
        setId: 2,
        defaultFill: 0,
        styleSuffix: /_(fill|solid|filled)$/,
        aliases: {},
        candidates: cupertinoCandidates,
    },
};

/** Builds one table; returns {json, total, withGlyph}. */
export function iconTable(sharedDir, setName, ligatures) {
    const set = SETS[setName];
    const source = JSON.parse(readFileSync(`${sharedDir}/data/flet-icons/${set.file}`, "utf8"));
    const entries = [];
    for (const [name, code] of Object.entries(source)) {
        if (code >> 16 !== set.setId) throw new Error(`${set.file}: ${name}=${code} is not in icon set ${set.setId}`);
        entries[code & 0xffff] = resolve(name, ligatures, set);
    }
    const names = encode(Array.from(entries), set.defaultFill);
    const withGlyph = entries.filter((e) => e && e.lig).length;
    return { json: JSON.stringify({ fill: set.defaultFill, names }), total: Object.keys(source).length, withGlyph };
}

/** Codes per icon table file: an icon needs one file of about a kilobyte gzip. */
export const SHARD_SIZE = 256;

/**
 * Splits a table into files of SHARD_SIZE codes. A "~STYLE" entry refers back to the entry before it,
 * so a file starts early enough to hold the base entry of its first codes; `offset` is the index of
 * its first entry.
 */
export function iconShards(table) {
    const shards = [];
    for (let start = 0; start < table.names.length; start += SHARD_SIZE) {
        let offset = start;
        while (offset > 0 && table.names[offset]?.[0] === "~") offset--;
        const names = table.names.slice(offset, Math.min(table.names.length, start + SHARD_SIZE));
        shards.push({ index: start / SHARD_SIZE, table: { fill: table.fill, offset, names } });
    }
    return shards;
}
