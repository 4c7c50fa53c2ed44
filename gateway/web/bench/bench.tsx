// The page's speed in a real browser, outside the tests: builds a picture of 500 facilities, renders it with the
// app's own PictureView, then (1) times single updates and (2) pushes 50 changes per second through the app's
// PictureFold for 10 s. Results land in window.benchResult for benchmarks/webapp/run.sh.
import { render } from "preact";
import { act } from "preact/test-utils";
import type { Board, BoardFacility, Picture } from "../src/api/types";
import { PictureFold } from "../src/live/pictureFold";
import { PictureView } from "../src/screens/CrisisPicture";
import "../src/styles.css";

const towns = Array.from({ length: 28 }, (_, i) => `Gemeinde ${i + 1}`);
const start = Date.parse("2026-12-01T08:00:00Z");

function facility(i: number, occupied: number, at: number): BoardFacility {
  const capacity = 40 + (i % 7) * 20;
  return {
    facilityId: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
    name: `Unterkunft ${i + 1}`, town: towns[i % towns.length]!, kind: "shared-shelter", features: i % 3 ? ["step-free"] : [],
    capacity, occupied, blocked: 0, reserved: 0, free: capacity - occupied, closed: false,
    lastChange: new Date(at).toISOString(), lastChangeType: "accommodation.household-placed.v1", confirmedAt: new Date(start).toISOString(),
  };
}

function board(facilities: BoardFacility[], version: number, at: number): Board {
  const sum = (list: BoardFacility[]) => ({
    facilities: list.length, closedFacilities: 0,
    capacity: list.reduce((s, f) => s + f.capacity, 0), occupied: list.reduce((s, f) => s + f.occupied, 0),
    blocked: 0, reserved: 0, free: list.reduce((s, f) => s + f.free, 0),
  });
  return {
    facilities, version, staleAfterSeconds: 86400, lastChange: new Date(at).toISOString(),
    towns: towns.map((town) => ({ town, fairShare: null, ...sum(facilities.filter((f) => f.town === town)) })),
    district: sum(facilities),
  };
}

let facilities = Array.from({ length: 500 }, (_, i) => facility(i, 10, start));
let version = 1;
let at = start;
const picture = (b: Board): Picture => ({
  crisisId: "c", name: "Benchmark", region: "Landkreis", level: 2, status: "open", journalLength: 1, version: 1,
  lastUpdate: new Date(start).toISOString(), accommodation: b, feed: [],
});

function change(): Board {
  const i = Math.floor(Math.random() * facilities.length);
  at += 1000;
  version += 1;
  facilities = facilities.map((f, j) => (j === i ? facility(i, (f.occupied + 1) % f.capacity, at) : f));
  return board(facilities, version, at);
}

const root = document.getElementById("app")!;
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

interface UpdateTimes {
  /** Render, effects and style + layout: what one update costs before the browser paints. */
  total: number[];
  render: number[];
  layout: number[];
  /** The next frame, where the charts draw the new data (uPlot's redraw and its layout) — a frame of its own. */
  charts: number[];
}

/** One facility changed at a time; each update timed as the page does it: render, effects, chart redraw, style, layout. */
async function singleUpdates(): Promise<UpdateTimes> {
  act(() => render(<PictureView crisisId="c" picture={picture(board(facilities, version, at))} />, root));
  await frame();
  const times: UpdateTimes = { total: [], render: [], charts: [], layout: [] };
  for (let n = 0; n < 60; n++) {
    await task(); // the next picture made in a task of its own, outside the timed frame
    const next = picture(change());
    await frame(); // timed inside an animation frame, where the page's fold renders a push
    performance.mark("update");
    const t0 = performance.now();
    act(() => render(<PictureView crisisId="c" picture={next} />, root)); // the render and its effects, synchronously
    const t1 = performance.now();
    void document.body.offsetHeight; // style and layout
    const t2 = performance.now();
    times.total.push(t2 - t0);
    times.render.push(t1 - t0);
    times.layout.push(t2 - t1);
    performance.measure("update", "update");
    // The charts' frame callbacks (and uPlot's redraw in their microtasks) ran before this one of the same frame.
    const chartFrame = await frame();
    void document.body.offsetHeight;
    times.charts.push(performance.now() - chartFrame);
  }
  render(null, root);
  return times;
}

async function fiftyPerSecond(): Promise<{ pushed: number; shownVersion: number; pushedVersion: number; renders: number; maxRenderMs: number; maxLagMs: number }> {
  const fold = new PictureFold(() => undefined);
  fold.snapshot(picture(board(facilities, version, at)));
  let renders = 0;
  let maxRenderMs = 0;
  let maxLagMs = 0;
  const pushedAt = new Map<number, number>();
  const unsubscribe = fold.picture.subscribe((p) => {
    if (!p) return;
    const t0 = performance.now();
    act(() => render(<PictureView crisisId="c" picture={p} />, root));
    queueMicrotask(() => { // after the render and its effects: the new figures are on the page
      void document.body.offsetHeight;
      const done = performance.now();
      renders++;
      maxRenderMs = Math.max(maxRenderMs, done - t0);
      const sent = pushedAt.get(p.accommodation.version ?? 0);
      if (sent !== undefined) maxLagMs = Math.max(maxLagMs, done - sent);
    });
  });
  let pushed = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const b = change();
      pushedAt.set(b.version!, performance.now());
      fold.push({ kind: "board", change: { board: b, facility: b.facilities[0]!, town: b.towns[0]! } });
      if (++pushed === 500) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
  });
  await frame();
  await frame();
  unsubscribe();
  return { pushed, shownVersion: fold.picture.value?.accommodation.version ?? 0, pushedVersion: version, renders, maxRenderMs, maxLagMs };
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

const summary = (values: number[]) => ({ medianMs: quantile(values, 0.5), p95Ms: quantile(values, 0.95), maxMs: Math.max(...values) });

void (async () => {
  const times = await singleUpdates();
  const burst = await fiftyPerSecond();
  (window as unknown as { benchResult: unknown }).benchResult = {
    update500: summary(times.total),
    parts: { render: summary(times.render), charts: summary(times.charts), layout: summary(times.layout) },
    slowest: times.total.map((ms, n) => ({ n, ms, render: times.render[n], layout: times.layout[n] })).sort((a, b) => b.ms - a.ms).slice(0, 6),
    fiftyPerSecond: burst,
  };
})();
