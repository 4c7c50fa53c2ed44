/**
 * Collects work and runs it once per animation frame: a burst of pushes (50 per second and more) becomes one
 * render per frame. Where no frame comes (a hidden tab), a timer stands in so that the state stays current.
 */
export function perFrame(flush: () => void): () => void {
  let scheduled = false;
  const run = () => {
    if (!scheduled) return;
    scheduled = false;
    flush();
  };
  return () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(run);
    window.setTimeout(run, 250);
  };
}
