// Framing a photo before upload (src/features/photo): the chosen file shown in a square frame,
// moved by dragging or the arrow keys, zoomed by a slider; the square written into the form's
// hidden fields for the server to crop by (src/features/photo/crop.rs reads them). The file
// itself is never read here: the browser shows it from a local object URL.

// The frame's side on the page, in CSS pixels (as in the stylesheet).
const FRAME = 240;
// The smallest side taken: zoomed in four times at most (crop.rs's MIN_SIDE).
const MIN_SIDE = 0.25;
const MILLION = 1000000;

const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);

// The framing being made: the image's size, the zoom, the square's centre (image pixels).
export const centred = (width, height) => ({ width, height, zoom: 1, cx: width / 2, cy: height / 2 });
export const side = (f) => Math.min(f.width, f.height) / f.zoom;
const keptInside = (f) => {
  const half = side(f) / 2;
  return { ...f, cx: clamp(f.cx, half, f.width - half), cy: clamp(f.cy, half, f.height - half) };
};
export const zoomed = (f, zoom) => keptInside({ ...f, zoom: clamp(zoom, 1, 1 / MIN_SIDE) });
// A drag moves the photo, so the square goes the other way: callers pass the negated drag.
export const moved = (f, dx, dy) => keptInside({ ...f, cx: f.cx + dx, cy: f.cy + dy });
// The square as the form carries it: corner as fractions of width and height, side as a
// fraction of the shorter side, each in millionths.
export const crop = (f) => {
  const s = side(f);
  const field = (v) => String(Math.max(0, Math.round(v * MILLION)));
  return {
    crop_x: field((f.cx - s / 2) / f.width),
    crop_y: field((f.cy - s / 2) / f.height),
    crop_side: field(s / Math.min(f.width, f.height)),
  };
};

const wire = () => {
  const el = (id) => document.getElementById(id);
  let framing = null;
  let last = null;

  // The square into the form (empty: the server centres it).
  const write = (square) => {
    for (const id of ['crop_x', 'crop_y', 'crop_side']) {
      const input = el(id);
      if (input) input.value = square ? square[id] : '';
    }
  };
  const show = (next) => {
    framing = next;
    const img = el('photo-crop-img');
    if (!img) return;
    const scale = FRAME / side(next);
    const left = (next.cx - side(next) / 2) * scale;
    const top = (next.cy - side(next) / 2) * scale;
    img.style.width = `${Math.round(next.width * scale)}px`;
    img.style.height = `${Math.round(next.height * scale)}px`;
    img.style.transform = `translate(${Math.round(-left)}px, ${Math.round(-top)}px)`;
    write(crop(next));
  };
  // A file chosen (or the choice cleared): shown in the frame, or the framing dropped.
  const chosen = () => {
    const file = el('photo')?.files?.[0];
    const panel = el('photo-crop');
    const img = el('photo-crop-img');
    if (!panel || !img) return;
    framing = null;
    write(null);
    if (img.src.startsWith('blob:')) URL.revokeObjectURL(img.src);
    if (file) {
      img.src = URL.createObjectURL(file);
      panel.hidden = false;
    } else {
      panel.hidden = true;
    }
  };

  el('photo')?.addEventListener('change', chosen);
  el('photo-crop-img')?.addEventListener('load', (ev) => {
    const { naturalWidth: w, naturalHeight: h } = ev.target;
    if (w > 0 && h > 0) {
      el('photo-zoom').value = '1';
      show(centred(w, h));
    }
  });
  el('photo-zoom')?.addEventListener('input', (ev) => {
    const zoom = ev.target.valueAsNumber;
    if (framing && Number.isFinite(zoom)) show(zoomed(framing, zoom));
  });
  const frame = el('photo-frame');
  if (!frame) return;
  frame.addEventListener('pointerdown', (ev) => {
    frame.setPointerCapture(ev.pointerId);
    last = [ev.clientX, ev.clientY];
  });
  frame.addEventListener('pointermove', (ev) => {
    if (!last || !framing) return;
    const perPx = side(framing) / FRAME;
    const [x, y] = last;
    last = [ev.clientX, ev.clientY];
    show(moved(framing, -(ev.clientX - x) * perPx, -(ev.clientY - y) * perPx));
  });
  for (const end of ['pointerup', 'pointercancel']) frame.addEventListener(end, () => { last = null; });
  // The arrow keys move the photo by a tenth of the frame; + and − zoom.
  frame.addEventListener('keydown', (ev) => {
    if (!framing) return;
    const step = side(framing) / 10;
    const next = {
      ArrowLeft: () => moved(framing, step, 0),
      ArrowRight: () => moved(framing, -step, 0),
      ArrowUp: () => moved(framing, 0, step),
      ArrowDown: () => moved(framing, 0, -step),
      '+': () => zoomed(framing, framing.zoom + 0.25),
      '=': () => zoomed(framing, framing.zoom + 0.25),
      '-': () => zoomed(framing, framing.zoom - 0.25),
    }[ev.key];
    if (!next) return;
    ev.preventDefault();
    const framed = next();
    el('photo-zoom').valueAsNumber = framed.zoom;
    show(framed);
  });
};

if (typeof document !== 'undefined') wire();
