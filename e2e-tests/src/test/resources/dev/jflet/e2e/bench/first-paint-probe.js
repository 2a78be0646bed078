// Benchmark probe, installed before any page script runs. "First paint of app content" is the time, since
// navigation start, of the first animation frame that begins after an element [data-key="counter"] with the text
// "0" is in the document: that frame is the first to paint it. The jflet app and the vanilla page use this same
// definition. window.jfletFirstPaint is a promise of {inDomMs, firstPaintMs}: when the observer saw the element, and
// that frame's time.
(() => {
  if (window !== window.top) {
    return;
  }
  window.jfletFirstPaint = new Promise((resolve) => {
    const ready = () => {
      const counter = document.querySelector('[data-key="counter"]');
      return counter !== null && counter.textContent.trim() === "0";
    };
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
