// The start-up benchmark's baseline: the hello demo written by hand, one text in the page.
const text = document.createElement("span");
text.dataset.key = "hello";
text.textContent = "Hello, world!";
document.getElementById("app").append(text);
