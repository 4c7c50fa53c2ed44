import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";

/**
 * A uPlot chart that follows its container's width and takes new data without being rebuilt. New data is drawn in the
 * next animation frame, not in the one that shows the new figures: the figures appear first, the chart a frame later,
 * and a burst of pushes costs one redraw per frame.
 */
export function UChart({ options, data, label }: { options: Omit<uPlot.Options, "width">; data: uPlot.AlignedData; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const drawn = useRef(data);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const plot = new uPlot({ ...options, width: element.clientWidth || 600 }, data, element);
    chart.current = plot;
    drawn.current = data;
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth || 600, height: options.height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [options]);
  useEffect(() => {
    if (drawn.current === data) return;
    const frame = requestAnimationFrame(() => {
      chart.current?.setData(data);
      drawn.current = data;
    });
    return () => cancelAnimationFrame(frame);
  }, [data]);
  return <div ref={box} class="chart" role="img" aria-label={label} />;
}
