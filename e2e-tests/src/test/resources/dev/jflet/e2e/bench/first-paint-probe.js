// Benchmark probe, installed before any page script runs. "First paint of app content" is the time, since
// navigation start, of the first animation frame that begins after the app's first content is in the document
// (an element [data-key="counter"] with the text "0", or [data-key="hello"] with "Hello, world!"): that frame is
// the first to paint it. The jflet app and the vanilla page use this same
// definition. window.jfletFirstPaint is a promise of {inDomMs, firstPaintMs}: when the observer saw the element, and
// that frame's time.
(() => {
  if (window !== window.top) {
    return;
  }
  window.jfletFirstPaint = new Promise((resolve) => {
    const CONTENT = [
      ['[data-key="counter"]', "0"],
      ['[data-key="hello"]', "Hello, world!"],
    ];
    const ready = () =>
      CONTENT.some(([selector, text]) => {
        const element = document.querySelector(selector);
        return element !== null && element.textContent.trim() === text;
      });
    const observer = new MutationObserver(() => {
      if (ready()) {
        const inDomMs = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => resolve({ inDomMs, firstPaintMs: performance.now() }));
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
})();
