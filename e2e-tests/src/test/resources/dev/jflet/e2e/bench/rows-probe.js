// Rows benchmark probe, installed before any page script runs, identical for the jflet app and the vanilla page.
// window.jfletRows.measure(selector, check, argument, timeoutMs) clicks the element and resolves with
//   domMs:   ms from the click to the first DOM mutation after which CHECKS[check] holds, and
//   paintMs: ms from the click to the end of the next rendering update (a message posted from the
//            requestAnimationFrame callback of the frame that renders the change runs once that frame's style,
//            layout and paint are done).
// The checks read the DOM only, so both pages are judged by what the user would see.
(() => {
  if (window !== window.top) {
    return;
  }
  const rows = () => document.querySelector('[data-key="rows"]').children;
  const text = (row, n) => row.firstElementChild.children[n].textContent;
  const snapshot = () => {
    const all = rows();
    return {
      count: all.length,
      firstId: all.length > 0 ? text(all[0], 0) : null,
      secondId: all.length > 1 ? text(all[1], 0) : null,
      firstLabel: all.length > 0 ? text(all[0], 1) : null,
    };
  };
  // What each operation waits for, given the snapshot taken before the click.
  const CHECKS = {
    count: (before, n) => rows().length === n,
    countDropsBy: (before, n) => rows().length === before.count - n,
    firstIdChanged: (before, n) => rows().length === n && text(rows()[0], 0) !== before.firstId,
    firstLabelChanged: (before) => text(rows()[0], 1) !== before.firstLabel,
    secondIdChanged: (before) => text(rows()[1], 0) !== before.secondId,
    selected: (before, index) => rows()[index].style.backgroundColor !== "",
  };
  const afterPaint = (resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  // Wasm memories the page creates or instantiates, so that memory figures can include them.
  const memories = new Set();
  const remember = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
    if (instance) {
      for (const value of Object.values(instance.exports)) {
        if (value instanceof WebAssembly.Memory) memories.add(value);
      }
    }
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(remember);
    };
  }
  window.jfletRows = {
    snapshot,
    labels: () => Array.from(rows(), (row) => text(row, 0) + " " + text(row, 1)),
    wasmMemoryBytes: () => Array.from(memories).reduce((sum, memory) => sum + memory.buffer.byteLength, 0),
    measure(selector, checkName, argument, timeoutMs) {
      const check = CHECKS[checkName];
      if (check === undefined) {
        return Promise.reject(new Error("no check named " + checkName));
      }
      const target = document.querySelector(selector);
      if (target === null) {
        return Promise.reject(new Error("nothing matches " + selector));
      }
      const before = snapshot();
      return new Promise((resolve, reject) => {
        let start = 0;
        let domAt = -1;
        const test = () => {
          if (domAt < 0 && check(before, argument)) {
            domAt = performance.now();
            observer.disconnect();
            clearTimeout(timer);
            afterPaint((paintAt) => resolve({ domMs: domAt - start, paintMs: paintAt - start }));
          }
        };
        const observer = new MutationObserver(test);
        observer.observe(document.getElementById("app"), {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error("timed out after " + timeoutMs + " ms clicking " + selector + "; before " +
            JSON.stringify(before) + ", now " + JSON.stringify(snapshot())));
        }, timeoutMs);
        start = performance.now();
        target.click();
        test();
      });
    },
  };
})();
