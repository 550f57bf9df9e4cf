/* Measures a page for 长辈模式 (tests/browser/test_elder.py): text below 20 px, text below
   7:1 against its background (backgrounds composited up the ancestors, alpha and opacity
   included), and
   links, buttons, inputs and labels under 44 px high. Only what a reader sees is measured:
   visible, on screen, not transparent, not inside an svg drawing (the map, a chart). */
(() => {
  const rgba = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat([1]);
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const backdrop = (el) => {
    const layers = [];
    for (let n = el; n; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let bg = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i -= 1) bg = over(layers[i], bg);
    return bg;
  };
  const opacity = (el) => {
    let o = 1;
    for (let n = el; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
    return o;
  };
  const shown = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility !== "visible" || el.closest("svg")) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false; // empty, or text for screen readers only
    if (r.right <= 0 || r.left >= window.innerWidth) return false;
    return opacity(el) > 0.01;
  };
  const name = (el) => {
    const cls = el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "";
    return el.tagName.toLowerCase() + cls + " «" + (el.textContent || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 20) + "»";
  };
  const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  const small = [], low = [], tiny = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (!ownText(el) || !shown(el)) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    if (size < 20) small.push(name(el) + " " + size + "px");
    const bg = backdrop(el);
    const ink = rgba(style.color);
    ink[3] *= opacity(el); // a half-transparent element shows its text half-mixed
    const fg = over(ink, bg);
    const r = ratio(fg, bg);
    if (r < 7) low.push(name(el) + " " + r.toFixed(2) + " " + style.color + " on " + bg.map(Math.round).join(","));
  }
  const targets = "a[href], button, input:not([type=hidden]), select, textarea, summary, label[for]";
  for (const el of document.body.querySelectorAll(targets)) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.height < 44) tiny.push(name(el) + " " + r.height.toFixed(1) + "px");
  }
  return { small, low, tiny };
})
