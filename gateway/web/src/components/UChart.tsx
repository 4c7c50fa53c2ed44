import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";

/** A uPlot chart that follows its container's width and takes new data without being rebuilt. */
export function UChart({ options, data, label }: { options: Omit<uPlot.Options, "width">; data: uPlot.AlignedData; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const plot = new uPlot({ ...options, width: element.clientWidth || 600 }, data, element);
    chart.current = plot;
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth || 600, height: options.height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [options]);
  useEffect(() => chart.current?.setData(data), [data]);
  return <div ref={box} class="chart" role="img" aria-label={label} />;
}
