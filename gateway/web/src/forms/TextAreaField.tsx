import { controlProps, FieldFrame, type FieldProps } from "./fields";

/** A labelled multi-line text (a report's text, a block of the Lagemeldung), like the other fields. */
export function TextAreaField<V>(props: FieldProps<V> & { rows?: number }) {
  const { form, name } = props;
  return (
    <FieldFrame {...props}>
      {(id, describedBy) => (
        <textarea
          {...controlProps(props, id, describedBy)}
          rows={props.rows ?? 4}
          onInput={(e) => form.set(name, e.currentTarget.value as V[typeof name])}
        />
      )}
    </FieldFrame>
  );
}
