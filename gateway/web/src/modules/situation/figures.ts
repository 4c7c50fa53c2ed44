/** A typed key figure of a sector report as the API takes it. */
export type KeyFigure =
  | { name: string; kind: "count"; count: number }
  | { name: string; kind: "percentage"; percentage: number }
  | { name: string; kind: "text"; text: string };

/**
 * The key figures typed one per line as "Name: value": a whole number is a count, a number with "%" a percentage
 * (German decimal comma accepted), anything else text. A line without a colon is a text figure without a value, which
 * the API refuses naming the field.
 */
export function parseFigures(typed: string): KeyFigure[] {
  return typed.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
    const colon = line.indexOf(":");
    const name = colon < 0 ? line : line.slice(0, colon).trim();
    const value = colon < 0 ? "" : line.slice(colon + 1).trim();
    const percentage = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(value);
    if (percentage?.[1]) return { name, kind: "percentage", percentage: Number(percentage[1].replace(",", ".")) };
    if (/^\d+$/.test(value)) return { name, kind: "count", count: Number(value) };
    return { name, kind: "text", text: value };
  });
}

/** The figures back as the lines the field shows (for a correction, which starts from the report it corrects). */
export const figureLines = (figures: KeyFigure[] = []): string =>
  figures.map((f) => `${f.name}: ${f.kind === "count" ? f.count : f.kind === "percentage" ? `${String(f.percentage).replace(".", ",")} %` : f.text}`).join("\n");
