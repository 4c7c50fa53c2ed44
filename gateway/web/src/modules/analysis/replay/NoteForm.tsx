import { api } from "../../../api/client";
import { FormFrame, SelectField } from "../../../forms/fields";
import { useForm } from "../../../forms/form";
import { TextAreaField } from "../../../forms/TextAreaField";
import { t } from "../../../i18n/i18n";
import { replayPaths } from "./paths";
import { lessonCategories, type LessonNote } from "./types";

/** POST …/notes: a lesson learned about the moment the replay shows. */
export function NoteForm({ crisisId, moment, done }: { crisisId: string; moment: string; done: (note: LessonNote) => void }) {
  const form = useForm({
    initial: { category: "went-well", text: "" },
    submit: (v, idempotencyKey) => api<LessonNote>("POST", replayPaths.notes(crisisId), { body: { moment, category: v.category, text: v.text }, idempotencyKey }),
    done: (note) => {
      form.set("text", "");
      done(note);
    },
  });
  return (
    <FormFrame form={form} title="analysis.notes.add" submitLabel="analysis.notes.save">
      <SelectField form={form} name="category" label="analysis.notes.categoryLabel"
        options={lessonCategories.map((c) => ({ value: c, label: t(`analysis.notes.category.${c}`) }))} />
      <TextAreaField form={form} name="text" label="analysis.notes.text" hint="analysis.notes.hint" required rows={3} />
    </FormFrame>
  );
}
