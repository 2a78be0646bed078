// The benchmark's baseline: the counter demo written by hand, building the same DOM as the jflet renderer does.
const root = document.getElementById("app");

const count = document.createElement("span");
count.className = "count";
count.dataset.key = "counter";
count.textContent = "0";

function stepButton(label, glyph, step) {
  const button = document.createElement("button");
  button.type = "button";
  button.setAttribute("aria-label", label);
  button.textContent = glyph;
  button.addEventListener("click", () => {
    count.textContent = String(Number(count.textContent) + step);
  });
  return button;
}

const row = document.createElement("div");
row.className = "row";
row.append(stepButton("remove", "\u2212", -1), stepButton("add", "+", 1));
root.append(count, row);
