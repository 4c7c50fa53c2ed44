import { languageName } from "./languageName";
import type { MessageTextView } from "./types";

/** Every language of a version next to each other, each in its own language and direction, so an approver compares them at a glance. */
export function SideBySide({ texts }: { texts: MessageTextView[] }) {
  return (
    <div class="side-by-side">
      {texts.map((x) => (
        <article key={x.language} class="side-by-side__text" data-text-language={x.language}>
          <p class="side-by-side__language">{languageName(x.language)}</p>
          <h4 lang={x.language} dir={x.direction}>{x.title}</h4>
          <p lang={x.language} dir={x.direction} class="side-by-side__body">{x.text}</p>
        </article>
      ))}
    </div>
  );
}
