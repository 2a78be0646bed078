// The rows benchmark by hand: the same operations as site/.../rows/Rows.java, producing the DOM the jflet
// renderer produces for that app (Container > Row > Text, Text, IconButton per row), with the same labels.
const ADJECTIVES = ["quiet", "bright", "rapid", "gentle", "brave", "tidy", "humble", "clever", "sturdy", "eager",
    "calm", "fancy", "plain", "bold", "shiny", "soft", "proud", "silent", "lively", "cosy", "witty", "noble", "sharp",
    "mellow", "frosty"];
const COLOURS = ["amber", "teal", "crimson", "ivory", "indigo", "olive", "coral", "slate", "violet", "lime", "navy"];
const NOUNS = ["kettle", "harbor", "lantern", "meadow", "pebble", "rocket", "violin", "garden", "comet", "ladder",
    "pillow", "falcon", "island"];

let state = 42;
function pick(bound) {
    // glibc's LCG in 31 bits, as Labels.java computes it.
    state = Number((BigInt(state) * 1103515245n + 12345n) & 0x7fffffffn);
    return (state >>> 16) % bound;
}
const label = () => `${ADJECTIVES[pick(ADJECTIVES.length)]} ${COLOURS[pick(COLOURS.length)]} ${NOUNS[pick(NOUNS.length)]}`;

const table = document.querySelector("[data-key=rows]");
const template = document.createElement("template");
template.innerHTML =
    '<div class="flet-container" data-flet-type="Container"><div class="flet-row" data-flet-type="Row">' +
    '<span class="flet-text" data-flet-type="Text"> </span><span class="flet-text" data-flet-type="Text"> </span>' +
    '<button type="button" class="flet-icon-btn flet-has-tooltip" data-flet-type="IconButton" aria-label="Remove">' +
    '<span class="flet-icon flet-icon-fill" aria-hidden="true">close</span>' +
    '<span class="flet-tooltip" role="tooltip" aria-hidden="true">Remove</span></button></div></div>';
const prototype = template.content.firstChild;

let rows = []; // {id, label, el, labelText}
let nextId = 1;
let nextElementId = 15;
let nextTooltipId = 1;
let selected = null;

function createRow() {
    const id = nextId++;
    const text = label();
    const el = prototype.cloneNode(true);
    const row = el.firstChild;
    const idText = row.firstChild;
    const labelText = idText.nextSibling;
    const button = labelText.nextSibling;
    // Ids in the order the Java app creates the controls: label, id text, button, row, container.
    labelText.dataset.fletId = nextElementId++;
    idText.dataset.fletId = nextElementId++;
    button.dataset.fletId = nextElementId++;
    row.dataset.fletId = nextElementId++;
    el.dataset.fletId = nextElementId++;
    button.lastChild.id = `flet-tooltip-${(nextTooltipId += 2)}`;
    idText.firstChild.data = String(id);
    labelText.firstChild.data = text;
    labelText.className = "flet-text flet-clickable";
    labelText.setAttribute("role", "button");
    labelText.tabIndex = 0;
    const item = { id, el, labelText };
    el.item = item;
    return item;
}

function append(count) {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < count; i++) {
        const item = createRow();
        rows.push(item);
        fragment.appendChild(item.el);
    }
    table.appendChild(fragment);
}

function clear() {
    rows = [];
    selected = null;
    table.textContent = "";
}

function select(item) {
    if (selected) selected.el.style.backgroundColor = "";
    selected = item;
    item.el.style.backgroundColor = "var(--flet-primarycontainer)";
}

function remove(item) {
    const index = rows.indexOf(item);
    if (index >= 0) rows.splice(index, 1);
    if (selected === item) selected = null;
    item.el.remove();
}

function swap(first, second) {
    if (rows.length <= Math.max(first, second)) return;
    const a = rows[first];
    const b = rows[second];
    rows[first] = b;
    rows[second] = a;
    const afterB = b.el.nextSibling;
    table.insertBefore(b.el, a.el);
    table.insertBefore(a.el, afterB);
}

const actions = {
    run: () => {
        clear();
        append(1000);
    },
    runlots: () => {
        clear();
        append(10000);
    },
    add: () => append(1000),
    update: () => {
        for (let i = 0; i < rows.length; i += 10) {
            const text = rows[i].labelText.firstChild;
            text.data = text.data + " !!!";
        }
    },
    clear,
    swaprows: () => swap(1, 998),
};

document.getElementById("app").addEventListener("click", (e) => {
    const button = e.target.closest("button");
    if (button && actions[button.dataset.key]) return actions[button.dataset.key]();
    const row = e.target.closest(".flet-container");
    if (!row) return;
    if (button) remove(row.item);
    else if (e.target.classList.contains("flet-clickable")) select(row.item);
});
