// The editor's keyboard shortcuts, declared once: what each key does and how the help dialog
// lists it. Pure, so the bindings are unit-tested (key-map.test.ts).

/** A key press as the shortcuts see it; a React or DOM keyboard event fits. */
export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

type Binding<Command extends string> = { command: Command; matches: (press: KeyPress) => boolean };

/** Ctrl on Windows and Linux, Cmd on a Mac. */
const isCtrl = (press: KeyPress) => press.ctrlKey || press.metaKey;

export type EditorCommand = "approveNext" | "saveNext" | "moveDown" | "moveUp" | "copySource" | "cancel" | "help" | "insertMatch1" | "insertMatch2" | "insertMatch3";

/** The translation-memory match a command inserts (1-based), or null for another command. */
export function matchNumberOf(command: EditorCommand): 1 | 2 | 3 | null {
  return command === "insertMatch1" ? 1 : command === "insertMatch2" ? 2 : command === "insertMatch3" ? 3 : null;
}

/** Keys in a paragraph's text box. The first binding that matches wins, so the order matters. */
const EDITOR_KEYS: Binding<EditorCommand>[] = [
  { command: "approveNext", matches: (p) => isCtrl(p) && p.shiftKey && p.key === "Enter" },
  { command: "saveNext", matches: (p) => isCtrl(p) && p.key === "Enter" },
  { command: "moveDown", matches: (p) => p.altKey && p.key === "ArrowDown" },
  { command: "moveUp", matches: (p) => p.altKey && p.key === "ArrowUp" },
  { command: "copySource", matches: (p) => isCtrl(p) && p.shiftKey && (p.key === "S" || p.key === "s") },
  { command: "cancel", matches: (p) => p.key === "Escape" },
  { command: "help", matches: (p) => isCtrl(p) && p.key === "/" },
  // Ctrl+1..3 inserts the translation memory's first, second or third match (decision 020).
  { command: "insertMatch1", matches: (p) => isCtrl(p) && !p.shiftKey && !p.altKey && p.key === "1" },
  { command: "insertMatch2", matches: (p) => isCtrl(p) && !p.shiftKey && !p.altKey && p.key === "2" },
  { command: "insertMatch3", matches: (p) => isCtrl(p) && !p.shiftKey && !p.altKey && p.key === "3" },
];

export type RowCommand = "down" | "up" | "first" | "last" | "edit" | "help";

/** Keys on a focused row (not in its text box). */
const ROW_KEYS: Binding<RowCommand>[] = [
  { command: "down", matches: (p) => p.key === "ArrowDown" },
  { command: "up", matches: (p) => p.key === "ArrowUp" },
  { command: "first", matches: (p) => p.key === "Home" },
  { command: "last", matches: (p) => p.key === "End" },
  { command: "edit", matches: (p) => p.key === "Enter" },
  { command: "help", matches: (p) => isCtrl(p) && p.key === "/" },
];

function findCommand<Command extends string>(bindings: Binding<Command>[], press: KeyPress): Command | null {
  return bindings.find((binding) => binding.matches(press))?.command ?? null;
}

export const findEditorCommand = (press: KeyPress) => findCommand(EDITOR_KEYS, press);
export const findRowCommand = (press: KeyPress) => findCommand(ROW_KEYS, press);

/** The help dialog's lines: the keys as shown, and what they do (`editor:help.keys.<key>`). */
/** Keys whose names are words, translated in the interface language (editor:help.keyNames): French says "Entrée", "Échap", "Maj". */
export const NAMED_KEYS = ["Ctrl", "Shift", "Alt", "Enter", "Esc", "Home", "End"] as const;
export type NamedKey = (typeof NAMED_KEYS)[number];
/** A key as printed on the keyboard: a named key, or a symbol that reads the same in every language. */
export type KeyToken = NamedKey | "↑" | "↓" | "S" | "/" | "1 2 3";

/** Each line: alternatives (any one works), each a combination of keys pressed together. */
export const SHORTCUT_HELP: { keys: KeyToken[][]; key: string }[] = [
  { keys: [["Ctrl", "Enter"]], key: "saveNext" },
  { keys: [["Ctrl", "Shift", "Enter"]], key: "approveNext" },
  { keys: [["Alt", "↓"]], key: "moveDown" },
  { keys: [["Alt", "↑"]], key: "moveUp" },
  { keys: [["Ctrl", "Shift", "S"]], key: "copySource" },
  { keys: [["Ctrl", "1 2 3"]], key: "insertMatch" },
  { keys: [["Esc"]], key: "cancel" },
  { keys: [["↑"], ["↓"], ["Home"], ["End"]], key: "rows" },
  { keys: [["Enter"]], key: "edit" },
  { keys: [["Ctrl", "/"]], key: "help" },
];

export function isNamedKey(token: KeyToken): token is NamedKey {
  return (NAMED_KEYS as readonly string[]).includes(token);
}

/** A shortcut as read aloud or printed: "Ctrl + Entrée" in French, "Ctrl + Enter" in English. */
export function shortcutLabel(alternatives: KeyToken[][], nameOf: (key: NamedKey) => string): string {
  return alternatives.map((combination) => combination.map((token) => (isNamedKey(token) ? nameOf(token) : token)).join(" + ")).join(" ");
}
