// Whether a key press goes to a field that takes text (where `/`, `f`, `+` and `-` are typed, not shortcuts).
// Checkboxes, radio buttons, sliders and buttons are not text fields: the shortcuts keep working after using them.
const TEXT_INPUTS = new Set(["text", "search", "email", "url", "tel", "password", "number", "date", "month", "week"]);

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}
